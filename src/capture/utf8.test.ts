import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findInvalidUtf8, findUndecodable } from './utf8.ts';

const b = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

test('findInvalidUtf8 accepts valid text of every length class', () => {
  assert.equal(findInvalidUtf8(b('aé中😀\u{10FFFF}')), null);
  assert.equal(findInvalidUtf8(new Uint8Array(0)), null);
});

test('findInvalidUtf8 points at the lead byte of the bad sequence', () => {
  assert.deepEqual(findInvalidUtf8(b('ab', [0x80])), { offset: 2, truncated: false }); // lone continuation
  assert.deepEqual(findInvalidUtf8(b('ab', [0xc1, 0xbf])), { offset: 2, truncated: false }); // overlong lead
  assert.deepEqual(findInvalidUtf8(b('é', [0xe0, 0x80, 0x80])), { offset: 2, truncated: false }); // overlong 3-byte
  assert.deepEqual(findInvalidUtf8(b([0xed, 0xbf, 0xbf])), { offset: 0, truncated: false }); // surrogate
  assert.deepEqual(findInvalidUtf8(b([0xf0, 0x8f, 0xbf, 0xbf])), { offset: 0, truncated: false }); // overlong 4-byte
  assert.deepEqual(findInvalidUtf8(b([0xf5, 0x80, 0x80, 0x80])), { offset: 0, truncated: false }); // beyond F4
  assert.deepEqual(findInvalidUtf8(b('x', [0xe4, 0xb8], 'y')), { offset: 1, truncated: false }); // cut short mid-text
  assert.deepEqual(findInvalidUtf8(b('x', [0xe4, 0xb8])), { offset: 1, truncated: true }); // cut short at the end
});

test('findInvalidUtf8 agrees with TextDecoder on every 2-byte sequence', () => {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  for (let x = 0; x < 256; x++) {
    for (let y = 0; y < 256; y++) {
      const bytes = new Uint8Array([x, y]);
      let ok = true;
      try {
        fatal.decode(bytes);
      } catch {
        ok = false;
      }
      assert.equal(findInvalidUtf8(bytes) === null, ok, `bytes ${x.toString(16)} ${y.toString(16)}`);
    }
  }
});

test('findUndecodable finds the first bad byte in other encodings', () => {
  assert.equal(findUndecodable(b('abc'), 'shift_jis'), null);
  assert.deepEqual(findUndecodable(b('abc', [0xff], 'def'), 'shift_jis'), { offset: 3, truncated: false });
  assert.deepEqual(findUndecodable(b('abc', [0x93]), 'shift_jis'), { offset: 3, truncated: true });
  assert.deepEqual(findUndecodable(b('a', [0x81, 0x30]), 'gb18030'), { offset: 1, truncated: true });
});
