// The article body of an HTML document: Readability's main-content pick, cleaned of page furniture,
// with a text-density fallback when Readability finds nothing or much less than the fallback.

import { Readability } from '@mozilla/readability';
import { cleanContent } from './clean.ts';
import { densestContainer } from './fallback.ts';
import { precleanDocument } from './preclean.ts';
import { serialize, type Serialized } from './serialize.ts';

export interface Body extends Serialized {
  /** Which extractor produced the text. */
  via: 'readability' | 'fallback' | 'none';
}

const EMPTY: Serialized = { text: '', paragraphs: [], links: [] };

function readability(doc: Document): Serialized | null {
  try {
    precleanDocument(doc);
    // serializer returns the element itself: no HTML round trip, and we build the text ourselves.
    const parsed = new Readability<Node>(doc, { serializer: (n: Node) => n, keepClasses: true }).parse();
    const el = parsed?.content as Element | null | undefined;
    if (!el) return null;
    cleanContent(el);
    return serialize(el);
  } catch {
    return null; // Readability on pathological DOMs: fall back rather than fail the page
  }
}

/**
 * Body text of a parsed page. `fresh()` must return a new, unmodified parse of the same page:
 * Readability rewrites the document it reads, and the fallback needs the original.
 */
export function extractBody(doc: Document, fresh: () => Document): Body {
  const main = readability(doc);
  const mainLength = main?.text.length ?? 0;
  // With (almost) nothing from Readability, ask the density extractor. Not for merely short bodies:
  // paywalled teasers and briefs are short, and the densest block elsewhere is then usually chrome.
  if (main && mainLength >= 140) return { ...main, via: 'readability' };
  const el = densestContainer(fresh());
  const alt = el ? serialize(el) : EMPTY;
  if (alt.text.length > mainLength * 1.5 && alt.text.length > 0) return { ...alt, via: 'fallback' };
  if (main && mainLength > 0) return { ...main, via: 'readability' };
  return { ...EMPTY, via: 'none' };
}
