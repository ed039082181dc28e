import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countTerms, stem, termOf, weekdayOf } from './text-vector-terms.ts';

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

describe('weekdayOf', () => {
  it('should read the weekday the title names, else the one the lead names', () => {
    assert.equal(weekdayOf('Calder Bay dockers vote on Thursday', 'Dockers at Calder Bay said on Monday they would vote.'), 4);
    assert.equal(weekdayOf('Calder Bay dockers vote', 'Dockers at Calder Bay said on Monday they would vote.'), 1);
    assert.equal(weekdayOf(null, 'On SUNDAY the ferry sailed.'), 0);
  });

  it('should not take a weekday from deep in a long body, nor a word that only contains one', () => {
    const long = 'The port reopened. '.repeat(40) + 'Talks resume on Friday.';
    assert.equal(weekdayOf('Port reopens', long), -1);
    assert.equal(weekdayOf('Mondayville fair opens', 'Crowds came to Mondayville.'), -1);
    assert.equal(countTerms('Port reopens', 'It reopened on Tuesday.').weekday, 2);
  });
});
