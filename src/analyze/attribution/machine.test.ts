import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FeatureSeq } from './linear.ts';
import { newLinearModel } from './linear.ts';
import { ALLOWED_ROLE } from './decode.ts';
import { ROLE_MACHINE, viterbiMachine } from './machine.ts';
import { Role, ROLE_TAGS } from './role-features.ts';

// Scores that prefer the given tags; contexts say where the cue is (0 before, 1 on, 2 after).
function decode(prefer: number[], ctx: number[]): number[] {
  const n = prefer.length;
  const m = newLinearModel(ROLE_TAGS, 2, 3, ALLOWED_ROLE);
  const scores = new Float32Array(n * ROLE_TAGS);
  prefer.forEach((t, i) => { scores[i * ROLE_TAGS + t] = 1; });
  const seq: FeatureSeq = { length: n, offsets: new Int32Array(n + 1), feats: new Int32Array(0), ctx: Uint8Array.from(ctx) };
  return [...viterbiMachine(m, ROLE_MACHINE, seq, scores)];
}

const O: number = Role.O, BS: number = Role.BS, BC: number = Role.BC, IC: number = Role.IC;

describe('viterbiMachine (roles)', () => {
  it('should keep two content fragments that flank the cue', () => {
    assert.deepEqual(decode([BC, IC, O, O, BS, BC, IC], [0, 0, 0, 1, 2, 2, 2]), [BC, IC, O, O, BS, BC, IC]);
  });
  it('should not allow two content fragments on the same side of the cue', () => {
    const out = decode([O, O, BC, IC, O, BC, IC], [0, 1, 2, 2, 2, 2, 2]);
    assert.equal(out.filter((t) => t === BC).length, 1);
  });
  it('should allow no content tag on the cue itself', () => {
    assert.deepEqual(decode([BC, IC, IC], [0, 1, 2]).slice(1, 2), [O]);
  });
});
