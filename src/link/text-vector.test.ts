import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countTerms, termOf } from './text-vector-terms.ts';
import { cosine, vectorise, VECTOR_DEFAULTS } from './text-vector.ts';

const docs = [
  countTerms('Ferry sinks on Lake Morrow', 'A ferry sank on Lake Morrow near Dunvale. Divers searched the lake.'),
  countTerms('Divers search Lake Morrow', 'Divers searched Lake Morrow after the ferry sank near Dunvale.'),
  countTerms('Dockers strike at Calder Bay', 'Dockers at Calder Bay walked out over pay.'),
];

describe('vectorise', () => {
  it('should give unit vectors with term ids ascending', () => {
    for (const v of vectorise(docs).vectors) {
      assert.ok(Math.abs(cosine(v, v) - 1) < 1e-9);
      for (let i = 1; i < v.terms.length; i++) assert.ok(v.terms[i - 1]! < v.terms[i]!);
    }
  });

  it('should make articles on one event closer than articles on two', () => {
    const { vectors } = vectorise(docs);
    assert.ok(cosine(vectors[0]!, vectors[1]!) > 0.3);
    assert.equal(cosine(vectors[0]!, vectors[2]!), 0);
  });

  it('should number terms by the sorted vocabulary, whatever the order of the articles', () => {
    const a = vectorise(docs);
    const b = vectorise([...docs].reverse());
    assert.deepEqual(a.vocabulary, b.vocabulary);
    assert.deepEqual(a.vectors[0], b.vectors[2]);
    assert.equal(a.df[a.vocabulary.indexOf(termOf('lake'))], 2);
  });

  it('should keep only the strongest terms of a long article', () => {
    const { vectors } = vectorise(docs, { ...VECTOR_DEFAULTS, maxTerms: 3 });
    for (const v of vectors) assert.equal(v.terms.length, 3);
  });
});
