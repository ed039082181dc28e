import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CaptureError } from './error.ts';
import { formatBytes, resolveLimits, DEFAULT_LIMITS } from './limits.ts';

test('CaptureError reads like a compiler error: input, line, reason', () => {
  const plain = new CaptureError('invalid UTF-8 at byte 1234', { input: 'article.html', code: 'invalid-encoding', byteOffset: 1234 });
  assert.equal(plain.message, 'article.html: invalid UTF-8 at byte 1234');
  assert.equal(plain.name, 'CaptureError');
  assert.ok(plain instanceof Error);
  assert.deepEqual([plain.input, plain.line, plain.byteOffset, plain.reason], ['article.html', undefined, 1234, 'invalid UTF-8 at byte 1234']);
  const lined = new CaptureError('missing "id"', { input: 'batch.jsonl', line: 12, code: 'invalid-record' });
  assert.equal(lined.message, 'batch.jsonl:12: missing "id"');
  assert.equal(String(lined), 'CaptureError: batch.jsonl:12: missing "id"');
});

test('limits: defaults, overrides and refusals', () => {
  assert.deepEqual(resolveLimits(), DEFAULT_LIMITS);
  assert.equal(resolveLimits({ maxFetchBytes: 10, fetchTimeoutMs: undefined }).maxFetchBytes, 10);
  assert.equal(resolveLimits({ fetchTimeoutMs: undefined }).fetchTimeoutMs, 30_000);
  assert.throws(() => resolveLimits({ maxRedirects: 1.5 }), { message: 'Capture limit `maxRedirects` must be a non-negative integer, got 1.5' });
  assert.throws(() => resolveLimits({ maxBytes: 1 } as never), { message: 'Unknown capture limit `maxBytes`' });
  assert.deepEqual([formatBytes(20 * 1024 * 1024), formatBytes(1536 * 1024), formatBytes(4096), formatBytes(1000)], ['20 MB', '1.5 MB', '4 KB', '1000 bytes']);
});
