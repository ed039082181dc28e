// Feature hashing: strings are hashed once per token, conjunctions are mixed as integers so that
// feature extraction allocates no strings in the hot loop.

/** 32-bit FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Order-sensitive combination of two hashes (murmur3 style finaliser). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

export const mix3 = (a: number, b: number, c: number): number => mix(mix(a, b), c);
