import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lemma, reportClass, shape } from './lexical.ts';

describe('lemma', () => {
  it('should map reporting verb forms to one stem', () => {
    assert.equal(lemma('said'), 'say');
    assert.equal(lemma('says'), 'say');
    assert.equal(lemma('claimed'), lemma('claims'));
    assert.equal(lemma('denied'), 'deny');
    assert.equal(lemma('arguing'), 'argu');
  });
  it('should leave short words alone', () => {
    assert.equal(lemma('is'), 'be');
    assert.equal(lemma('us'), 'us');
  });
});

describe('shape', () => {
  it('should collapse character classes', () => {
    assert.equal(shape('Okafor'), 'Xx');
    assert.equal(shape('NATO'), 'X');
    assert.equal(shape('2024'), 'd');
    assert.equal(shape('U.S.'), 'X.X.');
  });
});

describe('reportClass', () => {
  it('should know reporting verbs in their inflections and reporting nouns', () => {
    for (const w of ['say', 'said', 'tells', 'argued', 'insisting', 'tweeted', 'admitted', 'denies', 'written']) assert.equal(reportClass(w), 1, w);
    for (const w of ['statement', 'statements', 'announcement', 'testimony', 'according']) assert.equal(reportClass(w), 2, w);
  });
  it('should leave other words out', () => {
    for (const w of ['bridge', 'the', 'quickly', 'mayor']) assert.equal(reportClass(w), 0, w);
  });
});
