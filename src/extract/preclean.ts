// Changes to the page before Readability reads it. Embedded posts (tweets, Instagram, TikTok) quoted
// in a story are part of what it reports, and for hearsay often the very source of a claim; but they
// sit in wrappers named "social-embed", which Readability and our cleaner treat as page furniture.
// We strip the names of those wrappers and mark the embed so the cleaner keeps it.

export const KEEP_ATTR = 'data-hearsay-keep';

const EMBEDS = 'blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.reddit-card';

function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const PHRASING = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BR', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'IMG', 'KBD',
  'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]);

/**
 * Readability replaces a <div> holding a single paragraph (or only inline content, which it first
 * wraps in one) by that paragraph, losing the div's class and id ("newsletter-box", "caption").
 * Carry them onto the paragraph, making it ourselves for inline-only divs, so the cleaner sees them.
 */
function carryNamesDown(doc: Document): void {
  for (const div of doc.querySelectorAll('div[class], div[id]')) {
    const cls = div.getAttribute('class');
    const id = div.getAttribute('id');
    let only = div.firstElementChild;
    if (only && only === div.lastElementChild && only.tagName.toUpperCase() === 'P') {
      // the single-paragraph case
    } else if ([...div.children].every((c) => PHRASING.has(c.tagName.toUpperCase())) && (div.textContent ?? '').trim()) {
      only = doc.createElement('p');
      while (div.firstChild) only.appendChild(div.firstChild);
      div.appendChild(only);
    } else {
      continue;
    }
    if (cls && !only.hasAttribute('class')) only.setAttribute('class', cls);
    if (id && !only.hasAttribute('id')) only.setAttribute('id', id);
  }
}

/** Real pages nest a few dozen levels; hostile ones thousands, which makes Readability quadratic. */
export const MAX_DEPTH = 120;

export interface DomSize {
  elements: number;
  depth: number;
}

/** Element count and deepest nesting of the document (linear: parents come before children). */
export function domSize(doc: Document): DomSize {
  const depth = new Map<Element, number>();
  let max = 0;
  const all = doc.querySelectorAll('*');
  for (const el of all) {
    const d = (el.parentElement ? depth.get(el.parentElement) ?? 0 : 0) + 1;
    depth.set(el, d);
    if (d > max) max = d;
  }
  return { elements: all.length, depth: max };
}

/** Unwraps wrapper elements (one element child, no text of their own) when nesting is excessive. */
function flattenDeepNesting(doc: Document, size: DomSize): void {
  if (size.depth <= MAX_DEPTH) return;
  for (const el of [...doc.querySelectorAll('div, span, section, article, main, font, center')].reverse()) {
    const only = el.firstElementChild;
    if (!only || only !== el.lastElementChild) continue;
    let ownText = false;
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) ownText = true;
    if (!ownText) el.replaceWith(only);
  }
}

/** Prepares the document for Readability; returns its size after flattening. */
export function precleanDocument(doc: Document): DomSize {
  const size = domSize(doc);
  flattenDeepNesting(doc, size);
  carryNamesDown(doc);
  for (const embed of doc.querySelectorAll(EMBEDS)) {
    const own = text(embed);
    if (!own) continue;
    embed.removeAttribute('class');
    embed.setAttribute(KEEP_ATTR, '');
    // Wrappers holding nothing but the embed lose their furniture-like names.
    // They also become <section>s: Readability drops link-heavy <div>s, and a tweet is mostly links.
    let p = embed.parentElement;
    while (p && p !== doc.body && text(p) === own) {
      const next = p.parentElement;
      p.removeAttribute('class');
      p.removeAttribute('id');
      if (p.tagName.toUpperCase() === 'DIV') {
        const section = doc.createElement('section');
        while (p.firstChild) section.appendChild(p.firstChild);
        p.replaceWith(section);
      }
      p = next;
    }
  }
  return size.depth > MAX_DEPTH ? domSize(doc) : size;
}
