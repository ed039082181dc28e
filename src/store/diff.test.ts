import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordDiff } from './diff.ts';

const show = (a: string, b: string) => wordDiff(a, b).map((c) => [c.kind, a.slice(c.a.start, c.a.end), b.slice(c.b.start, c.b.end)]);

test('should report a stealth edit as the words changed, ignoring whitespace', () => {
  const a = 'Mladenov noted the growing number of reports.\n\nIt is very clear that the tactics ISIL is using expand by the day.';
  const b = 'Mladenov  backed the claims, proving the reports.\nIt is very clear that the tactics (ISIS) is using expand by the day.';
  assert.deepEqual(show(a, b), [
    ['replace', 'noted', 'backed'],
    ['replace', 'growing number of', 'claims, proving the'],
    ['replace', 'ISIL', '(ISIS)'],
  ]);
});

test('should place pure insertions and deletions at a point in the other text', () => {
  assert.deepEqual(wordDiff('one two three', 'one three'), [{ kind: 'delete', a: { start: 4, end: 7 }, b: { start: 3, end: 3 } }]);
  assert.deepEqual(wordDiff('one three', 'one two three'), [{ kind: 'insert', a: { start: 3, end: 3 }, b: { start: 4, end: 7 } }]);
  assert.deepEqual(wordDiff('', 'new'), [{ kind: 'insert', a: { start: 0, end: 0 }, b: { start: 0, end: 3 } }]);
  assert.deepEqual(wordDiff('same  text', 'same text'), []);
});

test('should fall back to one replacement when the texts differ beyond the edit limit', () => {
  assert.deepEqual(wordDiff('a b c d', 'w x y z', 3), [{ kind: 'replace', a: { start: 0, end: 7 }, b: { start: 0, end: 7 } }]);
});
