import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadAttributionModel } from '../analyze/attribution/load-node.ts';
import { analyzeDocument } from '../pipeline.ts';
import type { Attribution } from '../types.ts';
import { trace } from './trace.ts';

const TEXT = 'Dozens of villages in the Orlen valley were swamped overnight after the operator of the Varsk Dam opened its ' +
  'floodgates with no warning at all, according to Interior Minister Petra Lind.\n\n' +
  'The Orlen Herald reported that Mayor Ilsa Brandt told councillors the dam company had ignored the forecasts.';

const speakersOf = (extra: (text: string, outer: Attribution) => Attribution[]): string[] => {
  const analysis = analyzeDocument({ id: 'orlen-1', text: TEXT }, loadAttributionModel());
  const outer = analysis.attributions.find((a) => a.cue && TEXT.slice(a.cue.start, a.cue.end) === 'according to');
  assert.ok(outer, 'the minister\'s attribution');
  analysis.attributions.push(...extra(TEXT, outer));
  return trace([{ analysis, outlet: 'Orlen Daily' }]).articles[0]!.speakers.map((s) => s.name);
};

// An attribution the tagger may also find inside the minister's content: "the operator … opened".
const inside = (text: string, outer: Attribution, cue: string): Attribution => {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return {
    ...outer, id: 99, parent: outer.id, cue: at(cue), source: at('Varsk Dam'), content: [at('its floodgates with no warning at all')],
    speaker: { name: 'Varsk Dam', key: 'org:varsk-dam', kind: 'organization', anonymous: false },
  };
};

test('a report nested in another\'s content names a speaker only when its cue is a word of saying or thinking', () => {
  const plain = speakersOf(() => []);
  assert.ok(plain.includes('Petra Lind') && plain.includes('Ilsa Brandt'), String(plain)); // the mayor "told", nested in the Herald's report
  assert.ok(!speakersOf((text, outer) => [inside(text, outer, 'opened')]).includes('Varsk Dam'));
  // the same find standing on its own is the tagger's claim of an attribution, and its speaker is listed
  assert.ok(speakersOf((text, outer) => [{ ...inside(text, outer, 'opened'), parent: null }]).includes('Varsk Dam'));
});
