// Who is listed as an article's speaker. Never an outlet: a source the coverage names as an outlet (an
// article's own, or one cited elsewhere) is a citation where it reports, whatever kind one article's
// reading gave the name. Nor a place, nor a source in which no name was found.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadAttributionModel } from '../analyze/attribution/load-node.ts';
import { analyzeDocument } from '../pipeline.ts';
import { trace } from './trace.ts';
import { traceToJson } from './trace-json.ts';

test('a source the coverage knows as an outlet is cited, not listed as a speaker', () => {
  const model = loadAttributionModel();
  const docs = [
    { id: 'a', published: '2031-03-02', outlet: 'trendloop.com', text: 'Pier fee\n\nTrendloop has asked the Tarrow council for comment on a fee for the pier. Mayor Colm Arden said the fee would pay for repairs.' },
    // "said" leaves the kind of a lone name open: only the coverage (article a's host) tells that Trendloop is an outlet
    { id: 'b', published: '2031-03-03', outlet: 'Harbour Ledger', text: 'Pier fee disputed\n\nTrendloop said the council will charge a fee for the pier. Councillor Ines Hart said no vote had been taken.' },
  ];
  const out = traceToJson(trace(docs.map((d) => ({ analysis: analyzeDocument({ id: d.id, text: d.text, outlet: d.outlet, published: d.published }, model), published: d.published }))));
  const b = out.articles.find((a) => a.id === 'b')!;
  assert.ok(b.citations.some((c) => /Trendloop/.test(c.name)), JSON.stringify(b.citations));
  assert.ok(!b.speakers.some((s) => /Trendloop/.test(s.name)), JSON.stringify(b.speakers));
  assert.ok(b.speakers.some((s) => /Ines Hart/.test(s.name)), JSON.stringify(b.speakers));
  // an outlet reporting in its own article neither cites itself nor speaks
  const a = out.articles.find((x) => x.id === 'a')!;
  assert.ok(!a.speakers.some((s) => /Trendloop/.test(s.name)) && !a.citations.some((c) => /Trendloop/.test(c.name)), JSON.stringify(a));
});

test('a source with no name behind it is not listed as a speaker', () => {
  const model = loadAttributionModel();
  const docs = [
    { id: 'a', published: '2031-03-02', text: 'Opposition demands inquiry into pier fee\n\nThe opposition Harbour Party has demanded an inquiry into the pier fee. Mayor Colm Arden said the fee would pay for repairs.' },
  ];
  const out = traceToJson(trace(docs.map((d) => ({ analysis: analyzeDocument({ id: d.id, text: d.text }, model), published: d.published }))));
  const names = out.articles[0]!.speakers.map((s) => s.name);
  assert.ok(!names.includes('Opposition'), JSON.stringify(names));
  assert.ok(names.some((n) => /Arden/.test(n)), JSON.stringify(names));
});

test('a name the coverage writes as a place is not listed as a speaker where a headline makes it one', () => {
  const model = loadAttributionModel();
  const docs = [
    { id: 'a', published: '2031-03-02', text: 'Pier fee\n\nHolidaymakers in Ostrel Cove will pay to watch the sunset, Mayor Colm Arden said on Monday.' },
    { id: 'b', published: '2031-03-03', text: 'Pier fee anger grows\n\nReports that Ostrel Cove plans to charge visitors to watch the sunset have drawn thousands of angry replies. Mayor Colm Arden said the council never voted.' },
  ];
  const out = traceToJson(trace(docs.map((d) => ({ analysis: analyzeDocument({ id: d.id, text: d.text }, model), published: d.published }))));
  const names = out.articles.find((a) => a.id === 'b')!.speakers.map((s) => s.name);
  assert.ok(!names.includes('Ostrel Cove'), JSON.stringify(names));
  assert.ok(names.some((n) => /Arden/.test(n)), JSON.stringify(names));
});

test('an unnamed source an outlet cites ("citing a source close to the ministry") is an anonymous speaker', () => {
  const model = loadAttributionModel();
  const docs = [
    { id: 'a', published: '2031-03-02', text: 'Minister under fire\n\nHer climbdown came a day after the Meridian Post, citing a source close to the ministry, reported that her allegation had rested on an early police briefing.' },
  ];
  const out = traceToJson(trace(docs.map((d) => ({ analysis: analyzeDocument({ id: d.id, text: d.text }, model), published: d.published }))));
  const speakers = out.articles[0]!.speakers;
  assert.ok(speakers.some((s) => s.anonymous && /source close to the ministry/.test(s.name)), JSON.stringify(speakers));
  assert.ok(!speakers.some((s) => /Meridian/.test(s.name)), JSON.stringify(speakers));
});
