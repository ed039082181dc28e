import assert from 'node:assert/strict';
import { it } from 'node:test';
import { runs } from './spans.ts';

const cut = (text: string, marks: Parameters<typeof runs>[1]) => runs(text, marks).map((r) => [text.slice(r.start, r.end), r.marks.map((m) => m.cls).join('+')]);

it('should cut overlapping marks into runs that carry every mark covering them', () => {
  const text = 'The minister said that warnings were ignored.';
  assert.deepEqual(cut(text, [{ start: 4, end: 12, cls: 'src' }, { start: 13, end: 17, cls: 'cue' }, { start: 18, end: 44, cls: 'content' }, { start: 23, end: 31, cls: 'target' }]), [
    ['The ', ''], ['minister', 'src'], [' ', ''], ['said', 'cue'], [' ', ''], ['that ', 'content'], ['warnings', 'content+target'], [' were ignored', 'content'], ['.', ''],
  ]);
});

it('should clip marks to the text and drop empty ones', () => {
  assert.deepEqual(cut('abc', [{ start: -5, end: 1, cls: 'a' }, { start: 2, end: 99, cls: 'b' }, { start: 2, end: 2, cls: 'empty' }]), [['a', 'a'], ['b', ''], ['c', 'b']]);
});

it('should never cut a surrogate pair (offsets are UTF-16)', () => {
  const text = 'x😀y';
  const pieces = runs(text, [{ start: 2, end: 4, cls: 'm' }]).map((r) => text.slice(r.start, r.end));
  assert.deepEqual(pieces, ['x😀', 'y']);
});
