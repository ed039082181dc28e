// Average-link grouping over the neighbour graph. For unit vectors the mean cosine between two groups is
// the dot product of their vector sums divided by both sizes, so it is computed exactly from the sums,
// without all pairs. Only groups joined by at least one neighbour edge are compared, which keeps the work
// linear; average link (not single link) keeps A–B–C chains of loosely related articles apart.
import type { Edge } from './story-candidates.ts';
import type { SparseVector } from './text-vector.ts';

export interface ClusterOptions {
  /** Groups join while the mean cosine between their articles reaches this. */
  linkSimilarity: number;
  /** Added to the similarity of two articles whose leads name the same weekday. */
  dayBonus: number;
  /** Taken from the similarity of two articles whose leads name different weekdays. */
  dayPenalty: number;
  /**
   * Hubness correction: the similarity of two articles is lowered by this times the mean of how much
   * closer than the set's median article each is to its own nearest articles (`ClusterSignals.closeness`).
   */
  hubness: number;
}

export const CLUSTER_DEFAULTS: ClusterOptions = { linkSimilarity: 0.65, dayBonus: 0.2, dayPenalty: 0.2, hubness: 1 };

/** What is known of each article beyond its words (all optional). */
export interface ClusterSignals {
  /** Publication time in ms, NaN when unknown. */
  times?: Float64Array;
  /** A factor from the gap in ms between two groups' date ranges. */
  decay?: (ms: number) => number;
  /** The weekday the article's lead names (0–6), -1 when none. */
  weekdays?: Int8Array;
  /** How close the article usually is to its nearest articles (mean similarity to the closest few). */
  closeness?: Float64Array;
}

interface Group {
  sum: Map<number, number>;
  size: number;
  /** Earliest and latest date of the members (ms; NaN when none is dated). */
  first: number;
  last: number;
  /** Members per weekday named in their lead, and how many name one. */
  days: Int32Array;
  dated: number;
  /** Sum of the members' closeness above the set's median. */
  close: number;
  members: number[];
  near: Set<number>;
  version: number;
}

/** [similarity, a, b, version of a, version of b], a < b. */
type Pair = [number, number, number, number, number];

/** Strongest first; ties by the smaller indices, so the result depends on the set alone. */
const before = (x: Pair, y: Pair) => x[0] > y[0] || (x[0] === y[0] && (x[1] < y[1] || (x[1] === y[1] && x[2] < y[2])));

class PairHeap {
  private items: Pair[] = [];
  get size() {
    return this.items.length;
  }
  push(p: Pair) {
    const h = this.items;
    h.push(p);
    for (let i = h.length - 1; i > 0; ) {
      const up = (i - 1) >> 1;
      if (!before(h[i]!, h[up]!)) break;
      [h[i], h[up]] = [h[up]!, h[i]!];
      i = up;
    }
  }
  pop(): Pair {
    const h = this.items;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

const minKnown = (x: number, y: number) => (Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.min(x, y));
const maxKnown = (x: number, y: number) => (Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.max(x, y));

function dot(a: Map<number, number>, b: Map<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) {
    const x = large.get(t);
    if (x !== undefined) s += w * x;
  }
  return s;
}

function median(xs: Float64Array): number {
  if (xs.length === 0) return 0;
  const s = Float64Array.from(xs).sort();
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

/**
 * Groups of article indices (each sorted ascending) from unit vectors and their neighbour edges.
 *
 * The similarity of two groups is the mean over their pairs of articles of: the cosine; plus
 * `dayBonus` when both leads name the same weekday, minus `dayPenalty` when they name different ones
 * (undated short takes of one event are nearly always written the same day; successive events on one
 * topic are not); minus `hubness` times the pair's mean closeness above the set's median (a hub, an
 * article close to many others such as a generic take on a busy topic, needs more to join: its high
 * similarities say less about any one of them; an article far from everything gets no lift, since in a
 * real archive it is most often alone). Each term is a sum over pairs, kept per group, so the mean
 * stays exact. Then `times` and `decay` keep apart groups of similar
 * words published far apart: this year's budget vote and last year's. A story covered day after day
 * has no gap, so it is not cut into periods.
 */
export function clusterEdges(
  n: number,
  vectors: readonly SparseVector[],
  edges: readonly Edge[],
  opts: ClusterOptions = CLUSTER_DEFAULTS,
  signals: ClusterSignals = {},
): number[][] {
  const { times, weekdays, closeness } = signals;
  const decay = signals.decay ?? (() => 1);
  const hub = closeness && opts.hubness ? opts.hubness : 0;
  const usual = hub ? median(closeness!) : 0;
  const groups: (Group | null)[] = vectors.map((v, i) => {
    const sum = new Map<number, number>();
    v.terms.forEach((t, k) => sum.set(t, v.weights[k]!));
    const t = times?.[i] ?? NaN;
    const days = new Int32Array(7);
    const wd = weekdays?.[i] ?? -1;
    if (wd >= 0) days[wd] = 1;
    const close = hub ? Math.max(0, closeness![i]! - usual) : 0;
    return { sum, size: 1, first: t, last: t, days, dated: wd >= 0 ? 1 : 0, close, members: [i], near: new Set<number>(), version: 0 };
  });
  const heap = new PairHeap();
  const offer = (a: number, b: number) => {
    const ga = groups[a]!;
    const gb = groups[b]!;
    const d = dot(ga.sum, gb.sum);
    // the gap between the two groups' date ranges: none while coverage overlaps or runs on
    const apart = Math.max(0, Math.max(ga.first, gb.first) - Math.min(ga.last, gb.last)) || 0;
    let same = 0;
    for (let k = 0; k < 7; k++) same += ga.days[k]! * gb.days[k]!;
    const day = opts.dayBonus * same - opts.dayPenalty * (ga.dated * gb.dated - same);
    const hubs = hub ? (hub / 2) * (ga.close / ga.size + gb.close / gb.size) : 0;
    const sim = ((d + day) / (ga.size * gb.size) - hubs) * (apart ? decay(apart) : 1);
    if (sim < opts.linkSimilarity) return;
    heap.push(a < b ? [sim, a, b, ga.version, gb.version] : [sim, b, a, gb.version, ga.version]);
  };
  for (const e of edges) {
    groups[e.a]!.near.add(e.b);
    groups[e.b]!.near.add(e.a);
  }
  for (let a = 0; a < n; a++) for (const b of groups[a]!.near) if (a < b) offer(a, b);
  while (heap.size > 0) {
    const [, a, b, va, vb] = heap.pop();
    const ga = groups[a];
    const gb = groups[b];
    if (!ga || !gb || ga.version !== va || gb.version !== vb) continue; // stale
    // a (the smaller index) absorbs b; the larger sum takes in the smaller one's terms
    const [big, small] = ga.sum.size >= gb.sum.size ? [ga.sum, gb.sum] : [gb.sum, ga.sum];
    for (const [t, w] of small) big.set(t, (big.get(t) ?? 0) + w);
    ga.sum = big;
    ga.first = minKnown(ga.first, gb.first);
    ga.last = maxKnown(ga.last, gb.last);
    ga.size += gb.size;
    for (let k = 0; k < 7; k++) ga.days[k]! += gb.days[k]!;
    ga.dated += gb.dated;
    ga.close += gb.close;
    for (const m of gb.members) ga.members.push(m);
    ga.version++;
    groups[b] = null;
    for (const c of gb.near) if (c !== a) ga.near.add(c);
    ga.near.delete(b);
    for (const c of ga.near) {
      const gc = groups[c]!;
      gc.near.delete(b);
      gc.near.add(a);
      offer(a, c);
    }
  }
  return groups.filter((g): g is Group => g !== null).map((g) => g.members.sort((x, y) => x - y));
}
