import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Edge } from './story-candidates.ts';
import { clusterEdges } from './story-cluster.ts';
import { cosine, type SparseVector } from './text-vector.ts';

const unit = (pairs: [number, number][]): SparseVector => {
  const n = Math.hypot(...pairs.map((p) => p[1]));
  return { terms: Uint32Array.from(pairs, (p) => p[0]), weights: Float64Array.from(pairs, (p) => p[1] / n) };
};

function edgesOf(vectors: SparseVector[]): Edge[] {
  const out: Edge[] = [];
  for (let a = 0; a < vectors.length; a++) for (let b = a + 1; b < vectors.length; b++) {
    const sim = cosine(vectors[a]!, vectors[b]!);
    if (sim > 0) out.push({ a, b, sim });
  }
  return out.sort((x, y) => y.sim - x.sim);
}

describe('clusterEdges', () => {
  it('should not chain: A–B and B–C close, A and C unrelated', () => {
    const vectors = [unit([[0, 1], [1, 1]]), unit([[0, 1], [1, 1], [2, 1], [3, 1]]), unit([[2, 1], [3, 1]])];
    // single link at 0.65 would join all three (A–B = B–C = 0.71); the mean over A,B vs C is only 0.5
    assert.deepEqual(clusterEdges(3, vectors, edgesOf(vectors), { linkSimilarity: 0.65, dayBonus: 0, dayPenalty: 0, hubness: 0 }), [[0, 1], [2]]);
  });

  it('should join groups whose mean similarity reaches the threshold', () => {
    const vectors = [unit([[0, 3], [1, 1]]), unit([[0, 3], [2, 1]]), unit([[0, 3], [3, 1]]), unit([[5, 1]])];
    assert.deepEqual(clusterEdges(4, vectors, edgesOf(vectors), { linkSimilarity: 0.65, dayBonus: 0, dayPenalty: 0, hubness: 0 }), [[0, 1, 2], [3]]);
  });

  it('should keep apart similar groups published far apart', () => {
    const vectors = [unit([[0, 1]]), unit([[0, 1], [1, 0.1]])];
    const times = Float64Array.from([0, 400 * 86_400_000]);
    const far = (ms: number) => (ms > 30 * 86_400_000 ? 0.1 : 1);
    assert.deepEqual(clusterEdges(2, vectors, edgesOf(vectors), { linkSimilarity: 0.65, dayBonus: 0, dayPenalty: 0, hubness: 0 }, { times, decay: far }), [[0], [1]]);
    assert.deepEqual(clusterEdges(2, vectors, edgesOf(vectors), { linkSimilarity: 0.65, dayBonus: 0, dayPenalty: 0, hubness: 0 }), [[0, 1]]);
  });

  it('should not cut a story covered week after week into periods', () => {
    const vectors = Array.from({ length: 6 }, (_, i) => unit([[0, 1], [i + 1, 0.2]]));
    const times = Float64Array.from(vectors, (_, i) => i * 10 * 86_400_000); // fifty days end to end
    const far = (ms: number) => (ms > 30 * 86_400_000 ? 0.1 : 1);
    assert.deepEqual(clusterEdges(6, vectors, edgesOf(vectors), { linkSimilarity: 0.65, dayBonus: 0, dayPenalty: 0, hubness: 0 }, { times, decay: far }), [[0, 1, 2, 3, 4, 5]]);
  });

  const plain = { linkSimilarity: 0.65, dayBonus: 0, dayPenalty: 0, hubness: 0 };
  // two articles at cosine 0.6 (below 0.65) and a third unrelated one
  const pairAt = (c: number) => [unit([[0, c], [1, Math.sqrt(1 - c * c)]]), unit([[0, 1]]), unit([[9, 1]])];

  it('should join undated takes whose leads name the same weekday, and part those that name different ones', () => {
    const vectors = pairAt(0.6);
    const days = { dayBonus: 0.1, dayPenalty: 0.2 };
    assert.deepEqual(clusterEdges(3, vectors, edgesOf(vectors), { ...plain, ...days }, { weekdays: Int8Array.from([2, 2, -1]) }), [[0, 1], [2]]);
    assert.deepEqual(clusterEdges(3, vectors, edgesOf(vectors), { ...plain, ...days }, { weekdays: Int8Array.from([2, -1, -1]) }), [[0], [1], [2]]);
    const close = pairAt(0.7);
    assert.deepEqual(clusterEdges(3, close, edgesOf(close), { ...plain, ...days }, { weekdays: Int8Array.from([2, 3, -1]) }), [[0], [1], [2]]);
    assert.deepEqual(clusterEdges(3, close, edgesOf(close), plain, { weekdays: Int8Array.from([2, 3, -1]) }), [[0, 1], [2]]);
  });

  it('should ask more of articles that are close to many others (hubs), and no less of the rest', () => {
    const vectors = [...pairAt(0.7), unit([[8, 1]]), unit([[7, 1]])];
    const hubs = { closeness: Float64Array.from([0.9, 0.9, 0.1, 0.1, 0.1]) };
    assert.deepEqual(clusterEdges(5, vectors, edgesOf(vectors), { ...plain, hubness: 1 }, hubs), [[0], [1], [2], [3], [4]]);
    assert.deepEqual(clusterEdges(5, vectors, edgesOf(vectors), plain, hubs), [[0, 1], [2], [3], [4]]);
    // articles no closer than the median are not lifted
    const lone = { closeness: Float64Array.from([0, 0, 0.9, 0.9, 0.9]) };
    const weak = [...pairAt(0.6), unit([[8, 1]]), unit([[7, 1]])];
    assert.deepEqual(clusterEdges(5, weak, edgesOf(weak), { ...plain, hubness: 1 }, lone), [[0], [1], [2], [3], [4]]);
  });
});
