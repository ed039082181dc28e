import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { CaptureError } from './error.ts';
import { gunzipBounded, type GunzipLimits } from './gzip.ts';

const LIMITS: GunzipLimits = { maxDecompressedBytes: 1024 * 1024, maxCompressionRatio: 50, ratioFloorBytes: 64 * 1024 };

async function* chunks(bytes: Uint8Array, size = 100): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function inflate(bytes: Uint8Array, limits = LIMITS): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of gunzipBounded(chunks(bytes), 'x.gz', limits)) parts.push(part);
  return Buffer.concat(parts).toString('utf8');
}

async function failure(bytes: Uint8Array, limits = LIMITS): Promise<CaptureError> {
  try {
    await inflate(bytes, limits);
  } catch (err) {
    if (err instanceof CaptureError) return err;
    throw err;
  }
  assert.fail('expected a CaptureError');
}

describe('gunzipBounded', () => {
  test('should inflate concatenated gzip members as one stream', async () => {
    assert.equal(await inflate(Buffer.concat([gzipSync('first '), gzipSync('second')])), 'first second');
  });

  test('should stop a bomb by ratio before inflating it all', async () => {
    const err = await failure(gzipSync(Buffer.alloc(512 * 1024)));
    assert.equal(err.code, 'too-large');
    assert.match(err.message, /^x\.gz: compression bomb: \d+ bytes inflate to more than \d+ bytes, a ratio above 50 \(limit maxCompressionRatio\)$/);
  });

  test('should stop at maxDecompressedBytes even when the ratio is modest', async () => {
    const random = Buffer.from(Array.from({ length: 300 * 1024 }, (_, i) => (i * 2654435761) >>> 24));
    const err = await failure(gzipSync(random), { ...LIMITS, maxDecompressedBytes: 100 * 1024 });
    assert.match(err.message, /^x\.gz: decompresses to more than 100 KB \(limit maxDecompressedBytes\)$/);
  });

  test('should name the compressed offset of truncated and corrupt data', async () => {
    const gz = gzipSync('a sentence long enough to be cut in the middle of its deflate stream');
    const truncated = await failure(gz.subarray(0, 30));
    assert.equal(truncated.message, 'x.gz: truncated gzip data at compressed byte 30');
    const corrupt = Buffer.from(gz);
    corrupt[3] = 0xff; // reserved flag bits
    assert.match((await failure(corrupt)).message, /^x\.gz: corrupt gzip data \(.+\) at compressed byte \d+$/);
  });
});
