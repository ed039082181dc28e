// Where exactly is the bad byte? TextDecoder with fatal: true only says "invalid"; users need an
// offset to look at the file with a hex viewer.

export interface InvalidSequence {
  /** Offset of the first byte of the bad sequence. */
  offset: number;
  /** The sequence was fine so far but the input ended in the middle of a character. */
  truncated: boolean;
}

/**
 * First ill-formed UTF-8 sequence (WHATWG / Unicode "maximal subpart" rules: no overlongs, no
 * surrogates, nothing above U+10FFFF), or null when the bytes are valid UTF-8.
 */
export function findInvalidUtf8(bytes: Uint8Array, from = 0): InvalidSequence | null {
  const n = bytes.length;
  let i = from;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return { offset: i, truncated: false };
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return { offset: i, truncated: true };
      const c = bytes[i + k]!;
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) return { offset: i, truncated: false };
    }
    i += need + 1;
  }
  return null;
}

/**
 * For encodings other than UTF-8: the smallest prefix that a fatal streaming decoder rejects. An
 * error in a prefix stays an error in every longer prefix, so a binary search finds it in ~log2(n)
 * decodes. The offset is the byte at which decoding became impossible.
 */
export function findUndecodable(bytes: Uint8Array, encoding: string): InvalidSequence | null {
  const fails = (length: number): boolean => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  if (!fails(bytes.length)) {
    const whole = (length: number): boolean => {
      try {
        new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, length));
        return true;
      } catch {
        return false;
      }
    };
    if (whole(bytes.length)) return null;
    // Only the end is wrong: the input stops in the middle of a character; find where it starts.
    for (let start = bytes.length - 1; start >= Math.max(0, bytes.length - 4); start--) {
      if (whole(start)) return { offset: start, truncated: true };
    }
    return { offset: bytes.length, truncated: true };
  }
  let lo = 0; // fails(lo) is false
  let hi = bytes.length; // fails(hi) is true
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (fails(mid)) hi = mid;
    else lo = mid;
  }
  return { offset: hi - 1, truncated: false };
}
