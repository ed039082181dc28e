// Claims at the sentence level: every sentence that asserts something, linked to the attributions that
// source it; sentences no attribution covers are the article's own, unattributed claims.
import type { Attribution, Claim, Hedge, Span } from '../types.ts';
import { hedgesWithin } from './hedges.ts';

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

const WORD = /\p{L}[\p{L}'’-]*/gu;
const LOWER_INITIAL = /^\p{Ll}/u;

/** How many words a sentence has, and how many of them begin in lower case (one pass, no word list). */
function countWords(body: string): { words: number; lower: number } {
  let words = 0;
  let lower = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(body); m; m = WORD.exec(body)) {
    words++;
    const c = body.charCodeAt(m.index);
    // ASCII letters decide by their code; only other letters need the Unicode property.
    if (c >= 97 && c <= 122) lower++;
    else if (c > 127 && LOWER_INITIAL.test(m[0])) lower++;
  }
  return { words, lower };
}

/** Whether a sentence states something rather than being a question, a credit line or a fragment. */
function asserts(text: string, s: Span): boolean {
  const body = text.slice(s.start, s.end).trim();
  if (/\?["”’)]*$/.test(body)) return false;
  const { words, lower } = countWords(body);
  // four words can state a fact ("Three people are dead."); fewer are fragments and datelines
  if (words < 4) return false;
  // Headlines in title case or capitals and boilerplate lines are not claims of the article body.
  if (lower < words * 0.3) return false;
  return !/^(?:read|related|see also|photo|image|click|subscribe|follow|watch|share|advertisement)\b/i.test(body);
}

export function findClaims(text: string, sentences: Span[], attributions: Attribution[], hedges: Hedge[]): Claim[] {
  const claims: Claim[] = [];
  for (const s of sentences) {
    if (!asserts(text, s)) continue;
    const len = s.end - s.start;
    const covering = attributions.filter((a) => {
      const inContent = a.content.reduce((n, c) => n + overlap(c, s), 0);
      const cueHere = a.cue !== null && overlap(a.cue, s) > 0;
      return inContent >= 0.3 * len || (cueHere && inContent > 0);
    });
    claims.push({
      span: s,
      attributions: covering.map((a) => a.id),
      unattributed: covering.length === 0,
      hedges: hedgesWithin(hedges, [s]),
    });
  }
  return claims;
}
