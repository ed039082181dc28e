// WARC payload digests come as "sha1:BASE32" (the classic form), "sha256:hex", "sha256:base32",

// sometimes "SHA1:..." or with "=" padding. One canonical spelling, "algorithm:lowercase-hex",
// lets the workspace match a revisit record to the response it points at.

import { createHash } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const DIGEST_BYTES: Record<string, number> = { sha1: 20, sha256: 32, sha512: 64, md5: 16 };

function base32ToHex(s: string): string | null {
  let bits = 0;
  let value = 0;
  let hex = '';
  for (const c of s.toUpperCase().replace(/=+$/, '')) {
    const v = BASE32.indexOf(c);
    if (v < 0) return null;
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      hex += ((value >>> bits) & 0xff).toString(16).padStart(2, '0');
    }
  }
  return hex;
}

function base64ToHex(s: string): string | null {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) return null;
  return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('hex');
}

/**
 * "sha1:<hex>" for any spelling of a digest, or null when it cannot be read. The encoding is told
 * apart by length: a SHA-1 is 40 hex digits or 32 base32 characters, and so on.
 */
export function normalizeDigest(raw: string | undefined): string | null {
  if (!raw) return null;
  const m = raw.trim().match(/^([A-Za-z0-9-]+)[:=](.+)$/);
  if (!m) return null;
  const algorithm = m[1]!.toLowerCase().replace(/-/g, '');
  const value = m[2]!.trim();
  const size = DIGEST_BYTES[algorithm];
  if (!size) return null;
  let hex: string | null = null;
  if (/^[0-9a-fA-F]+$/.test(value) && value.length === size * 2) hex = value.toLowerCase();
  else if (/^[A-Za-z2-7]+=*$/.test(value) && value.replace(/=+$/, '').length === Math.ceil((size * 8) / 5)) hex = base32ToHex(value);
  else hex = base64ToHex(value);
  if (!hex || hex.length !== size * 2) return null;
  return `${algorithm}:${hex}`;
}

/**
 * Whether any of the candidate byte strings has this canonical digest. Crawlers disagree on what
 * the "payload" is (the body as sent, de-chunked, or decoded), so the caller offers each form.
 */
export function digestMatches(canonical: string, candidates: Uint8Array[]): boolean {
  const [algorithm, hex] = canonical.split(':') as [string, string];
  return candidates.some((bytes) => createHash(algorithm).update(bytes).digest('hex') === hex);
}
