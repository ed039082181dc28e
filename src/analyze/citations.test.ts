import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Attribution } from '../types.ts';
import { findCitedOutlets } from './citations.ts';
import { findMentions } from './mentions.ts';

const TEXT = `VALDORIA (Northwire) — The minister said the gates were opened without warning.

Fox News reported the claim first. Read the full story at cwsnews.com

Staff writer Lena Marsh and Reuters contributed to this report.
— Northwire`;

test('wire credits, "contributed to this report", "read the full story at" and links are citations', () => {
  const mentions = findMentions(TEXT);
  const fox = TEXT.indexOf('Fox News');
  const attribution: Attribution = {
    id: 0, source: { start: fox, end: fox + 8 }, cue: null, content: [], kind: 'outlet-report', parent: null, hedges: [], score: 1,
    speaker: { name: 'Fox News', key: 'outlet:fox-news', kind: 'outlet', anonymous: false },
  };
  const links = [
    { href: 'https://www.reuters.com/world/x', span: { start: 0, end: 8 } },
    { href: 'https://valdoriatoday.example/own', span: { start: 0, end: 8 } },
  ];
  const cited = findCitedOutlets(TEXT, [attribution], mentions, links, 'valdoriatoday.example');
  const view = Object.fromEntries(cited.map((c) => [c.name, { via: c.via.sort(), texts: c.spans.map((s) => TEXT.slice(s.start, s.end)) }]));
  assert.deepEqual(Object.keys(view).sort(), ['Fox News', 'Northwire', 'Reuters', 'cwsnews.com']);
  assert.deepEqual(view['Northwire'], { via: ['credit'], texts: ['Northwire', 'Northwire'] });
  assert.deepEqual(view['Reuters']!.via, ['credit', 'link']);
  assert.deepEqual(view['Fox News'], { via: ['attribution'], texts: ['Fox News'] });
});

test('a credit line names an outlet on its own line only', () => {
  const text = 'Update\n\nIn its statement, the council said no vote was held. Read the full statement at the Gullhaven Gazette.\n\nMonday 19:05\nWeather: rain.';
  const cited = findCitedOutlets(text, [], findMentions(text), []);
  assert.deepEqual(cited.map((c) => [c.name, text.slice(c.spans[0]!.start, c.spans[0]!.end)]), [['Gullhaven Gazette', 'the Gullhaven Gazette']]);
});
