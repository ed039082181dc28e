// Stories: clusters of articles about one event. TF-IDF vectors over the whole set; neighbours found
// through an inverted index of each article's most distinctive terms (no all-pairs comparison); each
// vector smoothed with its two nearest neighbours; then average link over the neighbour graph, damped
// by distance in publication date, nudged for undated articles by the weekday each lead names (undated
// takes on one event are written the same day), and asking more of hubs (articles close to many others). The grouping is a pure function of the set of articles: they are
// sorted by id first, and every tie is broken by id or term, never by input order.
import { CANDIDATE_DEFAULTS, candidateEdges, type CandidateOptions, type Edge } from './story-candidates.ts';
import { CLUSTER_DEFAULTS, clusterEdges, type ClusterOptions } from './story-cluster.ts';
import { SMOOTH_DEFAULTS, smoothVectors, type SmoothOptions } from './text-vector-smooth.ts';
import { countTerms, type TermCounts } from './text-vector-terms.ts';
import { cosine, vectorise, VECTOR_DEFAULTS, type SparseVector, type VectorOptions } from './text-vector.ts';

export interface StoryDoc {
  id: string;
  title?: string | null;
  text: string;
  /** ISO 8601 date or time, when known. */
  published?: string | null;
}

/** Why the articles of a story were grouped. */
export interface StoryScore {
  /** Mean cosine of the articles to the story's centroid (1 for a single article). */
  cohesion: number;
  /** The terms that weigh most in the story and are shared by at least two of its articles. */
  terms: string[];
}

export interface StoryGroup {
  id: string;
  /** Article ids, sorted. */
  articles: string[];
  score?: StoryScore;
}

export interface DateOptions {
  /** Articles this many days apart or closer are not penalised. */
  windowDays: number;
  /** Beyond the window, similarity is multiplied by exp(-(days - window) / scaleDays). */
  scaleDays: number;
}

export interface StoryOptions {
  vector: VectorOptions;
  candidates: CandidateOptions;
  smooth: SmoothOptions;
  cluster: ClusterOptions;
  date: DateOptions;
}

export const STORY_DEFAULTS: StoryOptions = {
  vector: VECTOR_DEFAULTS,
  candidates: CANDIDATE_DEFAULTS,
  smooth: SMOOTH_DEFAULTS,
  cluster: CLUSTER_DEFAULTS,
  date: { windowDays: 7, scaleDays: 30 },
};

export interface PartialStoryOptions {
  vector?: Partial<VectorOptions>;
  candidates?: Partial<CandidateOptions>;
  smooth?: Partial<SmoothOptions>;
  cluster?: Partial<ClusterOptions>;
  date?: Partial<DateOptions>;
}

function resolve(o: PartialStoryOptions = {}): StoryOptions {
  return {
    vector: { ...STORY_DEFAULTS.vector, ...o.vector },
    candidates: { ...STORY_DEFAULTS.candidates, ...o.candidates },
    smooth: { ...STORY_DEFAULTS.smooth, ...o.smooth },
    cluster: { ...STORY_DEFAULTS.cluster, ...o.cluster },
    date: { ...STORY_DEFAULTS.date, ...o.date },
  };
}

const DAY = 86_400_000;

/** 1 within the window (or when a date is unknown: NaN), then decaying with the distance in days. */
function dateFactor(days: number, { windowDays, scaleDays }: DateOptions): number {
  return days > windowDays ? Math.exp(-(days - windowDays) / scaleDays) : 1;
}

function timeOf(published: string | null | undefined): number {
  if (!published) return NaN;
  return Date.parse(published);
}

/** An article reduced to what grouping needs; kept by StoryIndex so adding articles re-reads nothing. */
export interface CountedDoc {
  id: string;
  time: number;
  counts: TermCounts;
}

export function countDoc(d: StoryDoc): CountedDoc {
  return { id: d.id, time: timeOf(d.published), counts: countTerms(d.title, d.text) };
}

type Prepared = { vectors: SparseVector[]; vocabulary: string[]; smoothed: SparseVector[]; edges: Edge[]; closeness: Float64Array };

/** Articles whose similarity makes an article's usual closeness (see ClusterOptions.hubness). */
const CLOSEST = 3;

/** Per article, the mean smoothed similarity to its closest few neighbours (0 for missing ones). */
function closenessOf(smoothed: readonly SparseVector[], neighbours: readonly (readonly [number, number])[][]): Float64Array {
  return Float64Array.from(smoothed, (v, i) => {
    const sims = neighbours[i]!.map(([j]) => cosine(v, smoothed[j]!)).sort((x, y) => y - x);
    let s = 0;
    for (let k = 0; k < Math.min(CLOSEST, sims.length); k++) s += sims[k]!;
    return s / CLOSEST;
  });
}

// Two groupings of the same articles that differ only in how clusters join (a trace's stories and its
// looser claim scopes) share the vectors, candidate edges and smoothing, computed once; clusterEdges
// reads them without changing them. Kept per input array while it lives, and only for the same members.
const preparedFor = new WeakMap<readonly CountedDoc[], { members: CountedDoc[]; key: string; value: Prepared }>();

function prepared(input: readonly CountedDoc[], docs: CountedDoc[], opts: StoryOptions): Prepared {
  const key = JSON.stringify([opts.vector, opts.candidates, opts.smooth, opts.date]);
  const hit = preparedFor.get(input);
  if (hit && hit.key === key && hit.members.length === input.length && hit.members.every((d, i) => d === input[i])) return hit.value;
  const n = docs.length;
  const { vectors, vocabulary, df } = vectorise(docs.map((d) => d.counts), opts.vector);
  // date rank (undated last), then id: where long posting lists are walked
  const byDate = docs.map((_, i) => i).sort((a, b) => {
    const ta = docs[a]!.time;
    const tb = docs[b]!.time;
    if (Number.isNaN(ta) !== Number.isNaN(tb)) return Number.isNaN(ta) ? 1 : -1;
    return (Number.isNaN(ta) ? 0 : ta - tb) || a - b;
  });
  const order = new Uint32Array(n);
  byDate.forEach((d, k) => (order[d] = k));
  const adjust = (a: number, b: number, sim: number) => sim * dateFactor(Math.abs(docs[a]!.time - docs[b]!.time) / DAY, opts.date);
  const { neighbours, edges } = candidateEdges(vectors, df, order, opts.candidates, adjust);
  const smoothed = smoothVectors(vectors, neighbours, opts.smooth);
  const value = { vectors, vocabulary, smoothed, edges, closeness: closenessOf(smoothed, neighbours) };
  preparedFor.set(input, { members: [...input], key, value });
  return value;
}

/** Group counted articles (any order; sorted here by id). */
export function groupCounted(input: readonly CountedDoc[], options?: PartialStoryOptions): StoryGroup[] {
  const opts = resolve(options);
  const docs = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < docs.length; i++) {
    if (docs[i]!.id === docs[i - 1]!.id) throw new TypeError(`groupStories: duplicate article id "${docs[i]!.id}"`);
  }
  const n = docs.length;
  const { vectors, vocabulary, smoothed, edges, closeness } = prepared(input, docs, opts);
  const times = Float64Array.from(docs, (d) => d.time);
  const decay = (ms: number) => dateFactor(ms / DAY, opts.date);
  // the weekday a lead names stands in for a missing date; where the date is known, it decides
  const weekdays = Int8Array.from(docs, (d) => (Number.isNaN(d.time) ? d.counts.weekday : -1));
  const clusters = clusterEdges(n, smoothed, edges, opts.cluster, { times, decay, weekdays, closeness });
  // a term is shown as the word the story's first article wrote it with ("charges", not "charg")
  const shownAs = (term: string, members: number[]) => {
    for (const i of members) {
      const w = docs[i]!.counts.surface.get(term);
      if (w) return w;
    }
    return term;
  };
  const groups = clusters.map((members): StoryGroup => {
    const centroid = new Map<number, [number, number]>(); // term → [weight sum, articles]
    for (const i of members) {
      const v = vectors[i]!;
      v.terms.forEach((t, k) => {
        const c = centroid.get(t) ?? [0, 0];
        c[0] += v.weights[k]!;
        c[1]++;
        centroid.set(t, c);
      });
    }
    let norm = 0;
    for (const [w] of centroid.values()) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    let cohesion = 0;
    for (const i of members) {
      const v = vectors[i]!;
      v.terms.forEach((t, k) => (cohesion += (v.weights[k]! * centroid.get(t)![0]) / norm));
    }
    const shared = [...centroid].filter(([, [, c]]) => c >= Math.min(2, members.length));
    shared.sort((x, y) => y[1][0] - x[1][0] || x[0] - y[0]);
    const articles = members.map((i) => docs[i]!.id);
    return {
      id: `story:${articles[0]}`,
      articles,
      score: { cohesion: Math.round((cohesion / members.length) * 1000) / 1000, terms: shared.slice(0, 6).map(([t]) => shownAs(vocabulary[t]!, members)) },
    };
  });
  return groups.sort((a, b) => b.articles.length - a.articles.length || (a.id < b.id ? -1 : 1));
}

/** Group articles into stories. The same set in any order gives the same groups. */
export function groupStories(docs: readonly StoryDoc[], options?: PartialStoryOptions): StoryGroup[] {
  return groupCounted(docs.map(countDoc), options);
}
