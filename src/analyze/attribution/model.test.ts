import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newLinearModel } from './linear.ts';
import { addCueWord, isCueWord, POS_BITS, modelFromBytes, modelToBytes, type AttributionModel } from './model.ts';

function tinyModel(): AttributionModel {
  const allowed = new Uint8Array(6).fill(1);
  const cue = newLinearModel(2, 4, 1, allowed), role = newLinearModel(2, 5, 2, allowed);
  cue.weights[3] = 1.5; cue.weights[17] = -0.25; role.weights[40] = 0.001; role.weights[41] = 2;
  cue.trans[1] = -0.5;
  const m: AttributionModel = { cue, role, cueBias: 0.5, cueWords: new Uint8Array(1 << 15), pos: new Uint8Array(1 << POS_BITS) };
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
  it('should reject bytes that are not a model', () => {
    assert.throws(() => modelFromBytes(new Uint8Array([1, 2, 3, 4, 5])), /not a hearsay model/);
  });
});
