// Common English words ("pictures", "weather", "nobody", "flood"): a capitalised word that is one of
// them, at the start of a sentence or headline, is capitalised by its place, not because it names
// someone. A Bloom filter over wink-eng-lite-web-model's lexicon (scripts/common-words.ts writes
// common-words-data.ts); a word the filter holds is common, with about one chance in a hundred of a
// word that is not being taken for one.
import { COMMON_WORDS_BITS, COMMON_WORDS_FILTER, COMMON_WORDS_HASHES } from './common-words-data.ts';

let bits: Uint8Array | null = null;

/** FNV-1a over UTF-16 code units, with a seed: two of them give the filter's probes. */
export function seededHash(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The filter's bit positions for a word (double hashing). */
export function probes(word: string, count: number, size: number): number[] {
  const a = seededHash(word, 0), b = seededHash(word, 0x5bd1e995) | 1;
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(((a + Math.imul(i, b)) >>> 0) % size);
  return out;
}

function filter(): Uint8Array {
  if (!bits) {
    const raw = atob(COMMON_WORDS_FILTER);
    bits = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) bits[i] = raw.charCodeAt(i);
  }
  return bits;
}

/** Whether a lower-cased word, or every part of a hyphenated one ("flood-hit"), is a common English word. */
export function isCommonWord(lower: string): boolean {
  if (lower.includes('-')) return lower.split('-').every((part) => part.length > 0 && isCommonWord(part));
  const b = filter();
  return probes(lower, COMMON_WORDS_HASHES, COMMON_WORDS_BITS).every((p) => (b[p >>> 3]! & (1 << (p & 7))) !== 0);
}
