// Streaming gunzip with a ceiling on what comes out: a 10 MB gzip bomb must fail after a bounded
// amount of work, not inflate to 10 GB. Multi-member gzip (one member per WARC record) is one stream
// to zlib, which starts each new member by itself.

import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { CaptureError } from './error.ts';
import { formatBytes } from './limits.ts';

export interface GunzipLimits {
  maxDecompressedBytes: number;
  maxCompressionRatio: number;
  ratioFloorBytes: number;
}

/** Byte counts of a stream being inflated, read by the caller to place errors. */
export interface GunzipProgress {
  compressed: number;
  decompressed: number;
}

export const isGzip = (head: Uint8Array): boolean => head[0] === 0x1f && head[1] === 0x8b;

/** The message for a bomb or an over-size stream, shared with the zip reader. */
export function bombReason(decompressed: number, compressed: number, limits: GunzipLimits): string | null {
  if (decompressed > limits.maxDecompressedBytes) {
    return `decompresses to more than ${formatBytes(limits.maxDecompressedBytes)} (limit maxDecompressedBytes)`;
  }
  if (decompressed > limits.ratioFloorBytes && decompressed > compressed * limits.maxCompressionRatio) {
    return `compression bomb: ${formatBytes(compressed)} inflate to more than ${formatBytes(decompressed)}, a ratio above ${limits.maxCompressionRatio} (limit maxCompressionRatio)`;
  }
  return null;
}

/**
 * Inflate a gzip byte stream chunk by chunk. Throws CaptureError (code too-large) as soon as the
 * output passes the size or ratio limit, and (invalid-record) for corrupt or truncated gzip data.
 */
export async function* gunzipBounded(
  source: AsyncIterable<Uint8Array>,
  input: string,
  limits: GunzipLimits,
  progress: GunzipProgress = { compressed: 0, decompressed: 0 },
): AsyncGenerator<Buffer> {
  const counted = Readable.from(
    (async function* () {
      for await (const chunk of source) {
        progress.compressed += chunk.length;
        yield chunk;
      }
    })(),
  );
  const gunzip = zlib.createGunzip({ chunkSize: 64 * 1024 });
  counted.on('error', (err) => gunzip.destroy(err));
  counted.pipe(gunzip);
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      progress.decompressed += chunk.length;
      const bomb = bombReason(progress.decompressed, progress.compressed, limits);
      if (bomb) throw new CaptureError(bomb, { input, code: 'too-large', byteOffset: progress.compressed });
      yield chunk;
    }
  } catch (err) {
    if (err instanceof CaptureError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('Z_') || code === 'ERR_ZLIB_INITIALIZATION_FAILED') {
      const what = /unexpected end/i.test((err as Error).message) ? 'truncated gzip data' : `corrupt gzip data (${(err as Error).message})`;
      throw new CaptureError(`${what} at compressed byte ${progress.compressed}`, { input, code: 'invalid-record', byteOffset: progress.compressed, cause: err });
    }
    throw err;
  } finally {
    counted.destroy();
    gunzip.destroy();
  }
}
