import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCopies, publishedKey } from './copies.ts';

const WIRE = `MARROWFIELD (Northwire) — The Pellham River bridge will open to traffic in May, the regional transport authority said on Monday, ending two years of detours for the thousands of commuters who cross the valley every day.
"We are confident the structure is sound and the road surface will be finished on schedule," said Oskar Halloran, the authority's chief engineer.
Councillor Brigitte Aumont said the authority had missed every deadline it ever set and called for an independent audit of the project's costs, which she put at 41 million crowns.
According to documents seen by Northwire, the budget has nearly doubled since construction began in the spring of 2022.`;

const CLIENT = `Bridge to open in May after two-year delay
${WIRE.replace('Monday', 'Monday afternoon').replace('41 million crowns', '41m crowns')}
— Northwire`;

const PASTE = `Commuters in the valley have heard promises before. Our reporter spent a week on the detour roads.
The regional transport authority said on Monday that the Pellham River bridge will open to traffic in May, ending two years of detours for the thousands of commuters who cross the valley every day. Councillor Brigitte Aumont said the authority had missed every deadline it ever set and called for an independent audit of the project's costs, which she put at 41 million crowns.
Drivers we met were unconvinced, and several said they would believe it when they saw it.`;

const SAME_QUOTE = `Engineers at the Pellham site were upbeat this week. "We are confident the structure is sound and the road surface will be finished on schedule," said Oskar Halloran, the authority's chief engineer, at a briefing for local businesses that drew a large crowd of shop owners from both banks of the river.`;

test('a wire story, its client copy and a partial paste are copies of the earliest; a shared quote is not', () => {
  const links = findCopies([
    { id: 'client', text: CLIENT, published: '2025-03-10T14:00Z' },
    { id: 'wire', text: WIRE, published: '2025-03-10T09:00Z' },
    { id: 'paste', text: PASTE, published: '2025-03-11' },
    { id: 'quote', text: SAME_QUOTE, published: '2025-03-10T08:00Z' },
  ]);
  assert.deepEqual(links.map((l) => [l.article, l.of, l.rule]), [
    ['client', 'wire', 'earlier-published'],
    ['paste', 'wire', 'earlier-published'],
  ]);
  assert.ok(links[0]!.similarity > 0.6, String(links[0]!.similarity));
});

test('without dates, the most central member is taken as the original', () => {
  const links = findCopies([
    { id: 'b', text: CLIENT },
    { id: 'a', text: WIRE },
    { id: 'c', text: PASTE },
  ]);
  assert.deepEqual(links.map((l) => [l.article, l.of, l.rule]), [
    ['b', 'a', 'no-dates-most-central'],
    ['c', 'a', 'no-dates-most-central'],
  ]);
});

test('published order: timestamps by instant, a date alone after the timestamps of its day, none last', () => {
  assert.ok(publishedKey('2025-03-10T23:00Z') < publishedKey('2025-03-10'));
  assert.ok(publishedKey('2025-03-10') < publishedKey('2025-03-11T00:30Z'));
  assert.equal(publishedKey(null), Number.POSITIVE_INFINITY);
  assert.equal(publishedKey('not a date'), Number.POSITIVE_INFINITY);
});
