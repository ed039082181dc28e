import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALLOWED_CUE } from './decode.ts';
import { emissions, newLinearModel, Trainer, viterbi, type FeatureSeq } from './linear.ts';

// A toy sequence: token features are their ids; tokens 7 and 8 form a cue (B I).
const seqOf = (ids: number[]): FeatureSeq => ({
  length: ids.length,
  offsets: Int32Array.from({ length: ids.length + 1 }, (_, i) => i),
  feats: Int32Array.from(ids),
  ctx: new Uint8Array(ids.length),
});

describe('viterbi', () => {
  it('should never output I after O', () => {
    const m = newLinearModel(3, 4, 1, ALLOWED_CUE);
    const seq = seqOf([1, 2]);
    const scores = new Float32Array([20, 0, 0, 1, 0, 9]); // token 2 prefers I, but I cannot follow O
    assert.deepEqual([...viterbi(m, seq, scores)], [0, 0]);
  });
});

describe('Trainer', () => {
  it('should learn a separable toy tagging with averaged perceptron updates', () => {
    const m = newLinearModel(3, 6, 1, ALLOWED_CUE);
    const tr = new Trainer(m);
    const data: Array<[number[], number[]]> = [
      [[1, 7, 8, 2], [0, 1, 2, 0]],
      [[3, 4, 7, 8], [0, 0, 1, 2]],
      [[7, 8, 5, 6], [1, 2, 0, 0]],
    ];
    for (let ep = 0; ep < 10; ep++) {
      for (const [ids, gold] of data) {
        const seq = seqOf(ids);
        tr.update(seq, Uint8Array.from(gold), viterbi(m, seq, emissions(m, seq)));
        tr.tick();
      }
    }
    tr.finish();
    const seq = seqOf([2, 7, 8, 3]);
    assert.deepEqual([...viterbi(m, seq, emissions(m, seq))], [0, 1, 2, 0]);
  });
});
