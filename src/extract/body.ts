// The article body of an HTML document: Readability's main-content pick, cleaned of page furniture,
// with a text-density fallback when Readability finds nothing or much less than the fallback.

import { Readability } from '@mozilla/readability';
import { cleanContent } from './clean.ts';
import { densestContainer } from './fallback.ts';
import { MAX_DEPTH, precleanDocument } from './preclean.ts';
import { serialize, type Serialized } from './serialize.ts';

export interface Body extends Serialized {
  /** Which extractor produced the text. */
  via: 'readability' | 'fallback' | 'none';
}

/** Far above real news pages (the benchmark's largest has ~1,600 elements). */
export const MAX_ELEMENTS = 40_000;

const EMPTY: Serialized = { text: '', paragraphs: [], links: [] };

/** Readability's pick, cleaned; null when it finds nothing; 'too-big' when it should not run. */
function readability(doc: Document): Serialized | null | 'too-big' {
  // Readability is superlinear on huge or deep DOMs: past the limits the linear density
  // extractor takes over. (Its own maxElemsToParse counts nothing under linkedom.)
  const size = precleanDocument(doc);
  if (size.elements > MAX_ELEMENTS || size.depth > MAX_DEPTH) return 'too-big';
  try {
    // serializer returns the element itself: no HTML round trip, and we build the text ourselves.
    const parsed = new Readability<Node>(doc, { serializer: (n: Node) => n, keepClasses: true }).parse();
    let el = parsed?.content as Element | null | undefined;
    if (!el) return null;
    el = markedBody(el);
    cleanContent(el);
    return serialize(el);
  } catch {
    return null; // Readability on pathological DOMs: fall back rather than fail the page
  }
}

/** The schema.org articleBody element inside Readability's pick, when it holds most of its text. */
function markedBody(el: Element): Element {
  const marked = el.querySelectorAll('[itemprop~="articleBody" i], [property~="articleBody" i]');
  if (marked.length !== 1) return el;
  const len = (e: Element) => (e.textContent ?? '').replace(/\s+/g, '').length;
  // The publisher's own marking of the body beats Readability's larger container (which tends to
  // bring the hero caption or deck along), unless the marked part is only a fragment of the text.
  return len(marked[0]) >= 0.6 * len(el) ? marked[0] : el;
}

function densest(doc: Document): Serialized {
  const el = densestContainer(doc);
  return el ? serialize(el) : EMPTY;
}

/**
 * Body text of a parsed page. `fresh()` must return a new, unmodified parse of the same page:
 * Readability rewrites the document it reads, and the fallback needs the original.
 */
export function extractBody(doc: Document, fresh: () => Document): Body {
  const main = readability(doc);
  if (main === 'too-big') {
    // Readability never touched the document: no second parse needed.
    const alt = densest(doc);
    return { ...alt, via: alt.text ? 'fallback' : 'none' };
  }
  const mainLength = main?.text.length ?? 0;
  // With (almost) nothing from Readability, ask the density extractor. Not for merely short bodies:
  // paywalled teasers and briefs are short, and the densest block elsewhere is then usually chrome.
  if (main && mainLength >= 140) return { ...main, via: 'readability' };
  const alt = densest(fresh());
  if (alt.text.length > mainLength * 1.5 && alt.text.length > 0) return { ...alt, via: 'fallback' };
  if (main && mainLength > 0) return { ...main, via: 'readability' };
  return { ...EMPTY, via: 'none' };
}
