import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitLines, type RawLine } from './lines.ts';

async function collect(chunks: (string | number[])[], max = 100): Promise<(string | { tooLong: number })[]> {
  const out: (string | { tooLong: number })[] = [];
  const src = chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c)));
  for await (const l of splitLines(src, max)) out.push(show(l));
  return out;
}
const show = (l: RawLine): string | { tooLong: number } =>
  l.tooLong ? { tooLong: l.length } : `${l.line}@${l.offset}:${Buffer.from(l.bytes).toString()}`;

test('lines split across chunks, CRLF and a missing final newline', async () => {
  assert.deepEqual(await collect(['ab', 'c\nde', 'f\r\n\n', 'gh']), ['1@0:abc', '2@4:def', '3@9:', '4@10:gh']);
  assert.deepEqual(await collect(['a\n']), ['1@0:a']);
  assert.deepEqual(await collect([]), []);
});

test('a UTF-8 BOM at the start is dropped and offsets still count it', async () => {
  assert.deepEqual(await collect([[0xef, 0xbb, 0xbf], 'x\ny']), ['1@3:x', '2@5:y']);
});

test('a line over the limit is reported by length and not kept', async () => {
  assert.deepEqual(await collect(['1234', '5678', '9\nok\n', '123456'], 5), [{ tooLong: 9 }, '2@10:ok', { tooLong: 6 }]);
  assert.deepEqual(await collect(['12345\n'], 5), ['1@0:12345']); // exactly at the limit passes
});
