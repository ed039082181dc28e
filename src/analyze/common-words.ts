// Common English words ("pictures", "weather", "nobody", "flood"): a capitalised word that is one of
// them, at the start of a sentence or headline, is capitalised by its place, not because it names
// someone. A Bloom filter over wink-eng-lite-web-model's lexicon (scripts/common-words.ts writes
// common-words-data.ts); a word the filter holds is common, with about one chance in a hundred of a
// word that is not being taken for one.
import { hashString, mix } from './attribution/hash.ts';
import { COMMON_WORDS_BITS, COMMON_WORDS_FILTER, COMMON_WORDS_HASHES } from './common-words-data.ts';

let bits: Uint8Array | null = null;

/** The filter's bit positions for a word: double hashing over the word's FNV-1a hash and a mix of it. */
export function probes(word: string, count: number, size: number): number[] {
  const h = hashString(word);
  const a = h >>> 0, b = mix(h, 0x5bd1e995) | 1;
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
