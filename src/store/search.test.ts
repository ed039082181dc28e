import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ftsQuery, markedSpans } from './search.ts';
import { StoreError } from './types.ts';

test('should turn a user query into FTS5 terms with nothing taken as syntax', () => {
  assert.equal(ftsQuery('dam safety'), '"dam" AND "safety"');
  assert.equal(ftsQuery('"safety board" insp*'), '"safety board" AND "insp"*');
  assert.equal(ftsQuery('dam OR bridge collapse'), '("dam" OR "bridge") AND "collapse"');
  assert.equal(ftsQuery('NEAR(a b) "x AND -y:^'), '"NEAR(a" AND "b)" AND "x AND -y:^"');
  assert.equal(ftsQuery('said "he'), '"said" AND "he"');
  assert.throws(() => ftsQuery(' * ( ) '), (e: unknown) => e instanceof StoreError && e.code === 'bad-query' && /has no words/.test(e.message));
});

test('should turn highlight markers into offsets of the unmarked text', () => {
  assert.deepEqual(markedSpans('a <b> c <d>', '<', '>'), { text: 'a b c d', spans: [{ start: 2, end: 3 }, { start: 6, end: 7 }] });
  assert.deepEqual(markedSpans('no marks', '<', '>'), { text: 'no marks', spans: [] });
});
