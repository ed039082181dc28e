import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenText } from '../tokens.ts';
import { ALLOWED_CLASS, CLASS_TAGS, classFeatures, greedy, tagClasses } from './class-tagger.ts';
import { buildDoc } from './document.ts';
import { FeatureBuffer } from './feature-buffer.ts';
import { emissions, newLinearModel } from './linear.ts';
import { loadAttributionModel } from './load-node.ts';
import { OTHER_CLASS, WORD_CLASS } from './word-classes.ts';

const model = loadAttributionModel();

// Sentences where a word's class depends on its use, and the classes wink's tagger (the teacher) gives.
const CASES: Array<[text: string, expected: Array<[word: string, classes: number[]]>]> = [
  ['Mayor Dana Ostrow made the claim on Tuesday. They claim the budget is short. The mayor said that the plan works.',
    [['claim', [WORD_CLASS.NOUN, WORD_CLASS.VERB]], ['that', [WORD_CLASS.SCONJ]], ['Ostrow', [WORD_CLASS.PROPN]], ['made', [WORD_CLASS.VERB]], ['said', [WORD_CLASS.VERB]]]],
  ['“We don’t know,” said Lena Varga — the council’s clerk — on Monday (@lvarga, https://x.example/a?b=1).',
    [['said', [WORD_CLASS.VERB]], ['Monday', [WORD_CLASS.PROPN]]]],
  ['Norland minister concedes ferry alerts were sent too late to help islanders',
    [['concedes', [WORD_CLASS.VERB]], ['minister', [WORD_CLASS.NOUN]]]],
];

describe('tagClasses (the committed model)', () => {
  it('should be the way the committed model reads word classes', () => {
    assert.ok(model.classTagger);
    assert.equal(model.pos.length, 0); // no lexicon beside it
  });
  it('should read a word by its use in the sentence, and give every token a class', () => {
    for (const [text, expected] of CASES) {
      const doc = buildDoc(text);
      doc.pos.fill(99); // whatever a reused document held before
      tagClasses(doc, model.classTagger!);
      const seen = new Map<string, number[]>();
      for (let i = 0; i < doc.n; i++) {
        const w = tokenText(doc.tokens, i);
        seen.set(w, [...(seen.get(w) ?? []), doc.pos[i]!]);
        assert.ok(doc.pos[i]! >= 1 && doc.pos[i]! <= OTHER_CLASS, `${w}: ${doc.pos[i]}`);
      }
      for (const [w, classes] of expected) assert.deepEqual(seen.get(w), classes, `${w} in: ${text}`);
    }
  });
  it('should leave an empty text alone', () => {
    const doc = buildDoc('');
    tagClasses(doc, model.classTagger!);
    assert.equal(doc.n, 0);
  });
});

describe('greedy', () => {
  it('should take each token\'s best class given the class before it', () => {
    const m = newLinearModel(3, 2, 1, new Uint8Array(12).fill(1));
    // start → 0 is cheap; after 0, class 2 wins over class 1 by its transition although it emits less
    m.trans[3 * 3 + 0] = 1;
    m.trans[0 * 3 + 2] = 2;
    const seq = { length: 2, offsets: new Int32Array([0, 0, 0]), feats: new Int32Array(0), ctx: new Uint8Array(2) };
    const scores = new Float32Array([0, 0.5, 0, 0, 1, 0]);
    assert.deepEqual([...greedy(m, seq, scores)], [0, 2]);
  });
});

describe('classFeatures', () => {
  it('should give each token of a sentence its features, and none beyond the sentence', () => {
    const doc = buildDoc('Officials said so. Nobody agreed.');
    const [a, b] = doc.sentences[1]!;
    const seq = classFeatures(doc, new Uint8Array(doc.n), a, b, new FeatureBuffer());
    assert.equal(seq.length, b - a);
    for (let i = 0; i < seq.length; i++) assert.ok(seq.offsets[i + 1]! - seq.offsets[i]! >= 14);
    const scores = emissions(newLinearModel(CLASS_TAGS, 10, 1, ALLOWED_CLASS), seq);
    assert.equal(scores.length, seq.length * CLASS_TAGS);
  });
});
