// Behaviour of the committed model on clear, invented sentences.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAttributions, type RawAttribution } from './index.ts';
import { loadAttributionModel } from './load-node.ts';

const model = loadAttributionModel();

function show(text: string, a: RawAttribution): { source: string | null; cue: string | null; content: string[] } {
  const cut = (s: { start: number; end: number } | null): string | null => (s ? text.slice(s.start, s.end) : null);
  return { source: cut(a.source), cue: cut(a.cue), content: a.content.map((c) => cut(c)!) };
}

function only(text: string): { source: string | null; cue: string | null; content: string[] } {
  const found = findAttributions(text, model);
  assert.equal(found.length, 1, `expected one attribution, got ${JSON.stringify(found.map((a) => show(text, a)))}`);
  return show(text, found[0]!);
}

describe('findAttributions', () => {
  it('should find an indirect attribution with "said that"', () => {
    const text = 'Mayor Lena Okafor said that the Harlow bridge would reopen in May.';
    assert.deepEqual(only(text), { source: 'Mayor Lena Okafor', cue: 'said', content: ['that the Harlow bridge would reopen in May'] });
  });
  it('should find a direct quote with an inverted cue', () => {
    const text = '“We will rebuild every school,” said Tomas Vereen, the governor of Calder.';
    const a = only(text);
    assert.equal(a.cue, 'said');
    // PolNeAR sources keep their appositions
    assert.equal(a.source, 'Tomas Vereen, the governor of Calder');
    assert.deepEqual(a.content, ['We will rebuild every school']);
  });
  it('should keep both halves of a quotation interrupted by its attribution', () => {
    const text = '“The budget is broken,” Councillor Mira Dosse said. “We will fix it next year.”';
    assert.deepEqual(only(text), {
      source: 'Councillor Mira Dosse',
      cue: 'said',
      content: ['The budget is broken', 'We will fix it next year.'],
    });
  });
  it('should read "according to" with the source after the cue, before or after the content', () => {
    const first = 'According to the Brenford Gazette, the factory will close in June.';
    assert.deepEqual(only(first), { source: 'the Brenford Gazette', cue: 'According to', content: ['the factory will close in June'] });
    const last = 'The factory will close in June, according to two people familiar with the plan.';
    assert.deepEqual(only(last), {
      source: 'two people familiar with the plan',
      cue: 'according to',
      content: ['The factory will close in June'],
    });
  });
  it('should give no attribution for a plain factual sentence', () => {
    assert.deepEqual(findAttributions('The river rose two metres overnight and flooded the lower town.', model), []);
  });
  it('should return spans that index the text', () => {
    const text = 'Officials at the Marrow Agency told reporters the vote was delayed.\n\n“It is a mess,” one aide said.';
    for (const a of findAttributions(text, model)) {
      for (const s of [a.source, a.cue, ...a.content]) if (s) assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end);
    }
  });
  it('should take a headline "Name: statement" by rule, saying so', () => {
    const text = 'Mayor Okafor: Harlow Bridge Will Reopen in May.\n\nThe bridge has been closed since the flood.';
    const found = findAttributions(text, model).filter((a) => a.rule === 'labelled-statement');
    assert.deepEqual(found.map((a) => show(text, a)), [{ source: 'Mayor Okafor', cue: ':', content: ['Harlow Bridge Will Reopen in May.'] }]);
  });
});
