import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Attribution } from '../types.ts';
import { findClaims } from './claims.ts';
import { findHedges } from './hedges.ts';

const TEXT = 'Harbour Today: Minister Blames Operator\nThe operator allegedly ignored three warnings about the dam. "We knew nothing," the operator said. Was anyone told? The dam was built in 1974 by a state company.';

test('sentences no attribution covers are unattributed claims; questions and headlines are not claims', () => {
  const s = (phrase: string) => ({ start: TEXT.indexOf(phrase), end: TEXT.indexOf(phrase) + phrase.length });
  const sentences = [
    s('Harbour Today: Minister Blames Operator'),
    s('The operator allegedly ignored three warnings about the dam.'),
    s('"We knew nothing," the operator said.'),
    s('Was anyone told?'),
    s('The dam was built in 1974 by a state company.'),
  ];
  const quote: Attribution = {
    id: 0, source: s('the operator'), cue: s('said.'), content: [s('"We knew nothing,"')], kind: 'direct', speaker: null, parent: null, hedges: [], score: 1,
  };
  // the cue span above is found by indexOf on its first occurrence; fix it to the quote's own sentence
  quote.cue = { start: TEXT.indexOf('said.'), end: TEXT.indexOf('said.') + 4 };
  quote.source = { start: TEXT.indexOf('the operator said'), end: TEXT.indexOf('the operator said') + 12 };
  const claims = findClaims(TEXT, sentences, [quote], findHedges(TEXT));
  const view = claims.map((c) => [TEXT.slice(c.span.start, c.span.end).slice(0, 20), c.unattributed, c.hedges.map((h) => TEXT.slice(h.span.start, h.span.end))]);
  assert.deepEqual(view, [
    ['The operator alleged', true, ['allegedly']],
    ['"We knew nothing," t', false, ['said']],
    ['The dam was built in', true, []],
  ]);
});

test('a sentence of four words can state a fact ("Two ferries are missing."); one of three is too short to', () => {
  const text = 'Two ferries are missing. Rescue resumed Tuesday. Storms continue.';
  const s = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
  const claims = findClaims(text, [s('Two ferries are missing.'), s('Rescue resumed Tuesday.'), s('Storms continue.')], [], []);
  assert.deepEqual(claims.map((c) => text.slice(c.span.start, c.span.end)), ['Two ferries are missing.']);
});
