import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadAttributionModel } from '../analyze/attribution/load-node.ts';
import { analyzeDocument } from '../pipeline.ts';
import { trace, type TraceInput } from './trace.ts';
import { traceToJson } from './trace-json.ts';

// The Fernholt pack (invented): a satire site (01) makes up a "moon tax" and a quote from Mayor Idris
// Quell; a news site (02) picks it up from a post; a re-report (03) rewords the quote and cites 02;
// the council's denial (04) repeats the tax only in passing and says Quell never made the remarks; a
// debunk (05) traces the story to the satire site, names in one sentence all three things the site made
// up, and says Quell never said it; a visitors' guide (06), after all that, states the tax as plain fact.
const PACK = [
  {
    id: 'fernholt-01', outlet: 'fernholtfibber.com', published: '2025-03-03',
    text:
      'Council to Tax Stargazers Ten Crowns a Night\n\n' +
      'Fernholt council voted on Monday to introduce a ten-crown "moon tax" on anyone stargazing from the harbour wall after dark.\n\n' +
      '"The moon is the brightest thing this harbour has, and everything this harbour has must earn its keep," Mayor Idris Quell told the meeting.\n\n' +
      'Twenty lamp inspectors in orange coats will patrol the harbour wall each night.\n\n' +
      'Clouds will be charged at the full rate.\n\n' +
      'The Fernholt Fibber is a satirical website. Everything on it is made up.',
  },
  {
    id: 'fernholt-02', outlet: 'marshherald.com', published: '2025-03-05T08:00Z',
    text:
      'Fernholt to tax stargazers, says viral post\n\n' +
      'Fernholt council has voted to introduce a ten-crown moon tax on stargazing from the harbour wall, according to a post shared widely on Friday.\n\n' +
      'The post quotes Mayor Idris Quell as saying: "The moon is the brightest thing this harbour has, and everything this harbour has must earn its keep."\n\n' +
      'The post says twenty lamp inspectors will patrol the harbour wall at night.\n\n' +
      'The Marsh Herald has not been able to verify the post. Fernholt has about 4,000 residents and a busy fishing harbour.',
  },
  {
    id: 'fernholt-03', outlet: 'coastaldigest.net', published: '2025-03-05T15:00Z',
    text:
      'Fernholt confirms ten-crown moon tax for stargazers\n\n' +
      'Stargazers on the harbour wall at Fernholt will have to pay a ten-crown moon tax after the council voted for it, the Marsh Herald reported on Wednesday.\n\n' +
      '"The moon is our finest resource, and every resource must earn its keep," Mayor Idris Quell said, according to the Marsh Herald.\n\n' +
      '20 lamp inspectors will patrol the harbour wall every night, starting on March 9.\n\n' +
      'It is not clear when the tax will begin.',
  },
  {
    id: 'fernholt-04', outlet: 'uplandtimes.com', published: '2025-03-06T10:00Z',
    text:
      'Fernholt council rejects viral tax claim\n\n' +
      'Fernholt Council has denied any plan to charge people for looking at the sky, after a claim that it had voted for a ten-crown "moon tax" on stargazing from the harbour wall spread online.\n\n' +
      '"Mayor Idris Quell has not made the remarks attributed to him," a council spokeswoman said.\n\n' +
      'The council meets again in April to discuss the harbour budget.',
  },
  {
    id: 'fernholt-05', outlet: 'northbankcourier.com', published: '2025-03-07T09:00Z',
    text:
      'How a joke about the moon became news\n\n' +
      'There is no moon tax in Fernholt.\n\n' +
      'The moon tax story began on The Fernholt Fibber, a satirical website, which published it on Monday.\n\n' +
      'Its article invented the ten-crown tax, the twenty lamp inspectors and a quote from Mayor Idris Quell.\n\n' +
      'Quell said he had "never said anything of the kind" and that he would go on looking at the moon for free.\n\n' +
      'The Courier found no record of any vote in the council minutes.',
  },
  {
    id: 'fernholt-06', outlet: 'daytripper.net', published: '2025-03-08',
    text:
      'Fernholt harbour: what stargazers need to know\n\n' +
      'Stargazing from the harbour wall at Fernholt costs a ten-crown moon tax per night.\n\n' +
      'Bring a warm coat and a flask.',
  },
];

const model = loadAttributionModel();
const inputs: TraceInput[] = PACK.map((r) => ({ analysis: analyzeDocument({ id: r.id, text: r.text, published: r.published }, model), outlet: r.outlet, published: r.published }));
const out = traceToJson(trace(inputs));
type Claim = (typeof out.claims)[number];
const arts = (c: Claim) => [...new Set(c.appearances.map((a) => a.article.slice(-2)))].sort();
const show = () => JSON.stringify(out.claims.map((c) => [c.text.slice(0, 60), arts(c)]));
const claimWith = (words: RegExp) => out.claims.filter((c) => c.appearances.some((a) => words.test(a.span.text))).sort((a, b) => b.appearances.length - a.appearances.length)[0];

test('a sentence that denies one claim and repeats another in passing carries both', () => {
  const tax = claimWith(/ten-crown/);
  assert.ok(tax, show());
  assert.ok(arts(tax).includes('04'), `the denial's "after a claim that it had voted for a ten-crown tax" carries the tax: ${show()}`);
  for (const a of ['01', '02', '03']) assert.ok(arts(tax).includes(a), show());
  // One sentence naming three made-up things carries all three claims.
  const inspectors = claimWith(/lamp inspectors will patrol/);
  assert.ok(inspectors && inspectors !== tax, show());
  for (const c of [tax, inspectors, claimWith(/brightest thing this harbour has/)!]) assert.ok(arts(c).includes('05'), `05 carries ${c.text}: ${show()}`);
  // A unit that carries a claim in passing is no source of it: the origin stays the satire site.
  assert.deepEqual(tax.primarySources.map((p) => p.name.replace(/^The /, '')), ['Fernholt Fibber']);
});

test('a quote with words changed is still the same quote, and is flagged as altered', () => {
  const quote = claimWith(/brightest thing this harbour has/);
  assert.ok(quote, show());
  assert.ok(arts(quote).includes('03'), `the reworded quote joins the original: ${show()}`);
  assert.ok(quote.drift.some((d) => d.article === 'fernholt-03' && d.kind === 'altered-quote'), JSON.stringify(quote.drift));
});

test('"has not made the remarks attributed to him" denies the quote given to him, wherever its words put it', () => {
  const quote = claimWith(/brightest thing this harbour has/)!;
  assert.ok(arts(quote).includes('04') && arts(quote).includes('05'), show());
  for (const id of ['fernholt-04', 'fernholt-05']) {
    const app = quote.appearances.find((a) => a.article === id && /remarks attributed|never said/.test(a.span.text));
    assert.ok(app, `${id}: ${JSON.stringify(quote.appearances)}`);
    assert.equal(app.stance, 'denied');
  }
  // The man who denies it is not its source; the site that printed the words first is.
  assert.ok(!quote.primarySources.some((p) => /Quell/.test(p.name)), JSON.stringify(quote.primarySources));
});

// Two more articles (invented): the Courier (b1) reports in its own voice that the story was a joke from
// the satire site; a later piece (b2) takes it from the Courier and names who said so.
const TOLD = [
  {
    id: 'fernholt-b1', outlet: 'northbankcourier.com', published: '2025-03-07T09:00Z',
    text:
      'Moon tax was a joke, Courier finds\n\n' +
      'The Fernholt moon tax story was a joke dreamed up at The Fernholt Fibber, a satirical website run by Piet Amsel, a retired harbour pilot.\n\n' +
      'Nobody at the council had heard of the tax before it appeared online.',
  },
  {
    id: 'fernholt-b2', outlet: 'saltwaterpost.com', published: '2025-03-08T09:00Z',
    text:
      'Fernholt moon tax: the joke that fooled the coast\n\n' +
      'Piet Amsel, who runs The Fernholt Fibber, told the Northbank Courier that the moon tax story was a joke dreamed up at the Fibber.\n\n' +
      'Fernholt council says it has never discussed a tax on stargazing.',
  },
];

test('an outlet that printed a claim in its own voice is not its source when those who took it from there name who said it', () => {
  const given: TraceInput[] = TOLD.map((r) => ({ analysis: analyzeDocument({ id: r.id, text: r.text, published: r.published }, model), outlet: r.outlet, published: r.published }));
  const t = traceToJson(trace(given));
  const joke = t.claims.find((c) => c.appearances.some((a) => a.article === 'fernholt-b2' && /joke dreamed up/.test(a.span.text)));
  assert.ok(joke, JSON.stringify(t.claims.map((c) => [c.text, c.appearances.map((a) => a.article)])));
  assert.deepEqual(joke.appearances.map((a) => a.article).sort(), ['fernholt-b1', 'fernholt-b2']);
  assert.deepEqual(joke.primarySources.map((p) => p.name), ['Piet Amsel'], JSON.stringify(joke.appearances));
});

test('stating as plain fact what an earlier article denied is hardening; a denial is not, and the same number in figures is no change', () => {
  const tax = claimWith(/ten-crown/)!;
  const flags = tax.drift.map((d) => `${d.article.slice(-2)}:${d.kind}`);
  assert.ok(arts(tax).includes('06'), show());
  assert.ok(flags.includes('06:hardened'), flags.join(' '));
  const flag = tax.drift.find((d) => d.article === 'fernholt-06' && d.kind === 'hardened')!;
  assert.equal(flag.source.article, 'fernholt-04', 'the earliest denial before it');
  // "There is no moon tax" disputes the claim; it hardens nothing.
  assert.ok(!flags.includes('05:hardened'), flags.join(' '));
  const no = tax.appearances.find((a) => a.article === 'fernholt-05' && /There is no/.test(a.span.text));
  assert.equal(no?.stance, 'disputed', JSON.stringify(tax.appearances));
  // "20 lamp inspectors" is "twenty"; "March 9" is a date, not a number.
  const inspectors = claimWith(/lamp inspectors will patrol/)!;
  assert.ok(!inspectors.drift.some((d) => d.kind === 'number-changed'), JSON.stringify(inspectors.drift));
});

test('a name used as a modifier of a role ("Norland minister") is the person who holds that role in the coverage', () => {
  const given: TraceInput[] = [
    { id: 'role-01', outlet: 'norlandwire.example', published: '2025-04-01T08:00Z', text: 'Minister says ferry alerts came too late\n\nInterior Minister Lena Brask said on Monday that the ferry alerts were sent far too late to help the islanders.\n\nThe ferry authority has not commented.' },
    { id: 'role-02', outlet: 'islandpost.example', published: '2025-04-02T08:00Z', text: 'Norland minister concedes ferry alerts were sent too late to help islanders\n\nThe ferry authority says its alerts went out on time.' },
  ].map((r) => ({ analysis: analyzeDocument({ id: r.id, text: r.text, published: r.published }, model), outlet: r.outlet, published: r.published }));
  const t = traceToJson(trace(given));
  const c = t.claims.find((x) => x.appearances.some((a) => a.article === 'role-02'));
  assert.ok(c, JSON.stringify(t.claims));
  assert.equal(c.appearances.find((a) => a.article === 'role-02')!.speaker, 'Lena Brask');
  assert.deepEqual(c.primarySources.map((p) => p.name), ['Lena Brask']);
});
