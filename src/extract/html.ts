import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { serialize } from './serialize.ts';
import { cleanContent } from './clean.ts';
const X = (process.env.X ?? '').split(',');
export function extractHtml(html: string, opts: { id: string; url?: string }): any {
  const { document } = parseHTML(html);
  const r = new Readability(document as any, { serializer: (n: Node) => n }).parse();
  const el = r?.content as Element | undefined;
  if (el && !X.includes('noclean')) cleanContent(el, { edges: !X.includes('noedges'), linkDense: !X.includes('nolink') });
  const s = el ? serialize(el) : { text: '' };
  return { id: opts.id, text: s.text };
}
