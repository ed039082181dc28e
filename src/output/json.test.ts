import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadAttributionModel } from '../analyze/attribution/load-node.ts';
import { analyzeDocument } from '../pipeline.ts';
import { analysisToJson } from './json.ts';

describe('analysisToJson', () => {
  it('should list the outermost attributions, and those nested in their content apart, linked to them', () => {
    const text = 'Ferry service to Kestrel Island will end in March.\n\n' +
      'The Harbour Gazette reported on Tuesday that Mayor Ilsa Brandt told councillors the ferry company had lost money for three years.\n\n' +
      '“We cannot keep it running,” Brandt said.';
    const json = analysisToJson(analyzeDocument({ id: 'ferry', text }, loadAttributionModel()), { includeText: false });
    const gazette = json.attributions.find((a) => a.cue?.text === 'reported');
    assert.ok(gazette, 'the outlet\'s report is an attribution');
    assert.equal(json.attributions.find((a) => a.cue?.text === 'told'), undefined);
    assert.deepEqual(json.attributions.map((a) => a.parent), json.attributions.map(() => null));
    const mayor = json.nestedAttributions.find((a) => a.cue?.text === 'told');
    assert.ok(mayor, 'the mayor\'s statement is nested in the report');
    assert.equal(mayor.parent, gazette.id);
    assert.equal(mayor.content[0]!.text, text.slice(mayor.content[0]!.start, mayor.content[0]!.end));
    assert.ok(gazette.content.some((c) => c.start <= mayor.cue!.start && mayor.cue!.end <= c.end));
    assert.ok(json.attributions.some((a) => a.cue?.text === 'said'));
  });
});
