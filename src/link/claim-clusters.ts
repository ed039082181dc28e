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
  /**
   * Similarity to a claim's centroid at or above which a unit of another article also carries that claim,
   * though it was grouped with another: one sentence can state two claims, or deny one while stating another.
   */
  carry?: number;
  /** Share of a claim's key-word weight a unit must hold to carry it, whatever else it says. */
  cover?: number;
  /** Centroid similarity at or above which two groups are one claim told in different words. */
  mergeThreshold?: number;
}

/**
 * Two direct quotes with a run of words in common are one quote, however many other words changed ("the
 * finest thing this town owns … has to pay its way" and "our greatest asset … has to pay its way"): their
 * similarity is the overlap of all their words, stop words included, since a quote is its exact words.
 */
export function quoteSimilarity(a: string[] | undefined, b: string[] | undefined): number {
  return a && b ? quoteMatch(quoteKey(a), quoteKey(b)) : 0;
}

interface QuoteKey {
  words: Set<string>;
  runs: Set<string>;
}

/** A quote's words and its runs of QUOTE_RUN words, computed once per unit. */
function quoteKey(words: string[]): QuoteKey {
  const runs = new Set<string>();
  for (let i = 0; i + QUOTE_RUN <= words.length; i++) runs.add(words.slice(i, i + QUOTE_RUN).join(' '));
  return { words: new Set(words), runs };
}

function quoteMatch(x: QuoteKey, y: QuoteKey): number {
  const [small, large] = x.runs.size <= y.runs.size ? [x, y] : [y, x];
  let run = false;
  for (const r of small.runs) if (large.runs.has(r)) { run = true; break; }
  if (!run) return 0;
  let inter = 0;
  for (const w of x.words) if (y.words.has(w)) inter++;
  return inter / (x.words.size + y.words.size - inter || 1);
}

const QUOTE_RUN = 4;

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
  const quoteKeys = units.map((u) => (u.quote ? quoteKey(u.quote) : null));
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
        const qi = quoteKeys[i], qj = quoteKeys[j];
        const s = Math.max(cosine(vectors[i]!, vectors[j]!), qi && qj ? quoteMatch(qi, qj) : 0);
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
  const groups = [...clusters.values()].filter((c) => new Set(c.map((i) => units[i]!.article)).size >= 2);
  return mergeClose(groups, vectors, opts.mergeThreshold ?? 0.45).map((c) => c.sort((x, y) => x - y));
}

/** The normalised sum of a group's unit vectors. */
function centroidOf(group: number[], vectors: Map<string, number>[]): Map<string, number> {
  const centroid = new Map<string, number>();
  for (const i of group) for (const [t, w] of vectors[i]!) centroid.set(t, (centroid.get(t) ?? 0) + w);
  let norm = 0;
  for (const w of centroid.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of centroid) centroid.set(t, w / norm);
  return centroid;
}

const CENTROID_TERMS = 8;
/** A claim's key words: the heaviest few of its centroid. */
const KEY_WORDS = 5;

/**
 * Average link is strict with a claim told in many wordings: "voted to introduce a six-crown fee" and
 * "will have to pay six crowns each to watch" end up in two groups whose members each match only some of
 * the other's. Groups whose centroids are close are one claim: merged, closest first.
 */
function mergeClose(groups: number[][], vectors: Map<string, number>[], threshold: number): number[][] {
  const centroids = groups.map((g) => centroidOf(g, vectors));
  const top = centroids.map((c) => [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CENTROID_TERMS).map(([t]) => t));
  const index = new Map<string, number[]>();
  top.forEach((ts, k) => ts.forEach((t) => (index.get(t) ?? index.set(t, []).get(t)!).push(k)));
  // Candidate pairs once, closest first; each merge is checked again against the groups as they are by then.
  const pairs: [number, number, number][] = [];
  top.forEach((ts, a) => {
    const seen = new Set<number>();
    for (const t of ts) {
      for (const b of index.get(t)!) {
        if (b <= a || seen.has(b)) continue;
        seen.add(b);
        const s = cosine(centroids[a]!, centroids[b]!);
        if (s >= threshold) pairs.push([s, a, b]);
      }
    }
  });
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const owner = groups.map((_, k) => k);
  const find = (k: number): number => (owner[k] === k ? k : (owner[k] = find(owner[k]!)));
  const members = groups.map((g) => [...g]);
  for (const [, a0, b0] of pairs) {
    const a = find(a0), b = find(b0);
    if (a === b) continue;
    if ((a !== a0 || b !== b0) && cosine(centroids[a]!, centroids[b]!) < threshold) continue;
    members[a]!.push(...members[b]!);
    members[b] = [];
    owner[b] = a;
    centroids[a] = centroidOf(members[a]!, vectors);
  }
  return members.filter((m) => m.length > 0);
}

/**
 * The units that carry a claim though they were grouped with another: one sentence can state two claims,
 * or deny one while repeating another ("after a claim that it had voted for a six-crown fee"). For each
 * group, from each article it does not reach, the unit most like its centroid, when like enough.
 */
export function carriers(units: ClaimUnit[], groups: number[][], opts: ClaimClusterOptions = {}): number[][] {
  const carry = opts.carry ?? 0.4;
  const cover = opts.cover ?? 0.5;
  const n = units.length;
  const df = new Map<string, number>();
  for (const u of units) for (const t of new Set(u.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const vectors = units.map((u) => tfidf(u.terms, df, n));
  const index = new Map<string, number[]>();
  units.forEach((u, i) => {
    for (const t of new Set(u.terms)) (index.get(t) ?? index.set(t, []).get(t)!).push(i);
  });
  return groups.map((g) => {
    const centroid = centroidOf(g, vectors);
    const reached = new Set(g.map((i) => units[i]!.article));
    const best = new Map<number, [number, number]>();
    const seen = new Set<number>(g);
    const top = [...centroid].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CENTROID_TERMS);
    const key = top.slice(0, KEY_WORDS);
    const keyWeight = key.reduce((sum, [, w]) => sum + w, 0) || 1;
    for (const [t] of top) {
      // A word most units use finds every unit, not those that carry this claim.
      if ((df.get(t) ?? 0) > Math.max(2, (opts.maxTermShare ?? 0.5) * n)) continue;
      for (const j of index.get(t) ?? []) {
        if (seen.has(j)) continue;
        seen.add(j);
        const a = units[j]!.article;
        if (reached.has(a)) continue;
        // Like the claim as a whole, or holding most of its key words among others of its own ("invented
        // the six-crown fee, the dozen wardens and a quote from the mayor" carries three claims).
        const s = cosine(vectors[j]!, centroid);
        const has = new Set(units[j]!.terms);
        const covered = key.reduce((sum, [t, w]) => sum + (has.has(t) ? w : 0), 0) / keyWeight;
        const score = Math.max(s, covered >= cover ? carry : 0);
        if (score >= carry && score > (best.get(a)?.[0] ?? 0)) best.set(a, [score, j]);
      }
    }
    return [...best.values()].map(([, j]) => j).sort((x, y) => x - y);
  });
}
