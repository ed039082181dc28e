import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { newLinearModel } from './linear.ts';
import { loadAttributionModel } from './load-node.ts';
import { addCueWord, isCueWord, POS_BITS, modelFromBytes, modelToBytes, type AttributionModel } from './model.ts';

function tinyModel(wordClasses: 'tagger' | 'lexicon' = 'tagger'): AttributionModel {
  const allowed = new Uint8Array(6).fill(1);
  const cue = newLinearModel(2, 4, 1, allowed), role = newLinearModel(2, 5, 2, allowed);
  cue.weights[3] = 1.5; cue.weights[17] = -0.25; role.weights[40] = 0.001; role.weights[41] = 2;
  cue.trans[1] = -0.5;
  const linear = newLinearModel(2, 3, 1, allowed);
  linear.weights[5] = 0.75; linear.weights[6] = 0.005; linear.trans[2] = 0.125;
  // word hashes are signed 32-bit integers
  const classTagger = wordClasses === 'tagger' ? { linear, fixed: new Map([[-5, 3], [7, 8], [-2147483648, 1]]) } : null;
  const m: AttributionModel = { cue, role, cueBias: 0.5, cueWords: new Uint8Array(1 << 15), pos: new Uint8Array(1 << POS_BITS), classTagger };
  m.pos[77] = 9;
  addCueWord(m.cueWords, 12345);
  return m;
}

describe('modelToBytes / modelFromBytes', () => {
  it('should round-trip weights above the pruning threshold', () => {
    const back = modelFromBytes(modelToBytes(tinyModel(), { cue: 0.01, role: 0.01 }));
    assert.equal(back.cueBias, 0.5);
    const w = (m: typeof back.cue, i: number): number => m.weights[i]! * m.scale;
    assert.ok(Math.abs(w(back.cue, 3) - 1.5) < 1e-3);
    assert.ok(Math.abs(w(back.cue, 17) + 0.25) < 1e-3);
    assert.equal(w(back.role, 40), 0); // pruned
    assert.ok(Math.abs(w(back.role, 41) - 2) < 1e-3);
    assert.equal(back.cue.trans[1], -0.5);
    assert.ok(isCueWord(back, 12345));
    assert.ok(!isCueWord(back, 54321));
    assert.equal(back.pos[77], 9);
    assert.equal(back.pos[78], 0);
  });
  it('should keep the class tagger (how word classes are read, which the model was trained with), pruned by its own threshold', () => {
    const back = modelFromBytes(modelToBytes(tinyModel('tagger'), { cue: 0.01, role: 0.001, classes: 0.01 }));
    assert.ok(back.classTagger);
    const { linear, fixed } = back.classTagger;
    assert.ok(Math.abs(linear.weights[5]! * linear.scale - 0.75) < 1e-3);
    assert.equal(linear.weights[6], 0); // under the class tagger's threshold, though over the role tagger's
    assert.equal(linear.trans[2], 0.125);
    const kept = modelFromBytes(modelToBytes(tinyModel('tagger'), { cue: 0.01, role: 0.01, classes: 0.001 })).classTagger!.linear;
    assert.ok(Math.abs(kept.weights[6]! * kept.scale - 0.005) < 1e-3);
    assert.deepEqual([...fixed].sort((x, y) => x[0] - y[0]), [[-2147483648, 1], [-5, 3], [7, 8]]);
    assert.equal(modelFromBytes(modelToBytes(tinyModel('lexicon'), { cue: 0.01, role: 0.01 })).classTagger, null);
  });
  it('should refuse a format-3 file that read word classes with wink-nlp, and say to retrain', () => {
    const bytes = modelToBytes(tinyModel('lexicon'), { cue: 0.01, role: 0.01 });
    bytes[4] = 3; bytes[5] = 1;
    assert.throws(() => modelFromBytes(bytes), /wink-nlp.*npm run train/);
  });
  it('should read a format-2 file (before the word-class mode) as lexicon classes', () => {
    const bytes = modelToBytes(tinyModel('lexicon'), { cue: 0.01, role: 0.01 });
    // format 2 is a lexicon model of format 4 without the mode byte that follows the version
    assert.equal(bytes[4], 4);
    const v2 = new Uint8Array(bytes.length - 1);
    v2.set(bytes.subarray(0, 4)); v2[4] = 2; v2.set(bytes.subarray(6), 5);
    const back = modelFromBytes(v2);
    assert.equal(back.classTagger, null);
    assert.equal(back.pos[77], 9);
    assert.equal(back.cueBias, 0.5);
  });
  it('should name the byte where a truncated file ends, and the file it was read from', () => {
    const bytes = modelToBytes(tinyModel('tagger'), { cue: 0.01, role: 0.01 });
    for (const cut of [6, 12, 40, bytes.length - 1]) {
      assert.throws(() => modelFromBytes(bytes.subarray(0, cut)), new RegExp(`truncated file \\(\\d bytes? wanted at byte \\d+ of ${cut}\\)`));
    }
    const path = join(mkdtempSync(join(tmpdir(), 'hearsay-model-')), 'short.bin');
    writeFileSync(path, bytes.subarray(0, 12));
    assert.throws(() => loadAttributionModel(path), (e: Error) => e.message.startsWith(`${path}: attribution model: truncated file`));
  });
  it('should reject bytes that are not a model', () => {
    assert.throws(() => modelFromBytes(new Uint8Array([1, 2, 3, 4, 5])), /not a hearsay model/);
  });
});
