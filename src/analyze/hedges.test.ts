import assert from 'node:assert/strict';
import { test } from 'node:test';
import { certaintyOf, findHedges, hedgesWithin } from './hedges.ts';

const words = (text: string) => findHedges(text).map((h) => [text.slice(h.span.start, h.span.end), h.class]);

test('finds hedges, boosters and denials with their spans', () => {
  const text = 'The gang is reportedly selling organs, and the envoy confirmed it, proving the claim; the ministry denied it.';
  assert.deepEqual(words(text), [
    ['reportedly', 'hedge'],
    ['confirmed', 'booster'],
    ['proving', 'booster'],
    ['claim', 'hedge'],
    ['denied', 'denial'],
  ]);
});

test('prefers the longest phrase and matches across line breaks', () => {
  const text = 'There is no\nevidence, and it is believed the figures were according to plan.';
  assert.deepEqual(words(text), [['no\nevidence', 'denial'], ['it is believed', 'hedge'], ['according to', 'report']]);
});

test('"confirmed" as a nominee\'s vote is no certainty word; "all but confirmed" keeps a distance', () => {
  const text = [
    'Justice Ada Vale was confirmed 61-38 last spring.',
    'The confirmation hearings open Monday, and the Senate votes to confirm Judge Tomas Eld in June.',
    'The leader said the nominee will be confirmed, one way or another.',
    'Senator Pell all but confirmed that the rule will change.',
    'Police confirmed that two people were hurt, and the mayor confirmed it.',
  ].join(' ');
  assert.deepEqual(words(text), [['said', 'report'], ['confirmed', 'hedge'], ['confirmed', 'booster'], ['confirmed', 'booster']]);
});

test('does not match inside other words', () => {
  assert.deepEqual(words('Mayhem in Mayfield; claimant unconfirmedly spoke.'), []);
});

test('certainty: a denial or booster outweighs a hedge', () => {
  const text = 'It allegedly happened and was later proved.';
  const hs = findHedges(text);
  assert.equal(certaintyOf(hs), 1);
  assert.equal(certaintyOf(hedgesWithin(hs, [{ start: 0, end: 20 }])), 0.3);
  assert.equal(certaintyOf([]), null);
});
