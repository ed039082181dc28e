import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quantities } from './drift.ts';

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
