import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadAttributionModel } from '../analyze/attribution/load-node.ts';
import { analyzeDocument } from '../pipeline.ts';
import { claimUnits, completed, propositions, SILENT_CUE } from './claim-units.ts';
import { terms } from './terms.ts';

const model = loadAttributionModel();
/** The analysis of a text we write, and its claim units. */
function unitsOf(text: string) {
  const analysis = analyzeDocument({ id: 'x', text }, model);
  return { analysis, units: claimUnits(analysis, 0) };
}

const parts = (text: string) => propositions(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

test('a content span of two propositions is split where "and that" or a semicolon joins them', () => {
  assert.deepEqual(parts('about a dozen villages had been flooded and that three people had died'), ['about a dozen villages had been flooded', 'three people had died']);
  assert.deepEqual(parts('the bridge is closed; the ferry runs hourly'), ['the bridge is closed', 'the ferry runs hourly']);
  assert.deepEqual(parts('roads and bridges were closed'), ['roads and bridges were closed']);
});

test('split offsets point into the original text', () => {
  const text = 'Officials said the pier was shut, and that two boats sank.';
  const span = { start: 15, end: text.length - 1 };
  const got = propositions(text, span);
  assert.deepEqual(got.map((s) => text.slice(s.start, s.end)), ['the pier was shut', 'two boats sank']);
});

test('claim terms join the words news uses for one fact, and keep number words', () => {
  const a = terms('Three people died in the flooding');
  const b = terms('The floods killed three people');
  const c = terms('Three people are dead');
  for (const t of ['die', 'people']) for (const list of [a, b, c]) assert.ok(list.includes(t), `${t} in ${list.join(' ')}`);
  assert.equal(a.filter((t) => b.includes(t)).length >= 3, true);
  assert.ok(terms('two were injured').includes('injur') && terms('two were wounded').includes('injur'));
  // A compound and its words meet: "a six-crown fee", "six crowns each".
  assert.deepEqual(terms('a six-crown fee'), ['six', 'crown', 'fee']);
  assert.ok(terms('pay six crowns each').includes('crown'));
});

test('a sentence that asserts its main clause and attributes a part keeps the asserted part as a unit', () => {
  const text =
    'Harrow Vale council voted last night to close the old ferry landing for the whole of next summer, in what one official called "a long-overdue repair".\n\nThe landing has been shut twice before.';
  const { units } = unitsOf(text);
  const asserted = units.find((u) => u.attribution === null && /ferry landing/.test(text.slice(u.span.start, u.span.end)));
  assert.ok(asserted, units.map((u) => text.slice(u.span.start, u.span.end)).join(' | '));
  assert.equal(asserted.stance, 'asserted');
  assert.match(text.slice(asserted.span.start, asserted.span.end), /^Harrow Vale council voted/);
});

test('a quotation set off in its own paragraphs after "X said:" is X\'s, paragraph after paragraph', () => {
  const text =
    'Harbour board defends ferry timetable\n\nIn a statement posted on its website on Friday, the Tarrow Harbour Board said:\n\n' +
    '“Every crossing on the winter timetable was approved by the safety inspectorate in August.\n\n' +
    '“The board will publish its full safety logs for the season next week.”\n\nPassengers have complained about cancellations since October.';
  const { units } = unitsOf(text);
  const unitAt = (words: string) => units.find((u) => text.slice(u.span.start, u.span.end).includes(words));
  for (const words of ['approved by the safety inspectorate', 'publish its full safety logs']) {
    const u = unitAt(words);
    assert.ok(u, words);
    assert.equal(u.speaker?.name, 'Tarrow Harbour Board', `${words}: ${JSON.stringify(u.speaker)}`);
    assert.equal(u.stance, 'attributed');
  }
  assert.equal(unitAt('complained about cancellations')?.speaker ?? null, null, 'the paragraph after the block is the article\'s own');
});

test('an attribution with no source of its own shares the subject of the one before it in the sentence', () => {
  const text =
    "The Tarrow Harbour Board on Friday rejected the union's claim that the crossings were unsafe, and published a report that it said showed every crossing had been inspected in August.";
  const { analysis, units } = unitsOf(text);
  const u = units.find((x) => /inspected in August/.test(text.slice(x.span.start, x.span.end)) && x.attribution !== null);
  assert.ok(u, JSON.stringify(analysis.attributions.map((a) => [a.source && text.slice(a.source.start, a.source.end), a.cue && text.slice(a.cue.start, a.cue.end)])));
  assert.equal(u.speaker?.name, 'Tarrow Harbour Board');
});

test('a quotation block after "the board said:" goes to whoever the article earlier called the board', () => {
  const text =
    'Harbour board denies ferry cuts\n\nThe Tarrow Harbour Board has denied that it plans to cut winter crossings.\n\nIn a statement issued on Tuesday morning, the board said:\n\n' +
    '“No crossing on the winter timetable has been cancelled or reduced in any way this season.”';
  const { units } = unitsOf(text);
  const u = units.find((x) => /No crossing on the winter timetable/.test(text.slice(x.span.start, x.span.end)));
  assert.ok(u);
  assert.equal(u.speaker?.name, 'Tarrow Harbour Board', JSON.stringify(u.speaker));
});

test('declining to comment is no statement: it makes no claim unit', () => {
  const text = 'The Tarrow Harbour Board did not respond to repeated requests for comment on Tuesday evening.';
  const { units } = unitsOf(text);
  assert.ok(!units.some((u) => u.speaker?.name === 'Tarrow Harbour Board'), JSON.stringify(units.map((u) => u.speaker)));
  for (const cue of ['did not respond to', 'has not commented on', 'declined to comment', 'could not be reached for']) assert.ok(SILENT_CUE.test(cue), cue);
  for (const cue of ['said', 'has denied', 'did not deny', 'told']) assert.ok(!SILENT_CUE.test(cue), cue);
});

test('an attribution inside another leaves the outer one only its own words', () => {
  const text =
    'The Harrow Courier reported that the ferry would stop running in March, and Mayor Ilse Varga told a council meeting: "The ferry has had its day and the town has to move on."';
  const { units } = unitsOf(text);
  const say = (u: (typeof units)[number]) => text.slice(u.span.start, u.span.end);
  const outer = units.filter((u) => u.viaOutlet?.name.includes('Harrow Courier') && !u.speaker);
  assert.ok(outer.some((u) => /stop running in March/.test(say(u))), units.map(say).join(' | '));
  for (const u of outer) assert.ok(!/had its day/.test(say(u)), say(u));
  assert.ok(units.some((u) => /had its day/.test(say(u)) && u.speaker?.name === 'Ilse Varga'), units.map(say).join(' | '));
});

test('a content span cut short on a word no clause ends with runs on to the next attribution in its sentence', () => {
  const text =
    'Harrow Vale Council said on Tuesday that it had never voted on, discussed or proposed any such levy, and Mayor Ilse Varga said she had never heard of it.';
  const { analysis, units } = unitsOf(text);
  const say = (u: (typeof units)[number]) => text.slice(u.span.start, u.span.end);
  const council = units.find((u) => /never voted on/.test(say(u)));
  assert.ok(council, units.map(say).join(' | '));
  // Whatever span the model gives the content, the unit holds the whole clause and not the mayor's words.
  assert.match(say(council), /proposed any such levy$/, JSON.stringify(analysis.attributions.map((a) => a.content.map((c) => text.slice(c.start, c.end)))));
  // A span the model cut after "voted on" runs on to where the mayor's attribution starts; one that ends a
  // clause stays as it is.
  const from = text.indexOf('that it');
  const cut = { start: from, end: text.indexOf(', discussed') };
  const whole = { start: 0, end: text.length };
  const mayor = text.indexOf('Mayor Ilse');
  assert.equal(text.slice(from, completed(text, cut, whole, [mayor]).end), 'that it had never voted on, discussed or proposed any such levy');
  const done = { start: from, end: text.indexOf(', and Mayor') };
  assert.deepEqual(completed(text, done, whole, [mayor]), done);
});

test('a content too short to say what it is about ("that it was a joke") takes the words of its sentence', () => {
  const text = 'Piet Amsel, who runs the Harrow Lampoon, told the Courier that it "was a joke".';
  const { units } = unitsOf(text);
  const u = units.find((x) => x.speaker?.name === 'Piet Amsel');
  assert.ok(u, JSON.stringify(units.map((x) => [x.speaker?.name, text.slice(x.span.start, x.span.end)])));
  for (const t of ['joke', 'lampoon']) assert.ok(u.terms.includes(t), u.terms.join(' '));
  // A noun phrase after a cue is no statement: it stays too short to be a unit.
  const np = unitsOf('Mayor Ilse Varga has defended the idea.').units;
  assert.ok(!np.some((x) => x.speaker?.name === 'Ilse Varga'), JSON.stringify(np.map((x) => x.terms)));
});

test('a direct quote keeps its words, stop words and all, for matching a reworded copy of it', () => {
  const text = '"The ferry is the oldest thing this town has, and everything this town has must pay its way," Mayor Ilse Varga said.';
  const { units } = unitsOf(text);
  const q = units.find((u) => u.quote);
  assert.ok(q, JSON.stringify(units));
  assert.deepEqual(q.quote!.slice(0, 4), ['the', 'ferry', 'is', 'the']);
  assert.ok(!units.some((u) => u.quote && u.attribution === null), 'an unattributed sentence is no quote');
});

test("a unit's detail is its sentence outside the source and cue, past wherever its content ends", () => {
  const text = 'Fenmoor Hospital has confirmed that the hospital took in four people dead on arrival, three from Brack and one from Tillholm.';
  const analysis = analyzeDocument({ id: 'x', text }, model);
  const a = analysis.attributions.find((x) => x.source && text.slice(x.source.start, x.source.end) === 'Fenmoor Hospital');
  assert.ok(a, 'the hospital is read as the source');
  // as if the tagger had stopped at the comma
  a.content = [{ start: text.indexOf('that'), end: text.indexOf(', three') }];
  const u = claimUnits(analysis, 0).find((x) => x.attribution === a.id)!;
  for (const w of terms('three from Brack and one from Tillholm')) assert.ok(u.detail!.includes(w), w);
  for (const w of terms('three from Brack and one from Tillholm')) assert.ok(!u.terms.includes(w), `${w} is not in the content's terms`);
  // the source's words are left out where the source stands, not wherever they recur
  assert.equal(u.detail!.filter((w) => terms('hospital').includes(w)).length, 1);
  assert.ok(!u.detail!.some((w) => terms('Fenmoor').includes(w)));
});
