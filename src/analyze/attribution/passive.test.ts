import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDoc } from './document.ts';
import type { TokenReport } from './decode.ts';
import { passiveSubjects } from './passive.ts';
import { range, words } from './test-support.ts';

test('a passive cue’s subject is the start of what is said, not its source', () => {
  const doc = buildDoc('The two river towns are widely seen as safe seats for the mayor.');
  const r: TokenReport = { source: range(doc, 'The two river towns'), cue: range(doc, 'are widely seen'), content: [range(doc, 'as safe seats for the mayor')] };
  passiveSubjects(doc, [r]);
  assert.equal(r.source, null);
  assert.deepEqual(r.content.map((c) => words(doc, c)), ['The two river towns', 'as safe seats for the mayor']);
});

test('the one asked is no source and no part of the question; an active cue keeps its source', () => {
  const doc = buildDoc('Mayor Vell was asked whether the levee held. Reed said the levee held.');
  const asked: TokenReport = { source: range(doc, 'Mayor Vell'), cue: range(doc, 'was asked'), content: [range(doc, 'whether the levee held')] };
  const said: TokenReport = { source: range(doc, 'Reed'), cue: range(doc, 'said'), content: [range(doc, 'the levee held', doc.text.indexOf('Reed'))] };
  passiveSubjects(doc, [asked, said]);
  assert.equal(asked.source, null);
  assert.deepEqual(asked.content.map((c) => words(doc, c)), ['whether the levee held']);
  assert.deepEqual(said.source && words(doc, said.source), 'Reed');
});
