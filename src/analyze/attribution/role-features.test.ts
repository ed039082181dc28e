// The clause features of the source/content tagger: where each token's clause piece starts, and that
// a token's features tell which word opens its clause.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenText } from '../tokens.ts';
import { buildDoc } from './document.ts';
import { FeatureBuffer } from './feature-buffer.ts';
import { roleFeatures, rolePrefix, roleWindow } from './role-features.ts';

const at = (doc: ReturnType<typeof buildDoc>, word: string, from = 0): number => {
  for (let i = from; i < doc.n; i++) if (tokenText(doc.tokens, i) === word) return i;
  throw new Error(`no token ${word}`);
};

/** The feature set of token `i` for the cue at token `cue`. */
function featuresOf(text: string, cueWord: string, word: string): Set<number> {
  const doc = buildDoc(text);
  const cs = at(doc, cueWord), i = at(doc, word);
  const [a, b] = roleWindow(doc, cs, cs + 1);
  const buf = new FeatureBuffer();
  roleFeatures(doc, rolePrefix(doc), cs, cs + 1, a, b, buf);
  const seq = buf.seq();
  return new Set(seq.feats.slice(seq.offsets[i - a]!, seq.offsets[i - a + 1]!));
}

describe('rolePrefix', () => {
  it('should start a clause piece after each comma, dash or bracket, and at each sentence', () => {
    const doc = buildDoc('Ada Vell said the dam, which failed, was old — and unsafe. Then rain came.');
    const { segStart } = rolePrefix(doc);
    assert.equal(segStart[at(doc, 'dam')], 0);
    assert.equal(segStart[at(doc, 'failed')], at(doc, 'which'));
    assert.equal(segStart[at(doc, 'old')], at(doc, 'was'));
    assert.equal(segStart[at(doc, 'unsafe')], at(doc, 'and'));
    assert.equal(segStart[at(doc, 'rain')], at(doc, 'Then'));
  });
});

describe('roleFeatures', () => {
  it('should tell words by the word that opens their clause, beyond the reach of the word window', () => {
    // the same words, commas and distances; only the clause's first word, three words back, differs
    const which = featuresOf('Ada Vell said the river, which floods the crops, rose.', 'said', 'crops');
    const when = featuresOf('Ada Vell said the river, when floods the crops, rose.', 'said', 'crops');
    assert.ok([...which].some((f) => !when.has(f)));
  });
});
