import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lemma, shape } from './lexical.ts';

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
