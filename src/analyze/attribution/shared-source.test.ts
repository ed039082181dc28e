import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDoc } from './document.ts';
import type { TokenReport } from './decode.ts';
import { shareSources } from './shared-source.ts';
import { range } from './test-support.ts';
import { WORD_CLASS } from './word-classes.ts';

test('a participle or a verb joined by "and" shares the source of the report before it', () => {
  const text = 'Mayor Ada Vell said the levee held, adding that the pumps ran all night, and warned of more rain.';
  const doc = buildDoc(text);
  const main: TokenReport = { source: range(doc, 'Mayor Ada Vell'), cue: range(doc, 'said'), content: [range(doc, 'the levee held')] };
  const adding: TokenReport = { source: null, cue: range(doc, 'adding'), content: [range(doc, 'the pumps ran all night')] };
  const warned: TokenReport = { source: null, cue: range(doc, 'warned of'), content: [range(doc, 'more rain')] };
  shareSources(doc, [main, adding, warned]);
  assert.deepEqual(adding.source, main.source);
  assert.deepEqual(warned.source, main.source);
});

test('no source from another sentence, and none for a cue that is neither', () => {
  const text = 'Vell said the levee held. Adding pumps, the crews worked on. Officials disputed it.';
  const doc = buildDoc(text);
  const main: TokenReport = { source: range(doc, 'Vell'), cue: range(doc, 'said'), content: [range(doc, 'the levee held')] };
  const adding: TokenReport = { source: null, cue: range(doc, 'Adding'), content: [range(doc, 'pumps')] };
  const disputed: TokenReport = { source: null, cue: range(doc, 'disputed'), content: [range(doc, 'it')] };
  shareSources(doc, [main, adding, disputed]);
  assert.equal(adding.source, null);
  assert.equal(disputed.source, null);
});

test('with no report before it, a participle after a comma takes the subject its sentence opens with', () => {
  const doc = buildDoc('Mayor Ada Vell toured the levee on Tuesday, saying the pumps ran all night.');
  const { PROPN, VERB, DET, NOUN } = WORD_CLASS as Record<string, number>;
  // word classes as the class tagger reads them
  const classes = [PROPN, PROPN, PROPN, VERB, DET, NOUN];
  classes.forEach((p, i) => (doc.pos[i] = p!));
  const saying: TokenReport = { source: null, cue: range(doc, 'saying'), content: [range(doc, 'the pumps ran all night')] };
  shareSources(doc, [saying]);
  assert.deepEqual(saying.source, range(doc, 'Mayor Ada Vell'));
  // no verb after the opening phrase: no subject read
  doc.pos[3] = NOUN;
  const again: TokenReport = { source: null, cue: range(doc, 'saying'), content: [range(doc, 'the pumps ran all night')] };
  shareSources(doc, [again]);
  assert.equal(again.source, null);
});

test('a participle shares the source of the main report, not of one reported inside it', () => {
  const text = 'Coastline Daily reported that the council had voted for a fee, citing a post on Blither.';
  const doc = buildDoc(text);
  const main: TokenReport = { source: range(doc, 'Coastline Daily'), cue: range(doc, 'reported'), content: [range(doc, 'that the council had voted for a fee')] };
  const inner: TokenReport = { source: range(doc, 'the council'), cue: range(doc, 'had voted for'), content: [range(doc, 'a fee')] };
  const citing: TokenReport = { source: null, cue: range(doc, 'citing'), content: [range(doc, 'a post on Blither')] };
  shareSources(doc, [main, inner, citing]);
  assert.deepEqual(citing.source, main.source);
});

test('a cue right after an aside set off by commas has the name before the aside', () => {
  const doc = buildDoc('That evening Trendloop, working from the Lantern’s version, wrote that wardens would patrol.');
  const { PROPN } = WORD_CLASS as Record<string, number>;
  doc.pos[range(doc, 'Trendloop')[0]] = PROPN!;
  const wrote: TokenReport = { source: null, cue: range(doc, 'wrote'), content: [range(doc, 'that wardens would patrol')] };
  shareSources(doc, [wrote]);
  assert.deepEqual(wrote.source, range(doc, 'Trendloop'));
  // no name before the aside: none
  const other = buildDoc('That evening the site, working from the Lantern’s version, wrote that wardens would patrol.');
  const r: TokenReport = { source: null, cue: range(other, 'wrote'), content: [range(other, 'that wardens would patrol')] };
  shareSources(other, [r]);
  assert.equal(r.source, null);
});

test('a verb joined by "but" or "then" shares the source as one joined by "and" does', () => {
  const doc = buildDoc('Mayor Ada Vell said the levee held but warned of more rain.');
  const main: TokenReport = { source: range(doc, 'Mayor Ada Vell'), cue: range(doc, 'said'), content: [range(doc, 'the levee held')] };
  const warned: TokenReport = { source: null, cue: range(doc, 'warned of'), content: [range(doc, 'more rain')] };
  shareSources(doc, [main, warned]);
  assert.deepEqual(warned.source, main.source);
});
