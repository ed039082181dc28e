import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cosine, type SparseVector } from './text-vector.ts';
import { smoothVectors } from './text-vector-smooth.ts';

const unit = (pairs: [number, number][]): SparseVector => {
  const n = Math.hypot(...pairs.map((p) => p[1]));
  return { terms: Uint32Array.from(pairs, (p) => p[0]), weights: Float64Array.from(pairs, (p) => p[1] / n) };
};

describe('smoothVectors', () => {
  // a and c share no word, but both share words with b: three takes on one event
  const a = unit([[0, 1], [1, 1]]);
  const b = unit([[1, 1], [2, 1]]);
  const c = unit([[2, 1], [3, 1]]);

  it('should bring together articles that share a neighbour', () => {
    const s = 0.5;
    const near: [number, number][][] = [[[1, s]], [[0, s], [2, s]], [[1, s]]];
    const [sa, , sc] = smoothVectors([a, b, c], near);
    assert.equal(cosine(a, c), 0);
    assert.ok(cosine(sa!, sc!) > 0.1);
    assert.ok(Math.abs(cosine(sa!, sa!) - 1) < 1e-9, 'still a unit vector');
  });

  it('should leave an article alone when its neighbours are too far', () => {
    const [sa] = smoothVectors([a, b, c], [[[1, 0.01]], [], []]);
    assert.deepEqual(sa, a);
  });
});
