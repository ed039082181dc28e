// Content-Encoding decoding with a limit on the decompressed size: a 20 KB gzip bomb must not
// become 20 GB in memory. zlib stops at maxOutputLength and reports ERR_BUFFER_TOO_LARGE.

import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { CaptureError } from './error.ts';
import { formatBytes } from './limits.ts';

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

type Fail = (reason: string, code: CaptureError['code']) => CaptureError;

/** "deflate" is meant to be zlib-wrapped, but some servers send raw deflate; browsers accept both. */
function hasZlibHeader(b: Uint8Array): boolean {
  return b.length >= 2 && (b[0]! & 0x0f) === 8 && ((b[0]! << 8) | b[1]!) % 31 === 0;
}

/** Undo the Content-Encoding(s), last applied first. Identity and an absent header pass through. */
export async function decompressBody(body: Buffer, contentEncoding: string | undefined, maxBytes: number, fail: Fail): Promise<Buffer> {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
  let out = body;
  for (const coding of codings.reverse()) {
    const opts = { maxOutputLength: maxBytes };
    try {
      if (coding === 'gzip' || coding === 'x-gzip') out = await gunzip(out, opts);
      else if (coding === 'deflate') out = await (hasZlibHeader(out) ? inflate(out, opts) : inflateRaw(out, opts));
      else if (coding === 'br') out = await brotli(out, opts);
      else throw fail(`unsupported Content-Encoding "${coding}"`, 'network');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
        throw fail(`too large: more than ${formatBytes(maxBytes)} after ${coding} decompression (limit maxFetchBytes)`, 'too-large');
      }
      if ((err as CaptureError).name === 'CaptureError') throw err;
      throw fail(`cannot decompress the ${coding} body: ${(err as Error).message}`, 'network');
    }
  }
  return out;
}
