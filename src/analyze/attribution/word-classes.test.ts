import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDoc, tagWords } from './document.ts';
import { tokenText } from '../tokens.ts';
import { tagWordsInContext, WinkReader, WORD_CLASS } from './word-classes.ts';

function classes(text: string, lexicon = new Uint8Array(16), bits = 4): Map<string, number[]> {
  const doc = buildDoc(text);
  tagWords(doc, lexicon, bits);
  tagWordsInContext(doc);
  const out = new Map<string, number[]>();
  for (let i = 0; i < doc.n; i++) {
    const w = tokenText(doc.tokens, i);
    out.set(w, [...(out.get(w) ?? []), doc.pos[i]!]);
  }
  return out;
}

describe('tagWordsInContext', () => {
  it('should read a word by its use in the sentence, not by its most common class', () => {
    const c = classes('Mayor Dana Ostrow made the claim on Tuesday. They claim the budget is short. The mayor said that the plan works.');
    assert.deepEqual(c.get('claim'), [WORD_CLASS.NOUN, WORD_CLASS.VERB]);
    assert.deepEqual(c.get('that'), [WORD_CLASS.SCONJ]);
    assert.deepEqual(c.get('Ostrow'), [WORD_CLASS.PROPN]);
    assert.deepEqual(c.get('made'), [WORD_CLASS.VERB]);
  });
  it('should give every token a class on one scale, across quotes, contractions and dashes', () => {
    const text = '“We don’t know,” said Lena Varga — the council’s clerk — on Monday.';
    const doc = buildDoc(text);
    // a lexicon packing two classes (first + 14 × second) must not leak its second class
    tagWords(doc, new Uint8Array(16).fill(3 + 14 * 1), 4);
    tagWordsInContext(doc);
    for (let i = 0; i < doc.n; i++) assert.ok(doc.pos[i]! >= 0 && doc.pos[i]! < 14, `${tokenText(doc.tokens, i)}: ${doc.pos[i]}`);
    assert.equal(doc.pos[doc.tokens.starts.findIndex((s) => text.startsWith('said', s))], WORD_CLASS.VERB);
  });
  it('should renew its reader after a set number of characters, with the same classes after', () => {
    const reader = new WinkReader(200);
    const text = 'Councillor Ines Marlow said the bridge would reopen in May. '; // 60 characters
    const runs: number[][] = [];
    for (let k = 0; k < 7; k++) {
      const doc = buildDoc(text);
      tagWordsInContext(doc, reader);
      runs.push([...doc.pos]);
    }
    // 60 characters a read: three reads fit in 200, the fourth and the seventh start a new instance
    assert.equal(reader.instances, 3);
    for (const r of runs) assert.deepEqual(r, runs[0]);
  });
  it('should leave an empty text alone', () => {
    const doc = buildDoc('');
    tagWordsInContext(doc);
    assert.equal(doc.n, 0);
  });
});
