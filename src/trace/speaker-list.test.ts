// Who is listed as an article's speaker. Never an outlet: a source the coverage names as an outlet (an
// article's own, or one cited elsewhere) is a citation where it reports, whatever kind one article's
// reading gave the name. Nor a place, nor a source in which no name was found.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadAttributionModel } from '../analyze/attribution/load-node.ts';
import { analyzeDocument } from '../pipeline.ts';
import { trace } from './trace.ts';
import { traceToJson } from './trace-json.ts';

const model = loadAttributionModel();
type Doc = { id: string; published: string; text: string; outlet?: string };
/** The articles of `docs` traced together, as `hearsay trace --format json` gives them. */
const traced = (docs: Doc[]) =>
  traceToJson(trace(docs.map((d) => ({ analysis: analyzeDocument({ id: d.id, text: d.text, outlet: d.outlet, published: d.published }, model), published: d.published })))).articles;
const speakerNames = (docs: Doc[], id: string) => traced(docs).find((a) => a.id === id)!.speakers.map((s) => s.name);

test('a source the coverage knows as an outlet is cited, not listed as a speaker', () => {
  const docs = [
    { id: 'a', published: '2031-03-02', outlet: 'trendloop.com', text: 'Pier fee\n\nTrendloop has asked the Tarrow council for comment on a fee for the pier. Mayor Colm Arden said the fee would pay for repairs.' },
    // "said" leaves the kind of a lone name open: only the coverage (article a's host) tells that Trendloop is an outlet
    { id: 'b', published: '2031-03-03', outlet: 'Harbour Ledger', text: 'Pier fee disputed\n\nTrendloop said the council will charge a fee for the pier. Councillor Ines Hart said no vote had been taken.' },
  ];
  const articles = traced(docs);
  const b = articles.find((a) => a.id === 'b')!;
  assert.ok(b.citations.some((c) => /Trendloop/.test(c.name)), JSON.stringify(b.citations));
  assert.ok(!b.speakers.some((s) => /Trendloop/.test(s.name)), JSON.stringify(b.speakers));
  assert.ok(b.speakers.some((s) => /Ines Hart/.test(s.name)), JSON.stringify(b.speakers));
  // an outlet reporting in its own article neither cites itself nor speaks
  const a = articles.find((x) => x.id === 'a')!;
  assert.ok(!a.speakers.some((s) => /Trendloop/.test(s.name)) && !a.citations.some((c) => /Trendloop/.test(c.name)), JSON.stringify(a));
});

/** Article `id` lists the mayor among its speakers, and not `absent`. */
function listsMayorNot(docs: Doc[], id: string, absent: string): void {
  const names = speakerNames(docs, id);
  assert.ok(!names.includes(absent), JSON.stringify(names));
  assert.ok(names.some((n) => /Arden/.test(n)), JSON.stringify(names));
}

test('a source with no name behind it is not listed as a speaker', () => {
  listsMayorNot([
    { id: 'a', published: '2031-03-02', text: 'Opposition demands inquiry into pier fee\n\nThe opposition Harbour Party has demanded an inquiry into the pier fee. Mayor Colm Arden said the fee would pay for repairs.' },
  ], 'a', 'Opposition');
});

test('a name the coverage writes as a place is not listed as a speaker where a headline makes it one', () => {
  listsMayorNot([
    { id: 'a', published: '2031-03-02', text: 'Pier fee\n\nHolidaymakers in Ostrel Cove will pay to watch the sunset, Mayor Colm Arden said on Monday.' },
    { id: 'b', published: '2031-03-03', text: 'Pier fee anger grows\n\nReports that Ostrel Cove plans to charge visitors to watch the sunset have drawn thousands of angry replies. Mayor Colm Arden said the council never voted.' },
  ], 'b', 'Ostrel Cove');
});

test('an unnamed source an outlet cites ("citing a source close to the ministry") is an anonymous speaker', () => {
  const docs = [
    { id: 'a', published: '2031-03-02', text: 'Minister under fire\n\nHer climbdown came a day after the Meridian Post, citing a source close to the ministry, reported that her allegation had rested on an early police briefing.' },
  ];
  const speakers = traced(docs)[0]!.speakers;
  assert.ok(speakers.some((s) => s.anonymous && /source close to the ministry/.test(s.name)), JSON.stringify(speakers));
  assert.ok(!speakers.some((s) => /Meridian/.test(s.name)), JSON.stringify(speakers));
});
