import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCommonWord, probes } from './common-words.ts';

test('common English words are in the filter; names and given names are not', () => {
  for (const w of ['pictures', 'weather', 'opposition', 'nobody', 'said', 'authority']) assert.ok(isCommonWord(w), w);
  // given names are left out even where they are words too ("frank"); invented names are not words
  for (const w of ['frank', 'valdoria', 'trendloop', 'sorel', 'vennick']) assert.ok(!isCommonWord(w), w);
});

test('a hyphenated word is common when each of its parts is', () => {
  assert.ok(isCommonWord('flood-hit'));
  assert.ok(!isCommonWord('flood-valdoria'));
  assert.ok(!isCommonWord('flood-'));
});

test('probes are spread over the filter and the same for the same word', () => {
  const p = probes('weather', 7, 1000);
  assert.equal(p.length, 7);
  assert.ok(p.every((x) => x >= 0 && x < 1000));
  assert.deepEqual(probes('weather', 7, 1000), p);
  assert.notDeepEqual(probes('wether', 7, 1000), p);
});
