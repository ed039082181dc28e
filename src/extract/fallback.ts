// A plain text-density extractor for pages Readability gives up on: the element whose direct
// paragraph children hold the most text, or else the body without its navigation and chrome.

const CHROME = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select';

function len(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** The best text container of the document, or null when the document has no text at all. */
export function densestContainer(doc: Document): Element | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  for (const el of [...body.querySelectorAll(CHROME)]) el.remove();
  const score = new Map<Element, number>();
  for (const p of body.querySelectorAll('p, pre, blockquote, li')) {
    const parent = p.parentElement;
    if (!parent) continue;
    const links = [...p.querySelectorAll('a')].reduce((n, a) => n + len(a), 0);
    const n = len(p);
    // Link-heavy blocks are navigation, not prose.
    if (n === 0 || links / n > 0.5) continue;
    score.set(parent, (score.get(parent) ?? 0) + n);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (best && bestScore >= 140) return best;
  return len(body) > 0 ? body : null;
}
