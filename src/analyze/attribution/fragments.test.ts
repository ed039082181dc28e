import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDoc } from './document.ts';
import type { TokenReport } from './decode.ts';
import { completeContents } from './fragments.ts';
import { range, words } from './test-support.ts';

test('a lead-in set off before "source cue," is the start of the content', () => {
  const doc = buildDoc('In the valley, Mayor Ada Vell said, the levee held through the night.');
  const r: TokenReport = { source: range(doc, 'Mayor Ada Vell'), cue: range(doc, 'said'), content: [range(doc, 'the levee held through the night')] };
  completeContents(doc, [r]);
  assert.deepEqual(r.content.map((c) => words(doc, c)), ['In the valley', 'the levee held through the night']);
});

test('no lead-in from a discourse word, a framing of time before a quotation, or across a colon', () => {
  for (const [text, content] of [
    ['But, Vell added, the levee held.', 'the levee held'],
    ['On Tuesday, Vell said, “the levee held.”', 'the levee held'],
    ['The verdict: the council, Vell said, would pay.', 'would pay'],
  ] as const) {
    const doc = buildDoc(text);
    const r: TokenReport = { source: range(doc, 'Vell'), cue: range(doc, text.includes('added') ? 'added' : 'said'), content: [range(doc, content)] };
    completeContents(doc, [r]);
    assert.equal(r.content.length, 1, text);
  }
});

test('a quotation opening the next sentence goes on with the speaker before it', () => {
  const text = '“He is a new father,” Tomas Reed said. “A father for the second time, and proud of it.” The vote is on Monday.';
  const doc = buildDoc(text);
  const r: TokenReport = { source: range(doc, 'Tomas Reed'), cue: range(doc, 'said'), content: [range(doc, 'He is a new father')] };
  completeContents(doc, [r]);
  assert.equal(r.content.length, 2);
  assert.equal(words(doc, r.content[1]!), 'A father for the second time, and proud of it.');
});

test('the next paragraph’s quotation goes on too, but not one with a report of its own', () => {
  const text = '“We held the line,” Reed said.\n\n“Nobody left the shelter.”\n\n“It was cold,” Vell said.';
  const doc = buildDoc(text);
  const reed: TokenReport = { source: range(doc, 'Reed'), cue: range(doc, 'said'), content: [range(doc, 'We held the line')] };
  const vell: TokenReport = { source: range(doc, 'Vell'), cue: range(doc, 'said', text.indexOf('Vell')), content: [range(doc, 'It was cold')] };
  completeContents(doc, [reed, vell]);
  assert.deepEqual(reed.content.map((c) => words(doc, c)), ['We held the line,', 'Nobody left the shelter.']);
  assert.equal(vell.content.length, 1);
});

test('a quotation followed by its own cue, or after an unquoted content, does not run on', () => {
  const a = buildDoc('“We held,” Reed said. “It was cold”, the mayor added.');
  const ra: TokenReport = { source: range(a, 'Reed'), cue: range(a, 'said'), content: [range(a, 'We held')] };
  completeContents(a, [ra]);
  assert.equal(ra.content.length, 1);
  const b = buildDoc('The levee held, Reed said. “It was cold.”');
  const rb: TokenReport = { source: range(b, 'Reed'), cue: range(b, 'said'), content: [range(b, 'The levee held')] };
  completeContents(b, [rb]);
  assert.equal(rb.content.length, 1);
});

test('a quotation after a comma in the speaker’s sentence is the second half', () => {
  const text = '“It is a hard issue,” said the senator from Corvana, “because two rights meet.”';
  const doc = buildDoc(text);
  const r: TokenReport = { source: range(doc, 'the senator from Corvana'), cue: range(doc, 'said'), content: [range(doc, 'It is a hard issue')] };
  completeContents(doc, [r]);
  assert.deepEqual(r.content.map((c) => words(doc, c)), ['It is a hard issue,', 'because two rights meet.']);
});

test('a content that stops or starts inside a quotation takes the whole quotation', () => {
  const text = 'Vell said the plan was “a disgrace to every family in the valley” and walked out.';
  const doc = buildDoc(text);
  const r: TokenReport = { source: range(doc, 'Vell'), cue: range(doc, 'said'), content: [range(doc, 'the plan was “a disgrace to every family')] };
  completeContents(doc, [r]);
  assert.deepEqual(r.content.map((c) => words(doc, c)), ['the plan was “a disgrace to every family in the valley']);
  const late = buildDoc('“We kept the sirens on, and nobody slept,” Reed said.');
  const q: TokenReport = { source: range(late, 'Reed'), cue: range(late, 'said'), content: [range(late, 'nobody slept')] };
  completeContents(late, [q]);
  assert.deepEqual(q.content.map((c) => words(late, c)), ['We kept the sirens on, and nobody slept,']);
});

test('a quotation is not widened over another report or back over the report’s own cue', () => {
  const text = '“We left at dawn,” she said, “and the water followed us,” Reed said.';
  const doc = buildDoc(text);
  const r: TokenReport = { source: range(doc, 'she'), cue: range(doc, 'said'), content: [range(doc, 'the water followed us')] };
  const other: TokenReport = { source: range(doc, 'Reed'), cue: range(doc, 'said', text.indexOf('Reed')), content: [range(doc, 'and the water')] };
  completeContents(doc, [r, other]);
  assert.deepEqual(r.content.map((c) => words(doc, c)), ['We left at dawn,', 'the water followed us,']);
});

test('the quotation opening the speaker’s sentence is theirs when the tagger took only a later one', () => {
  const text = 'The vote came late.\n\n“Why is he attacking me?” Reed said. “He has seven rivals to beat first.”';
  const doc = buildDoc(text);
  const r: TokenReport = { source: range(doc, 'Reed'), cue: range(doc, 'said'), content: [range(doc, 'He has seven rivals to beat first.')] };
  completeContents(doc, [r]);
  assert.deepEqual(r.content.map((c) => words(doc, c)), ['Why is he attacking me?', 'He has seven rivals to beat first.']);
});

test('two fragments inside one quotation are one', () => {
  const doc = buildDoc('“Losing hurts. But we came a long way in a short time,” Vell wrote.');
  const r: TokenReport = { source: range(doc, 'Vell'), cue: range(doc, 'wrote'), content: [range(doc, 'Losing hurts'), range(doc, 'we came a long way')] };
  completeContents(doc, [r]);
  assert.deepEqual(r.content.map((c) => words(doc, c)), ['Losing hurts. But we came a long way in a short time,']);
});

test('before a quotation, a lead-in of the speaker’s own words is the first fragment', () => {
  const doc = buildDoc('The streets were empty, Reed said, “but people still need to talk.”');
  const r: TokenReport = { source: range(doc, 'Reed'), cue: range(doc, 'said'), content: [range(doc, 'but people still need to talk.')] };
  completeContents(doc, [r]);
  assert.deepEqual(r.content.map((c) => words(doc, c)), ['The streets were empty', 'but people still need to talk.']);
});

test('a title quoted in the speaker’s sentence does not stop the next quotation running on', () => {
  const doc = buildDoc('“The levee held,” Reed told the show “Valley Mornings.” “Nobody left the shelter.”');
  const r: TokenReport = { source: range(doc, 'Reed'), cue: range(doc, 'told'), content: [range(doc, 'The levee held')] };
  completeContents(doc, [r]);
  assert.deepEqual(r.content.map((c) => words(doc, c)), ['The levee held,', 'Nobody left the shelter.']);
});

test('a fragment made of another report’s source and cue is that report, not content', () => {
  const doc = buildDoc('“They were told in October,” Ostrova said, the Gazette reported.');
  const ostrova: TokenReport = { source: range(doc, 'Ostrova'), cue: range(doc, 'said'), content: [range(doc, 'They were told in October'), range(doc, 'the Gazette reported')] };
  const gazette: TokenReport = { source: range(doc, 'the Gazette'), cue: range(doc, 'reported'), content: [range(doc, 'They were told in October')] };
  completeContents(doc, [ostrova, gazette]);
  assert.deepEqual(ostrova.content.map((c) => words(doc, c)), ['They were told in October,']);
});
