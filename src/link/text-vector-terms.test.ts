import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countTerms, stem, termOf } from './text-vector-terms.ts';

describe('stem', () => {
  it('should join the forms of one word', () => {
    assert.equal(stem('charges'), stem('charged'));
    assert.equal(stem('charged'), stem('charging'));
    assert.equal(stem('stopped'), stem('stop'));
    assert.equal(stem('inquiries'), stem('inquiry'));
  });

  it('should leave short words and numbers alone', () => {
    assert.equal(stem('bus'), 'bus');
    assert.equal(stem('2031'), '2031');
  });
});

describe('termOf', () => {
  it('should drop function words and reporting boilerplate', () => {
    for (const w of ['the', 'said', 'tuesday', 'according', 'x']) assert.equal(termOf(w), '', w);
  });

  it('should keep possessives, decimals and names as one term', () => {
    assert.equal(termOf("varga's"), termOf('varga'));
    assert.equal(termOf('varga’s'), termOf('varga'));
    assert.equal(termOf('4.5'), '4.5');
    assert.equal(termOf('1,400'), '1400');
  });
});

describe('countTerms', () => {
  it('should count body and title apart and remember the word behind each stem', () => {
    const c = countTerms('Dockers strike at Calder Bay', 'The dockers said the strike would go on. Dockers voted.');
    assert.equal(c.body.get(termOf('dockers')), 2);
    assert.equal(c.title.get(termOf('dockers')), 1);
    assert.equal(c.body.has(termOf('calder')), false);
    assert.equal(c.surface.get(termOf('dockers')), 'dockers');
    assert.equal(c.words, 10);
  });

  it('should read the same counts twice in a row (no state left between texts)', () => {
    const a = countTerms(null, 'Ferry sinks. Ferry found.');
    const b = countTerms(null, 'Ferry sinks. Ferry found.');
    assert.deepEqual(a, b);
  });
});
