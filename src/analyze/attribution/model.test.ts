import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newLinearModel } from './linear.ts';
import { addCueWord, isCueWord, POS_BITS, modelFromBytes, modelToBytes, type AttributionModel } from './model.ts';

function tinyModel(wordClasses: AttributionModel['wordClasses'] = 'context'): AttributionModel {
  const allowed = new Uint8Array(6).fill(1);
  const cue = newLinearModel(2, 4, 1, allowed), role = newLinearModel(2, 5, 2, allowed);
  cue.weights[3] = 1.5; cue.weights[17] = -0.25; role.weights[40] = 0.001; role.weights[41] = 2;
  cue.trans[1] = -0.5;
  const m: AttributionModel = { cue, role, cueBias: 0.5, cueWords: new Uint8Array(1 << 15), pos: new Uint8Array(1 << POS_BITS), wordClasses };
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
  it('should keep how word classes are read, which the model was trained with', () => {
    for (const mode of ['context', 'lexicon'] as const) {
      assert.equal(modelFromBytes(modelToBytes(tinyModel(mode), { cue: 0.01, role: 0.01 })).wordClasses, mode);
    }
  });
  it('should read a format-2 file (before the word-class mode) as lexicon classes', () => {
    const bytes = modelToBytes(tinyModel('context'), { cue: 0.01, role: 0.01 });
    // format 2 is format 3 without the mode byte that follows the version
    assert.equal(bytes[4], 3);
    const v2 = new Uint8Array(bytes.length - 1);
    v2.set(bytes.subarray(0, 4)); v2[4] = 2; v2.set(bytes.subarray(6), 5);
    const back = modelFromBytes(v2);
    assert.equal(back.wordClasses, 'lexicon');
    assert.equal(back.cueBias, 0.5);
  });
  it('should reject bytes that are not a model', () => {
    assert.throws(() => modelFromBytes(new Uint8Array([1, 2, 3, 4, 5])), /not a hearsay model/);
  });
});
