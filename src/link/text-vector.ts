// TF-IDF vectors over a whole set of articles. Sublinear term frequency, title words weighted up, each
// vector cut to its strongest terms and L2-normalised, so cosine is a dot product of two short sorted
// arrays. Everything is a pure function of the set: term ids follow the sorted vocabulary.
import type { TermCounts } from './text-vector-terms.ts';

export interface VectorOptions {
  /** Extra weight of a title occurrence, as if the word appeared this many more times. */
  titleBoost: number;
  /** Terms kept per article (the strongest). */
  maxTerms: number;
  /** Added to ln(N/df): above 0, words in every article still count a little (a set on one event). */
  idfFloor: number;
  /** Exponent on idf: above 1 favours rare words more. */
  idfPower: number;
}

export const VECTOR_DEFAULTS: VectorOptions = { titleBoost: 2, maxTerms: 80, idfFloor: 1, idfPower: 1 };

/** A sparse unit vector: term ids ascending, weights alongside. */
export interface SparseVector {
  terms: Uint32Array;
  weights: Float64Array;
}

export interface Vectorised {
  vectors: SparseVector[];
  /** term id → term, for explaining what holds a story together. */
  vocabulary: string[];
  /** term id → number of articles that contain it. */
  df: Uint32Array;
}

export function vectorise(docs: readonly TermCounts[], opts: VectorOptions = VECTOR_DEFAULTS): Vectorised {
  const dfMap = new Map<string, number>();
  for (const d of docs) {
    const seen = new Set<string>([...d.body.keys(), ...d.title.keys()]);
    for (const t of seen) dfMap.set(t, (dfMap.get(t) ?? 0) + 1);
  }
  const vocabulary = [...dfMap.keys()].sort();
  const ids = new Map<string, number>();
  const df = new Uint32Array(vocabulary.length);
  vocabulary.forEach((t, i) => {
    ids.set(t, i);
    df[i] = dfMap.get(t)!;
  });
  const n = docs.length;
  const idf = (d: number) => (Math.log((n + 1) / (d + 1)) + opts.idfFloor) ** opts.idfPower;
  const vectors = docs.map((d) => {
    const entries: [number, number][] = [];
    const terms = new Set<string>([...d.body.keys(), ...d.title.keys()]);
    for (const t of terms) {
      const tf = (d.body.get(t) ?? 0) + opts.titleBoost * (d.title.get(t) ?? 0);
      if (!(tf > 0)) continue;
      const id = ids.get(t)!;
      const w = (1 + Math.log(tf)) * idf(df[id]!);
      entries.push([id, w]);
    }
    // strongest first, ties by term id so the cut does not depend on anything but the set
    entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const kept = entries.slice(0, opts.maxTerms).sort((a, b) => a[0] - b[0]);
    let norm = 0;
    for (const [, w] of kept) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    return {
      terms: Uint32Array.from(kept, (e) => e[0]),
      weights: Float64Array.from(kept, (e) => e[1] / norm),
    };
  });
  return { vectors, vocabulary, df };
}

/** Dot product of two sparse vectors (cosine, since both are unit vectors). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i]!;
    const y = bt[j]!;
    if (x === y) s += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}
