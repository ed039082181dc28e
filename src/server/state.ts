// What the server keeps in memory between requests: the workspace's link result and the indexes the
// routes read. Linking is expensive, so it runs once at start and once after each ingest, never per GET.
import type { Linked } from '../cli/workspace.ts';
import { link } from '../cli/workspace.ts';
import type { SqliteWorkspace } from '../store/index.ts';

export type ClaimJson = Linked['json']['claims'][number];

/** What the trace knows about one article, for lists (the full text is read from the workspace). */
export interface ArticleRow {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
}

export interface StoryRow {
  id: string;
  /** The headline of its earliest article (or of its first, when none is dated). */
  title: string | null;
  articleCount: number;
  articles: string[];
  outlets: string[];
  /** ISO instants of the earliest and latest publication, null when no article is dated. */
  first: string | null;
  last: string | null;
  terms: string[];
  claimCount: number;
}

export interface State {
  linked: Linked;
  stories: StoryRow[];
  storyById: Map<string, StoryRow>;
  claimById: Map<string, ClaimJson>;
  articleById: Map<string, ArticleRow>;
  /** Story id of each current article (an article is in one story at most). */
  storyOfArticle: Map<string, string>;
  /** Ids of the claims that appear in each article, for the reader. */
  claimsOfArticle: Map<string, string[]>;
}

export function loadState(ws: SqliteWorkspace): State {
  const linked = link(ws);
  const { trace, json } = linked;
  const articleById = new Map<string, ArticleRow>();
  trace.inputs.forEach((input, n) => {
    const a = input.analysis.article;
    articleById.set(a.id, {
      id: a.id,
      title: a.meta.title?.value ?? null,
      outlet: json.articles[n]?.outlet ?? null,
      url: input.url ?? null,
      published: input.published ?? null,
    });
  });
  const published = new Map(trace.articles.map((a) => [a.id, a.published]));
  const storyOfArticle = new Map<string, string>();
  const claimCount = new Map<string, number>();
  for (const c of json.claims) if (c.story !== null) claimCount.set(c.story, (claimCount.get(c.story) ?? 0) + 1);
  const stories = trace.stories.map((s, i): StoryRow => {
    const id = json.stories[i]!.id;
    for (const a of s.articles) storyOfArticle.set(a, id);
    const times = s.articles.map((a) => published.get(a)!).filter(Number.isFinite);
    const dated = s.articles.filter((a) => Number.isFinite(published.get(a)));
    const earliest = dated.length ? dated.reduce((x, y) => (published.get(y)! < published.get(x)! ? y : x)) : s.articles[0];
    return {
      id,
      title: (earliest && articleById.get(earliest)?.title) ?? null,
      articleCount: s.articles.length,
      articles: s.articles,
      outlets: [...new Set(s.articles.map((a) => articleById.get(a)?.outlet).filter((o): o is string => Boolean(o)))],
      first: times.length ? new Date(Math.min(...times)).toISOString() : null,
      last: times.length ? new Date(Math.max(...times)).toISOString() : null,
      terms: s.score?.terms ?? [],
      claimCount: claimCount.get(id) ?? 0,
    };
  });
  const claimsOfArticle = new Map<string, string[]>();
  for (const c of json.claims) {
    for (const a of new Set(c.appearances.map((x) => x.article).filter((x): x is string => x !== undefined))) {
      const list = claimsOfArticle.get(a);
      if (list) list.push(c.id);
      else claimsOfArticle.set(a, [c.id]);
    }
  }
  return {
    linked,
    stories,
    claimsOfArticle,
    storyById: new Map(stories.map((s) => [s.id, s])),
    claimById: new Map(json.claims.map((c) => [c.id, c])),
    articleById,
    storyOfArticle,
  };
}

/** One row of the claim table: the claim without its spans. */
export function claimRow(c: ClaimJson) {
  return {
    id: c.id,
    story: c.story,
    text: c.text,
    appearances: c.appearances.length,
    independentSources: c.independentSources,
    primarySources: c.primarySources,
    firstAppearance: c.firstAppearance ?? null,
    drift: [...new Set(c.drift.map((d) => d.kind))],
    /** Some article disputes or denies it. */
    disputed: c.appearances.some((a) => a.stance === 'disputed' || a.stance === 'denied'),
  };
}
