import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenText } from '../tokens.ts';
import { buildDoc, type Doc } from './document.ts';
import { FeatureBuffer } from './feature-buffer.ts';
import { roleFeatures, rolePrefix, roleWindow } from './role-features.ts';

const TEXT = 'The bridge will open in May, Ilse Varga said, and her deputy added that they were sure of it.';
const tokenOf = (doc: Doc, word: string): number => {
  for (let i = 0; i < doc.n; i++) if (tokenText(doc.tokens, i) === word) return i;
  throw new Error(`no token ${word}`);
};
/** Each token's features in the window of the cue at `cue`, as sorted lists. */
function featuresOf(doc: Doc, cues: Array<[number, number]>, cue: [number, number]): number[][] {
  const [a, b] = roleWindow(doc, cue[0], cue[1]);
  const buf = new FeatureBuffer();
  roleFeatures(doc, rolePrefix(doc, cues), cue[0], cue[1], a, b, buf);
  const seq = buf.seq();
  return Array.from({ length: seq.length }, (_, i) => [...seq.feats.subarray(seq.offsets[i]!, seq.offsets[i + 1]!)].sort((x, y) => x - y));
}

describe('rolePrefix other cues', () => {
  it('should count cue starts before each token and mark cue tokens', () => {
    const doc = buildDoc(TEXT);
    const said = tokenOf(doc, 'said'), added = tokenOf(doc, 'added');
    const pre = rolePrefix(doc, [[said, said + 1], [added, added + 1]]);
    assert.equal(pre.cueStarts[said], 0);
    assert.equal(pre.cueStarts[said + 1], 1);
    assert.equal(pre.cueStarts[doc.n], 2);
    assert.deepEqual([...pre.inCue].flatMap((v, i) => (v ? [tokenText(doc.tokens, i)] : [])), ['said', 'added']);
  });

  it('should tell the role tagger that a second cue lies between a word and this cue', () => {
    const doc = buildDoc(TEXT);
    const said = tokenOf(doc, 'said'), added = tokenOf(doc, 'added');
    const cue: [number, number] = [added, added + 1];
    const alone = featuresOf(doc, [cue], cue), both = featuresOf(doc, [[said, said + 1], cue], cue);
    const [a] = roleWindow(doc, added, added + 1);
    const bridge = tokenOf(doc, 'bridge') - a, sure = tokenOf(doc, 'sure') - a;
    // "said" stands between "bridge" and "added" only in the reading that knows of it; "sure" is read alike
    assert.notDeepEqual(alone[bridge], both[bridge]);
    assert.deepEqual(alone[sure], both[sure]);
    assert.notDeepEqual(alone[said - a], both[said - a]);
  });
});
