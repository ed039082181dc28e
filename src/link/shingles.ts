// Word shingles of an article's own prose, for finding copied text. Quotations are left out: two
// articles quoting the same speaker share words because the speaker said them, not because one copied
// the other.
import type { Span } from '../types.ts';

/** Spans of text inside quotation marks (curly, straight, guillemets), paragraph-bounded. */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /[“"«„]([^“”"«»„\n]{1,2000})[”"»“]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** FNV-1a over words[from, to) joined by single spaces, without building the string: fast, stable across runs and platforms. */
function hash(words: string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < to; w++) {
    if (w > from) h = Math.imul(h ^ 32, 0x01000193);
    const s = words[w]!;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

export interface Shingled {
  /** Distinct shingle hashes of the text outside quotations. */
  shingles: Set<number>;
  /** Word count outside quotations. */
  words: number;
}

/** Distinct k-word shingles of the text outside quotations (words lower-cased, punctuation dropped). */
export function shingle(text: string, k = 8): Shingled {
  const quoted = quotedSpans(text);
  const words: string[] = [];
  const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
  let q = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    while (q < quoted.length && quoted[q]!.end <= m.index) q++;
    const inQuote = q < quoted.length && quoted[q]!.start <= m.index;
    if (inQuote) {
      words.push('\u0000'); // a break: no shingle spans a quotation
      continue;
    }
    words.push(m[0].toLowerCase().replace(/’/g, "'"));
  }
  const shingles = new Set<number>();
  let run = 0;
  for (let i = 0; i < words.length; i++) {
    run = words[i] === '\u0000' ? 0 : run + 1;
    if (run >= k) shingles.add(hash(words, i - k + 1, i + 1));
  }
  return { shingles, words: words.filter((w) => w !== '\u0000').length };
}
