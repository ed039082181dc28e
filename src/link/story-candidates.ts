// Nearest neighbours of every article without comparing all pairs. Each article is indexed under its
// few most distinctive terms; it meets only the articles that share one of them. A term shared by very
// many articles (a long posting list) is not used whole: each article meets just its neighbours in that
// list ordered by date, so the work per article stays bounded and linking grows linearly with the set.
import { cosine, type SparseVector } from './text-vector.ts';

export interface CandidateOptions {
  /** Terms per article used to look for neighbours (its strongest). */
  probeTerms: number;
  /** A posting list longer than this is walked only near the article (by date). */
  maxPosting: number;
  /** Articles scored exactly per article, the best by shared probe weight. */
  maxCandidates: number;
  /** Neighbours kept per article. */
  neighbours: number;
  /** Edges below this cosine are dropped. */
  minSimilarity: number;
}

export const CANDIDATE_DEFAULTS: CandidateOptions = {
  probeTerms: 12,
  maxPosting: 100,
  maxCandidates: 40,
  neighbours: 10,
  minSimilarity: 0.05,
};

/** An undirected similarity edge, a < b. */
export interface Edge {
  a: number;
  b: number;
  sim: number;
}

export interface Neighbourhood {
  /** Per article, its nearest articles [index, similarity], most similar first. */
  neighbours: [number, number][][];
  /** The union of all neighbour relations, strongest first. */
  edges: Edge[];
}

/** The article's strongest terms: [term ids, weights], strongest first, ties by term id. */
function probes(v: SparseVector, k: number, df: Uint32Array): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < v.terms.length; i++) if (df[v.terms[i]!]! > 1) out.push([v.terms[i]!, v.weights[i]!]);
  out.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  return out.slice(0, k);
}

/** The k items with the highest score (ties by index), without sorting them all. */
function topByScore(items: number[], score: Float64Array, k: number): number[] {
  if (items.length > 4 * k) {
    // a cut-off from a sample would be approximate; the exact k-th score by selection is cheap enough
    const values = Float64Array.from(items, (j) => score[j]!);
    const cut = kthLargest(values, k);
    items = items.filter((j) => score[j]! >= cut);
  }
  return items.sort((x, y) => score[y]! - score[x]! || x - y).slice(0, k);
}

/** Quickselect: the k-th largest value (1-based) of a, which it reorders. */
function kthLargest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  const want = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! > pivot) i++;
      while (a[j]! < pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else break;
  }
  return a[want]!;
}

/**
 * Similarity edges between articles. `order[i]` is article i's rank by date (then id), used to walk
 * long posting lists near the article; `adjust` may scale a similarity (e.g. by date distance).
 */
export function candidateEdges(
  vectors: readonly SparseVector[],
  df: Uint32Array,
  order: Uint32Array,
  opts: CandidateOptions = CANDIDATE_DEFAULTS,
  adjust: (a: number, b: number, sim: number) => number = (_a, _b, s) => s,
): Neighbourhood {
  const n = vectors.length;
  const neighbours: [number, number][][] = [];
  const probeLists = vectors.map((v) => probes(v, opts.probeTerms, df));
  // postings: term → articles probing it, in date order
  const postings = new Map<number, number[]>();
  for (let i = 0; i < n; i++) for (const [t] of probeLists[i]!) {
    let p = postings.get(t);
    if (!p) postings.set(t, (p = []));
    p.push(i);
  }
  const position = new Map<number, Map<number, number>>();
  for (const [t, p] of postings) {
    if (p.length <= opts.maxPosting) continue;
    p.sort((x, y) => order[x]! - order[y]!);
    position.set(t, new Map(p.map((d, k) => [d, k])));
  }
  const half = Math.floor(opts.maxPosting / 2);
  const best = new Map<number, Edge>();
  const score = new Float64Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const [t, w] of probeLists[i]!) {
      const p = postings.get(t)!;
      const pos = position.get(t);
      let lo = 0;
      let hi = p.length;
      if (pos) {
        const k = pos.get(i)!;
        lo = Math.max(0, k - half);
        hi = Math.min(p.length, k + half + 1);
      }
      for (let k = lo; k < hi; k++) {
        const j = p[k]!;
        if (j === i) continue;
        if (score[j] === 0) touched.push(j);
        score[j] += w;
      }
    }
    const scored: Edge[] = [];
    for (const j of topByScore(touched, score, opts.maxCandidates)) {
      const sim = adjust(i, j, cosine(vectors[i]!, vectors[j]!));
      if (sim >= opts.minSimilarity) scored.push(i < j ? { a: i, b: j, sim } : { a: j, b: i, sim });
    }
    for (const j of touched) score[j] = 0;
    touched.length = 0;
    scored.sort((x, y) => y.sim - x.sim || x.a - y.a || x.b - y.b);
    const kept = scored.slice(0, opts.neighbours);
    for (const e of kept) best.set(e.a * n + e.b, e);
    neighbours.push(kept.map((e) => [e.a === i ? e.b : e.a, e.sim]));
  }
  const edges = [...best.values()].sort((x, y) => y.sim - x.sim || x.a - y.a || x.b - y.b);
  return { neighbours, edges };
}
