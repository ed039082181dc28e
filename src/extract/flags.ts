// Page-level flags a reader of the extracted text needs: behind a paywall (the text may be a teaser),
// a live blog (many timestamped updates, not one story), truncated (the body stops early).

import type { ArticleFlags } from '../types.ts';
import { articleNode, types, type JsonObject } from './jsonld.ts';

const FALSE = (v: unknown) => v === false || (typeof v === 'string' && v.trim().toLowerCase() === 'false');

/** Paywall signals: schema.org isAccessibleForFree=false (on the article or a part), paywall markup. */
export function hasPaywall(doc: Document, nodes: JsonObject[]): boolean {
  for (const n of nodes) {
    if (FALSE(n['isAccessibleForFree'])) return true;
    const parts = Array.isArray(n['hasPart']) ? n['hasPart'] : [n['hasPart']];
    if (parts.some((p) => typeof p === 'object' && p !== null && FALSE((p as JsonObject)['isAccessibleForFree']))) return true;
  }
  const tier = doc.querySelector('meta[property="article:content_tier"], meta[name="article:content_tier"]');
  if (/^(locked|metered|premium)$/i.test(tier?.getAttribute('content')?.trim() ?? '')) return true;
  // Class/id markers of paywall overlays and gates in the page body.
  return !!doc.querySelector('[class*="paywall" i], [id*="paywall" i], [class*="subscriber-only" i], [class*="premium-content" i], [class*="regwall" i]');
}

// Containers of live-blog entries as outlets name them (live-blog, liveblog__post, live-update …).
const UPDATE_SELECTOR =
  '[class*="live-blog" i], [class*="liveblog" i], [class*="live-update" i], [class*="liveupdate" i], [class*="live-post" i], [class*="live-entry" i]';

/** Live blog: typed LiveBlogPosting, or many entries marked as live updates, or many stamped updates. */
export function isLiveBlog(doc: Document, nodes: JsonObject[]): boolean {
  if (nodes.some((n) => types(n).includes('liveblogposting'))) return true;
  if (doc.querySelectorAll(UPDATE_SELECTOR).length >= 5) return true;
  // Entries each led by their own time stamp, in containers named as updates or posts.
  let stamped = 0;
  for (const t of doc.querySelectorAll('time')) {
    const entry = t.closest('[class*="update" i], [class*="live" i], [id*="update" i]');
    if (entry && entry !== doc.body) stamped++;
    if (stamped >= 5) return true;
  }
  return false;
}

/** Declared word count of the article (JSON-LD wordCount), if any. */
export function declaredWordCount(nodes: JsonObject[]): number | undefined {
  const n = Number(articleNode(nodes)?.['wordCount']);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

const READ_MORE = /(read more|continue reading|read the full (story|article)|subscribe to (continue|read)|to continue reading|\.\.\.|…)\s*$/i;
// A long last paragraph stopping on a letter or a comma: cut mid-sentence. Short last lines (list
// items, table rows, credits) often end without punctuation and say nothing about truncation.
const MID_SENTENCE = /\s\p{Ll}+[,;]?$/u;
const MID_SENTENCE_MIN_WORDS = 25;

/** Why the body looks cut short, or undefined: mid-sentence end, "Read more", far below wordCount. */
export function truncation(text: string, wordCount?: number): string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const lastPara = t.slice(t.lastIndexOf('\n') + 1);
  if (READ_MORE.test(lastPara)) return 'the body ends with a "read more" prompt or an ellipsis';
  if (wordCount !== undefined) {
    const words = t.split(/\s+/).length;
    if (words < wordCount * 0.6 && wordCount - words > 50) return `the body has ${words} words, the page declares ${wordCount}`;
  }
  if (MID_SENTENCE.test(lastPara) && lastPara.split(/\s+/).length >= MID_SENTENCE_MIN_WORDS) return 'the body ends mid-sentence';
  return undefined;
}

export function readFlags(doc: Document, nodes: JsonObject[]): Omit<ArticleFlags, 'truncated'> {
  return { paywall: hasPaywall(doc, nodes), liveBlog: isLiveBlog(doc, nodes) };
}
