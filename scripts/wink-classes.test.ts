import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDoc } from '../src/analyze/attribution/document.ts';
import { tokenText } from '../src/analyze/tokens.ts';
import { OTHER_CLASS, WORD_CLASS } from '../src/analyze/attribution/word-classes.ts';
import { tagWordsInContext, WinkReader } from './wink-classes.ts';

function classes(text: string): Map<string, number[]> {
  const doc = buildDoc(text);
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
  it('should give every token a class, across quotes, contractions, dashes, handles and links', () => {
    const text = '“We don’t know,” said Lena Varga — the council’s clerk — on Monday (@lvarga, https://x.example/a?b=1).';
    const doc = buildDoc(text);
    doc.pos.fill(99); // whatever a reused document held before
    tagWordsInContext(doc);
    // class 0 would mean a token no wink token covers: the alignment lost its place
    for (let i = 0; i < doc.n; i++) assert.ok(doc.pos[i]! >= 1 && doc.pos[i]! <= OTHER_CLASS, `${tokenText(doc.tokens, i)}: ${doc.pos[i]}`);
    assert.equal(doc.pos[doc.tokens.starts.findIndex((s) => text.startsWith('said', s))], WORD_CLASS.VERB);
    assert.equal(doc.pos[doc.tokens.starts.findIndex((s) => text.startsWith('Monday', s))], WORD_CLASS.PROPN);
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
