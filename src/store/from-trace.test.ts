import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsFromTrace, storiesFromTrace, type TraceLinks } from './from-trace.ts';

const trace: TraceLinks = {
  articles: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
  stories: [{ id: 's1', articles: ['a', 'c'] }, { id: 's2', articles: ['b'] }],
  claims: [{
    id: 'c1', story: 's1', statement: { article: 2, span: { start: 0, end: 5 } },
    appearances: [{ article: 2, span: { start: 0, end: 5 }, stance: 'attributed', parent: null, speaker: 'X' }, { article: 0, span: { start: 3, end: 9 }, stance: 'asserted', parent: { article: 2, rule: 'copy' }, speaker: null }],
    primarySources: [{ name: 'X', key: 'person:x', kind: 'person' }], independentSources: 1, firstAppearance: 2,
    drift: [{ article: 0, kind: 'hardened', span: { start: 3, end: 9 }, source: { article: 2, span: { start: 0, end: 5 } }, note: 'n' }],
  }],
};

test('should map trace indexes and story names to workspace ids', () => {
  const ids = [10, 11, 12];
  assert.deepEqual(storiesFromTrace(trace, ids), [{ key: 's1', articles: [10, 12] }, { key: 's2', articles: [11] }]);
  const [c] = claimsFromTrace(trace, ids, [{ id: 7, key: 's1', articles: [10, 12], kept: false }]);
  assert.deepEqual([c!.story, c!.statement.article, c!.firstAppearance], [7, 12, 12]);
  assert.deepEqual(c!.appearances.map((a) => [a.article, a.parent?.article ?? null]), [[12, null], [10, 12]]);
  assert.deepEqual([c!.drift[0]!.article, c!.drift[0]!.source.article], [10, 12]);
  assert.throws(() => storiesFromTrace(trace, [1, 2]), /2 workspace ids for 3 traced articles/);
});
