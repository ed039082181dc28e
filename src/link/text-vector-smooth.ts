// Neighbour smoothing (pseudo-relevance feedback): each article's vector borrows the words of its
// closest articles. Two short takes on one event often share few words with each other ("postpones" /
// "delay") but both share words with a third take; after smoothing they meet. Costs a few vector sums
// per article, so it keeps linking linear.
import type { SparseVector } from './text-vector.ts';

export interface SmoothOptions {
  /** Nearest articles folded into each vector. */
  neighbours: number;
  /** Weight of a neighbour relative to the article itself, times their similarity. */
  weight: number;
  /** Neighbours less similar than this are not folded in. */
  minSimilarity: number;
}

export const SMOOTH_DEFAULTS: SmoothOptions = { neighbours: 2, weight: 3, minSimilarity: 0.1 };

export function smoothVectors(
  vectors: readonly SparseVector[],
  neighbours: readonly (readonly [number, number])[][],
  opts: SmoothOptions = SMOOTH_DEFAULTS,
): SparseVector[] {
  return vectors.map((v, i) => {
    const near = neighbours[i]!.filter(([, s]) => s >= opts.minSimilarity).slice(0, opts.neighbours);
    if (near.length === 0 || opts.weight === 0) return v;
    const sum = new Map<number, number>();
    v.terms.forEach((t, k) => sum.set(t, v.weights[k]!));
    for (const [j, s] of near) {
      const u = vectors[j]!;
      u.terms.forEach((t, k) => sum.set(t, (sum.get(t) ?? 0) + opts.weight * s * u.weights[k]!));
    }
    const entries = [...sum].sort((a, b) => a[0] - b[0]);
    let norm = 0;
    for (const [, w] of entries) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    return { terms: Uint32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1] / norm) };
  });
}
