// Test-only: finds active content (script, handlers, foreign URLs) in an HTML report.
import { parseHTML } from 'linkedom';
import { REPORT_CSP } from '../html-report.ts';

export const parse = (s: string) => parseHTML(s).document as unknown as Document;

// Everything the report may contain; anything else (script, img, iframe, object, form…) is an injection.
const TAGS = new Set(('html head meta title style body header h1 h2 h3 p ul li b i main div table thead tbody tr th td a span br section footer ' +
  'svg g rect text path polygon circle line').split(' '));

/** Elements or attributes that could run code, load something or navigate somewhere unexpected. */
export function activeContent(doc: Document): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (!TAGS.has(tag)) found.push(`<${tag}>`);
    for (const a of el.getAttributeNames()) {
      if (/^on/i.test(a) || a === 'style' || a === 'srcdoc' || a === 'src' || a === 'xlink:href' || a === 'formaction') found.push(`${tag}[${a}]`);
      if (a === 'href' && !/^(?:https?:\/\/|#)/.test(el.getAttribute(a)!)) found.push(`${tag}[href=${el.getAttribute(a)}]`);
    }
  }
  const metas = [...doc.querySelectorAll('meta[http-equiv]')].map((m) => `${m.getAttribute('http-equiv')}: ${m.getAttribute('content')}`);
  if (metas.join() !== `Content-Security-Policy: ${REPORT_CSP}`) found.push(`meta http-equiv: ${metas.join(' | ')}`);
  return found;
}
