// Building a Capture: the bytes exactly as received, their SHA-256 and the time we got them.

import { createHash } from 'node:crypto';
import type { Capture, Origin } from '../types.ts';
import { CaptureError } from './error.ts';
import { formatBytes } from './limits.ts';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function makeCapture(bytes: Uint8Array, origin: Origin, contentType?: string, capturedAt = new Date()): Capture {
  const capture: Capture = { bytes, sha256: sha256Hex(bytes), capturedAt: capturedAt.toISOString(), origin };
  if (contentType) capture.contentType = contentType;
  return capture;
}

export function tooLarge(input: string, limit: number, limitName: string, size?: number): CaptureError {
  const what = size === undefined ? `more than ${formatBytes(limit)}` : `${formatBytes(size)}, more than ${formatBytes(limit)}`;
  return new CaptureError(`too large: ${what} (limit ${limitName})`, { input, code: 'too-large' });
}

/** Read a byte stream to the end, failing as soon as it passes maxBytes (nothing beyond is buffered). */
export async function readLimited(
  stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  maxBytes: number,
  input: string,
  limitName: string,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buf.length;
    if (total > maxBytes) {
      (stream as { destroy?: () => void }).destroy?.();
      throw tooLarge(input, maxBytes, limitName);
    }
    chunks.push(buf);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}
