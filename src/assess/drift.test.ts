import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClaimUnit } from '../link/claim-units.ts';
import type { Speaker } from '../types.ts';
import { driftOf, quantities } from './drift.ts';

const values = (text: string): string[] => quantities(text, { start: 0, end: text.length }).map((q) => q.value);

test('amounts: figures and number words share a value; years, dates and clock times are no amounts', () => {
  assert.deepEqual(values('A dozen villages and 40 homes were flooded'), ['12', '40']);
  assert.deepEqual(values('The sirens sounded at 01:05 and the gates opened by 01:15, ten minutes later'), ['10']);
  assert.deepEqual(values('Alerts went out 00:50, the authority said in 2025'), []);
  assert.deepEqual(values('On March 9 the council met'), []);
});

test('an amount keeps its span in the text', () => {
  const text = 'Wardens: 20 of them, from 09:30.';
  assert.deepEqual(quantities(text, { start: 0, end: text.length }).map((q) => text.slice(q.span.start, q.span.end)), ['20']);
});

test('a claim moves to another speaker only between two speakers the texts name', () => {
  const texts = [
    'The post says the council voted to charge a fee.',
    'Mayor Colm Arden said the council voted to charge a fee.',
    'Tarrow confirms the council voted to charge a fee.',
    'Councillor Ines Hart said the council voted to charge a fee.',
  ];
  const speakers: Speaker[] = [
    { name: 'The post', key: 'name:post', kind: 'unknown', anonymous: false },
    { name: 'Colm Arden', key: 'person:arden', kind: 'person', anonymous: false, named: { start: 6, end: 16 } },
    { name: 'Tarrow', key: 'place:tarrow', kind: 'place', anonymous: false, named: { start: 0, end: 6 } },
    { name: 'Ines Hart', key: 'person:hart', kind: 'person', anonymous: false, named: { start: 11, end: 20 } },
  ];
  const unit = (article: number): ClaimUnit => {
    const at = texts[article]!.indexOf('the council');
    const span = { start: at, end: texts[article]!.length - 1 };
    return { article, span, context: { start: 0, end: texts[article]!.length }, terms: [], speaker: speakers[article]!, viaOutlet: null, attribution: 0, cue: 'said', hedges: [], stance: 'attributed' };
  };
  const kinds = (u: number, origin: number) => driftOf(unit(u), unit(origin), true, texts).map((d) => d.kind);
  assert.deepEqual(kinds(3, 1), ['misattributed']);
  // from a description of no one in particular, or to a place standing for someone, nothing moved
  assert.deepEqual(kinds(1, 0), []);
  assert.deepEqual(kinds(2, 1), []);
});

test('a word of proof in another clause of the span does not harden the claim', () => {
  const texts = [
    'The directorate said a dozen villages in the valley were flooded.',
    'Three people are confirmed dead, a dozen villages in the valley are flooded.',
    'It is confirmed: a dozen villages in the valley are flooded.',
  ];
  const unit = (article: number, from: string): ClaimUnit => {
    const text = texts[article]!;
    const span = { start: text.indexOf(from), end: text.length - 1 };
    const at = text.indexOf('confirmed');
    const hedges = at < 0 ? [] : [{ span: { start: at, end: at + 9 }, class: 'booster' as const, certainty: 0.9 }];
    return { article, span, context: { start: 0, end: text.length }, terms: ['dozen', 'villag', 'valley', 'flood'], speaker: null, viaOutlet: null, attribution: null, cue: '', hedges, stance: 'asserted' };
  };
  const origin: ClaimUnit = { ...unit(0, 'a dozen'), speaker: { name: 'The directorate', key: 'org:directorate', kind: 'organization', anonymous: false }, cue: 'said', stance: 'attributed' };
  assert.deepEqual(driftOf(unit(1, 'Three'), origin, true, texts).map((d) => d.kind), []);
  // in the clause that states it, or framing the whole span, it does
  assert.deepEqual(driftOf(unit(2, 'It'), origin, true, texts).map((d) => d.kind), ['hardened']);
});
