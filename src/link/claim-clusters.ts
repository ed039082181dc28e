// The same claim across articles: units whose terms match closely are one claim with many appearances.
// Average-link agglomerative clustering over TF-IDF cosine, within a story; candidate pairs come from an
// inverted index of terms, so units that share no term are never compared.
import type { ClaimUnit } from './claim-units.ts';
import { cosine, tfidf } from './terms.ts';

export interface ClaimClusterOptions {
  /** Average similarity at or above which two groups of units merge. */
  threshold?: number;
  /** Terms in more than this share of units say nothing about which claim a unit makes. */
  maxTermShare?: number;
}

const KEY_TERMS = 10;

/** Groups of unit indexes, each one claim; only groups that span two or more articles are returned. */
export function clusterClaims(units: ClaimUnit[], opts: ClaimClusterOptions = {}): number[][] {
  const threshold = opts.threshold ?? 0.28;
  const maxShare = opts.maxTermShare ?? 0.5;
  const n = units.length;
  if (n === 0) return [];
  const df = new Map<string, number>();
  for (const u of units) for (const t of new Set(u.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const vectors = units.map((u) => tfidf(u.terms, df, n));
  // Candidates share one of each other's most distinctive terms: common words would pair everything.
  const index = new Map<string, number[]>();
  const keyTerms = units.map((u) => [...new Set(u.terms)].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || (a < b ? -1 : 1)).slice(0, KEY_TERMS));
  units.forEach((_, i) => {
    for (const t of keyTerms[i]!) {
      if ((df.get(t) ?? 0) > Math.max(2, maxShare * n)) continue;
      const list = index.get(t);
      if (list) list.push(i);
      else index.set(t, [i]);
    }
  });
  // Sparse similarities between units of different articles (the same article may restate a claim,
  // which joins through the other articles).
  const sims = new Map<number, Map<number, number>>();
  const setSim = (a: number, b: number, s: number) => {
    if (!sims.has(a)) sims.set(a, new Map());
    sims.get(a)!.set(b, s);
  };
  for (let i = 0; i < n; i++) {
    const seen = new Set<number>();
    for (const t of keyTerms[i]!) {
      for (const j of index.get(t) ?? []) {
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        const s = cosine(vectors[i]!, vectors[j]!);
        if (s >= threshold * 0.5) (setSim(i, j, s), setSim(j, i, s));
      }
    }
  }
  // Greedy average link: take candidate pairs from the most similar down, and join their groups when
  // the mean similarity between all members of the two reaches the threshold. One pass over the edges.
  const edges: [number, number, number][] = [];
  for (const [a, m] of sims) for (const [b, v] of m) if (a < b && v >= threshold) edges.push([v, a, b]);
  edges.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  // Each group keeps the sum of similarities to every group it touches, updated on merge, so the mean
  // link between two groups is one lookup.
  const owner = units.map((_, i) => i);
  const clusters = new Map<number, number[]>(units.map((_, i) => [i, [i]]));
  const sums = new Map<number, Map<number, number>>();
  for (const [a, m] of sims) sums.set(a, new Map(m));
  for (const [, i, j] of edges) {
    const a = owner[i]!, b = owner[j]!;
    if (a === b) continue;
    const ca = clusters.get(a)!, cb = clusters.get(b)!;
    const link = (sums.get(a)?.get(b) ?? 0) / (ca.length * cb.length);
    if (link < threshold) continue;
    const [keep, drop] = ca.length >= cb.length ? [a, b] : [b, a];
    for (const m of clusters.get(drop)!) owner[m] = keep;
    clusters.get(keep)!.push(...clusters.get(drop)!);
    clusters.delete(drop);
    const into = sums.get(keep) ?? new Map<number, number>();
    sums.set(keep, into);
    for (const [c, v] of sums.get(drop) ?? []) {
      if (c === keep) continue;
      into.set(c, (into.get(c) ?? 0) + v);
      const back = sums.get(c)!;
      back.set(keep, (back.get(keep) ?? 0) + v);
      back.delete(drop);
    }
    into.delete(drop);
    sums.delete(drop);
  }
  return [...clusters.values()]
    .filter((c) => new Set(c.map((i) => units[i]!.article)).size >= 2)
    .map((c) => c.sort((x, y) => x - y));
}
