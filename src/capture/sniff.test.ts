import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { binaryKind, bomOf, sniffContentType } from './sniff.ts';

const s = (text: string): Uint8Array => Buffer.from(text);

test('sniffContentType: the extension decides for text', () => {
  assert.equal(sniffContentType(s('just words'), 'a.HTML'), 'text/html');
  assert.equal(sniffContentType(s('<p>x</p>'), 'notes.txt'), 'text/plain');
  assert.equal(sniffContentType(s('{}'), 'batch.ndjson'), 'application/jsonl');
  assert.equal(sniffContentType(s('{}'), 'x.json'), 'application/json');
});

test('sniffContentType: magic numbers beat the extension', () => {
  assert.equal(sniffContentType(gzipSync(s('<p>x</p>')), 'page.html'), 'application/gzip');
  assert.equal(sniffContentType(s('%PDF-1.4'), 'a.txt'), 'application/pdf');
  assert.equal(sniffContentType(s('bin\0ary'), 'a.txt'), 'application/octet-stream');
});

test('sniffContentType: content decides without a known extension', () => {
  assert.equal(sniffContentType(s('\n  <!DOCTYPE html><html>')), 'text/html');
  assert.equal(sniffContentType(s('<!-- saved --> <html lang="en">')), 'text/html');
  assert.equal(sniffContentType(s('<?xml version="1.0"?>\n<html xmlns="x">')), 'text/html');
  assert.equal(sniffContentType(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html>', 'utf16le')])), 'text/html');
  assert.equal(sniffContentType(s('{"id":1}\n{"id":2}\n'), 'batch'), 'application/jsonl');
  assert.equal(sniffContentType(s('{"id":1}\n')), 'application/json');
  assert.equal(sniffContentType(s('[{"id":1},\n{"id":2}]')), 'application/json');
  assert.equal(sniffContentType(s('{"a":\n1}')), 'application/json');
  assert.equal(sniffContentType(s('Ambassador said on Tuesday <that>')), 'text/plain');
  assert.equal(sniffContentType(new Uint8Array(0)), 'text/plain');
});

test('bomOf recognises UTF-8 and UTF-16 marks but not UTF-32', () => {
  assert.deepEqual(bomOf(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), { encoding: 'utf-8', length: 3 });
  assert.deepEqual(bomOf(new Uint8Array([0xff, 0xfe, 0x41, 0])), { encoding: 'utf-16le', length: 2 });
  assert.deepEqual(bomOf(new Uint8Array([0xfe, 0xff, 0, 0x41])), { encoding: 'utf-16be', length: 2 });
  assert.equal(bomOf(new Uint8Array([0xff, 0xfe, 0, 0])), null);
  assert.equal(bomOf(s('abc')), null);
});

test('binaryKind names formats and counts control characters', () => {
  assert.equal(binaryKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])), 'JPEG');
  assert.equal(binaryKind(s('RIFF\0\0\0\0WEBPVP8 ')), 'WebP');
  assert.equal(binaryKind(s('SQLite format 3\0')), 'SQLite');
  assert.equal(binaryKind(s('text\twith\r\nnormal\fcontrols and \x1b$B escapes')), null);
  assert.equal(binaryKind(s(`${'\x07'.repeat(11)}${'a'.repeat(89)}`)), 'binary'); // 11% bell characters
  assert.equal(binaryKind(s(`${'\x07'.repeat(10)}${'a'.repeat(90)}`)), null); // 10% is still text
  assert.equal(binaryKind(s(`${'a'.repeat(20)}\0`), 10), null); // NUL beyond the scan window
});
