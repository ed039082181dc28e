// Copies: articles that carry the same prose (a wire story and its clients, reposts, partial pastes).
// Pairs are found through an inverted index of 8-word shingles, so the work grows with the number of
// shared shingles rather than with the square of the corpus. A copy is never counted as corroboration.
import { shingle } from './shingles.ts';

export interface CopyDoc {
  id: string;
  text: string;
  published?: string | null;
}

export interface CopyLink {
  /** The later (copying) article. */
  article: string;
  /** The article it copies: the earliest member of its group of copies. */
  of: string;
  /** Shared shingles over the smaller article's shingles (containment): 1 = one contains the other. */
  similarity: number;
  /** How the direction was decided, for the user to check. */
  rule: 'earlier-published' | 'no-dates-most-central' | 'correction';
}

export interface CopyOptions {
  /** Containment at or above which two articles are copies. */
  threshold?: number;
  /** Fewest shared shingles for a pair to count at all (short texts share little by chance). */
  minShared?: number;
  /** Shingles in more articles than this are boilerplate and ignored. */
  maxDocFrequency?: number;
}

/** Sort key of a published value: timestamps by instant; a date-only value after timestamps of its day. */
export function publishedKey(published: string | null | undefined): number {
  if (!published) return Number.POSITIVE_INFINITY;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(published.trim());
  const t = Date.parse(dateOnly ? `${published.trim()}T23:59:59.999Z` : published);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t + (dateOnly ? 0.5 : 0);
}

export function findCopies(docs: CopyDoc[], opts: CopyOptions = {}): CopyLink[] {
  const threshold = opts.threshold ?? 0.35;
  const minShared = opts.minShared ?? 6;
  const maxDf = opts.maxDocFrequency ?? 500;
  const sh = docs.map((d) => shingle(d.text).shingles);
  const index = new Map<number, number[]>();
  sh.forEach((set, i) => {
    for (const s of set) {
      const list = index.get(s);
      if (list) list.push(i);
      else index.set(s, [i]);
    }
  });
  const pairSim = new Map<string, number>();
  const parent = docs.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  // Shared shingles with each later article, counted in an array; `touched` keeps first-touch order.
  const shared = new Int32Array(docs.length);
  const touched: number[] = [];
  for (let i = 0; i < docs.length; i++) {
    touched.length = 0;
    for (const s of sh[i]!) {
      const list = index.get(s)!;
      if (list.length > maxDf) continue;
      for (const j of list) if (j > i && shared[j]!++ === 0) touched.push(j);
    }
    for (const j of touched) {
      const n = shared[j]!;
      shared[j] = 0;
      const sim = n / Math.max(1, Math.min(sh[i]!.size, sh[j]!.size));
      if (n < minShared || sim < threshold) continue;
      pairSim.set(`${i},${j}`, sim);
      parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, number[]>();
  for (const key of pairSim.keys()) {
    for (const i of key.split(',').map(Number)) {
      const r = find(i);
      const g = groups.get(r) ?? [];
      if (!g.includes(i)) g.push(i);
      groups.set(r, g);
    }
  }
  const sim = (a: number, b: number) => pairSim.get(a < b ? `${a},${b}` : `${b},${a}`) ?? 0;
  const links: CopyLink[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const dated = members.some((i) => publishedKey(docs[i]!.published) !== Number.POSITIVE_INFINITY);
    const centrality = (i: number) => members.reduce((s, j) => s + sim(i, j), 0);
    const original = [...members].sort(
      (a, b) =>
        publishedKey(docs[a]!.published) - publishedKey(docs[b]!.published) ||
        centrality(b) - centrality(a) ||
        (docs[a]!.id < docs[b]!.id ? -1 : 1),
    )[0]!;
    for (const i of members) {
      if (i === original) continue;
      const direct = sim(i, original);
      const best = direct || Math.max(...members.filter((j) => j !== i).map((j) => sim(i, j)));
      links.push({
        article: docs[i]!.id,
        of: docs[original]!.id,
        similarity: Math.round(best * 1000) / 1000,
        rule: dated ? 'earlier-published' : 'no-dates-most-central',
      });
    }
  }
  return links.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
}
