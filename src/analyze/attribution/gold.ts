// Gold attributions (character spans) mapped onto token ranges, for training and for tests.
import type { Span } from '../../types.ts';
import type { Doc } from './document.ts';

export interface GoldAttribution {
  source: Span | null;
  cue: Span | null;
  content: Span[];
}

export interface TokenAttribution {
  source: [number, number] | null;
  cue: [number, number];
  content: Array<[number, number]>;
}

// The scorer ignores white space and boundary punctuation; training targets ignore them too.
const BOUNDARY = /[\s"'“”‘’«»„‚,.;:!?\-–—―()[\]]/u;

export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && BOUNDARY.test(text[start]!)) start++;
  while (end > start && BOUNDARY.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Tokens overlapping the trimmed span, or null when it is empty. */
export function tokenRange(doc: Doc, s: Span): [number, number] | null {
  const t = trimSpan(doc.text, s);
  if (t.end <= t.start) return null;
  const { starts, ends } = doc.tokens;
  let lo = 0, hi = doc.n;
  while (lo < hi) { const m = (lo + hi) >> 1; if (ends[m]! <= t.start) lo = m + 1; else hi = m; }
  const a = lo;
  lo = a; hi = doc.n;
  while (lo < hi) { const m = (lo + hi) >> 1; if (starts[m]! < t.end) lo = m + 1; else hi = m; }
  return lo > a ? [a, lo] : null;
}

export function toTokens(doc: Doc, attrs: GoldAttribution[]): TokenAttribution[] {
  const out: TokenAttribution[] = [];
  for (const g of attrs) {
    const cue = g.cue && tokenRange(doc, g.cue);
    if (!cue) continue;
    const content = g.content.map((c) => tokenRange(doc, c)).filter((r): r is [number, number] => r !== null);
    if (content.length === 0) continue;
    out.push({ cue, source: g.source ? tokenRange(doc, g.source) : null, content });
  }
  return out;
}
