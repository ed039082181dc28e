// How the store recognises the same article arriving twice: by its URL without the noise that differs
// between a feed and an archive (scheme, www., tracking parameters, fragment, trailing slash), and by
// its text without the whitespace differences extractors introduce.
import { sha256 } from './canonical.ts';

const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid|ref|ref_src)$/i;

/** A URL reduced to what identifies the page; null when it is not an http(s) URL. */
export function normaliseUrl(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const port = u.port && u.port !== '80' && u.port !== '443' ? `:${u.port}` : '';
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = u.pathname.replace(/\/+$/, '') || '/';
  return `${host}${port}${path}${query}`;
}

/** NFC, whitespace runs as one space, trimmed: the same text extracted two ways hashes the same. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export const textHash = (text: string): string => sha256(normaliseText(text));
