// The read routes: stories, articles, claims, search. All answer from the in-memory State and the
// workspace; none links. Spans are offsets into the article text, which /api/articles/:id returns.
import { Hono } from 'hono';
import type { DriftKind } from '../assess/drift.ts';
import { analysisToJson } from '../output/json.ts';
import { attributionAt, correctSpeakers } from '../trace/corrections.ts';
import type { Analysis } from '../types.ts';
import type { SearchHit, SqliteWorkspace } from '../store/index.ts';
import { fail } from './errors.ts';
import { Lru } from './lru.ts';
import { idParam, queryOf, wholeNumber } from './query.ts';
import { claimRow, type State, type StoryRow } from './state.ts';

const DRIFT_KINDS: readonly DriftKind[] = ['hardened', 'softened', 'misattributed', 'altered-quote', 'number-changed'];

export type SearchAnswer = { query: string; hits: { article: string; story: string | null; title: string | null; spans: unknown[]; titleSpans: unknown[] }[] };

/** How a search runs: on the workspace (this thread) or on a pool of workers (`SearchPool`). */
export type Search = (query: string, limit: number) => SearchHit[] | Promise<SearchHit[]>;

/**
 * `searches` remembers answers (search hits; story ids per query) until the workspace changes (the app
 * clears it on ingest and link); an answer that was being computed when it was cleared is not kept.
 */
export function readRoutes(ws: SqliteWorkspace, state: () => State, searches: Lru<string, SearchAnswer | string[]>, search: Search = (q, limit) => ws.search(q, limit)): Hono {
  const app = new Hono();
  const pages = new Lru<string, string>(200);
  let pagesOf: State | null = null;

  // A page of stories (default 100, at most 1000), or with q those whose articles match, best first.
  app.get('/api/stories', async (c) => {
    const q = queryOf(c, ['q', 'offset', 'limit']);
    const offset = wholeNumber('offset', q.offset) ?? 0;
    const limit = wholeNumber('limit', q.limit, 1000) ?? 100;
    if (limit < 1) fail(400, 'limit must be at least 1');
    const s = state();
    // The first thing the page asks for: kept serialized until the next link (or ingest, for q=).
    if (s !== pagesOf) pages.clear(), (pagesOf = s);
    const key = `${offset}\u0000${limit}\u0000${q.q ?? ''}`;
    let body = q.q === undefined ? pages.get(key) : undefined;
    if (body === undefined) {
      const list = q.q === undefined ? s.stories : await storiesMatching(s, searchQuery(q.q));
      body = JSON.stringify({ total: list.length, offset, stories: list.slice(offset, offset + limit) });
      if (q.q === undefined) pages.set(key, body);
    }
    return c.body(body, 200, { 'Content-Type': 'application/json' });
  });

  // Story ids per query share the search cache (paging through the results asks again).
  async function storiesMatching(s: State, query: string) {
    const key = `stories\u0000${query}`;
    const known = searches.get(key);
    let ids = Array.isArray(known) ? known : undefined;
    if (!ids) {
      const epoch = searches.epoch;
      const seen = new Set<string>();
      for (const h of await search(query, 1000)) {
        const story = s.storyOfArticle.get(String(h.article));
        if (story !== undefined) seen.add(story);
      }
      ids = [...seen];
      if (searches.epoch === epoch) searches.set(key, ids);
    }
    return ids.map((id) => s.storyById.get(id)).filter((x): x is StoryRow => x !== undefined);
  }

  app.get('/api/stories/:id', (c) => {
    const s = state();
    const id = idParam(c);
    queryOf(c, []);
    const story = s.storyById.get(id) ?? fail(404, `no story ${id}`);
    return c.json({
      ...story,
      articles: story.articles.map((a) => s.articleById.get(a)!),
      claims: s.linked.json.claims.filter((cl) => cl.story === id).map(claimRow),
    });
  });

  app.get('/api/articles/:id', (c) => {
    const id = idParam(c);
    queryOf(c, []);
    const stored = ws.article(Number(id)) ?? fail(404, `no article ${id}`);
    const saved = ws.analysis(stored.id);
    const s = state();
    // The reader shows the speakers as corrected: the corrections in force for this article, applied as
    // the trace applies them, each named with the attribution it changed.
    const speakerFixes = saved ? ws.corrections({ inForce: true }).map((x) => x.correction).filter((k) => k.kind === 'speaker' && k.article === id) : [];
    let analysis: Analysis | null = saved ? { ...saved.analysis, article: { ...saved.analysis.article, id } } : null;
    const corrected = speakerFixes.flatMap((k) => {
      const at = k.kind === 'speaker' && analysis ? attributionAt(analysis, k.offset) : -1;
      return at < 0 ? [] : [{ id: k.id, kind: k.kind, by: k.by, at: k.at, attribution: analysis!.attributions[at]!.id }];
    });
    if (analysis && speakerFixes.length) analysis = correctSpeakers([analysis], speakerFixes, new Set())[0]!;
    const row = s.articleById.get(id);
    const meta = stored.article.meta;
    return c.json({
      id,
      title: meta.title?.value ?? null,
      outlet: row?.outlet ?? meta.outlet?.value ?? null,
      url: stored.url,
      published: row?.published ?? meta.published?.value ?? null,
      firstSeen: stored.firstSeen,
      versionOf: stored.versionOf === null ? null : String(stored.versionOf),
      captures: stored.captures,
      story: s.storyOfArticle.get(id) ?? null,
      // The claims appearing here, with their span and stance in this article.
      claims: (s.claimsOfArticle.get(id) ?? []).flatMap((cid) => {
        const cl = s.claimById.get(cid)!;
        return cl.appearances.filter((a) => a.article === id).map((a) => ({ id: cid, text: cl.text, stance: a.stance, speaker: a.speaker, span: a.span }));
      }),
      // Text is data: the client must show it as text. Every span below is an offset into it.
      text: stored.article.text,
      analysis: analysis ? { ...analysisToJson(analysis, { includeText: false }), id } : null,
      // Speaker corrections in force here, with the id of the attribution each changed.
      corrections: corrected,
    });
  });

  app.get('/api/claims', (c) => {
    const q = queryOf(c, ['story', 'minIndependent', 'maxIndependent', 'drift']);
    if (q.story !== undefined && !/^[1-9]\d{0,15}$/.test(q.story)) fail(400, `story must be a story id, not "${q.story.slice(0, 40)}"`);
    const min = wholeNumber('minIndependent', q.minIndependent);
    const max = wholeNumber('maxIndependent', q.maxIndependent);
    if (min !== undefined && max !== undefined && min > max) fail(400, 'minIndependent is larger than maxIndependent');
    const drift = q.drift;
    if (drift !== undefined && !(DRIFT_KINDS as readonly string[]).includes(drift)) fail(400, `drift must be one of ${DRIFT_KINDS.join(', ')}`);
    const claims = state()
      .linked.json.claims.filter((cl) => q.story === undefined || cl.story === q.story)
      .filter((cl) => (min === undefined || cl.independentSources >= min) && (max === undefined || cl.independentSources <= max))
      .filter((cl) => drift === undefined || cl.drift.some((d) => d.kind === drift));
    return c.json({ claims: claims.map(claimRow) });
  });

  app.get('/api/claims/:id', (c) => {
    const s = state();
    const id = idParam(c);
    queryOf(c, []);
    const claim = s.claimById.get(id) ?? fail(404, `no claim ${id}`);
    // The articles it touches, so a client can label appearances without a request per article.
    const ids = new Set([...claim.appearances.map((a) => a.article), ...claim.drift.flatMap((d) => [d.article, d.source.article])]);
    const articles = [...ids].filter((a): a is string => a !== undefined).map((a) => s.articleById.get(a)).filter(Boolean);
    return c.json({ ...claim, articles });
  });

  app.get('/api/search', async (c) => {
    const q = queryOf(c, ['q', 'limit']);
    const query = searchQuery(q.q);
    const limit = wholeNumber('limit', q.limit, 100) ?? 20;
    if (limit < 1) fail(400, 'limit must be at least 1');
    const key = `${limit}\u0000${query}`;
    const known = searches.get(key);
    if (known && !Array.isArray(known)) return c.json(known);
    const epoch = searches.epoch;
    const found = await search(query, limit);
    const s = state();
    const hits = found.map((h) => ({
      article: String(h.article),
      story: s.storyOfArticle.get(String(h.article)) ?? null,
      title: s.articleById.get(String(h.article))?.title ?? ws.article(h.article)?.article.meta.title?.value ?? null,
      spans: h.spans,
      titleSpans: h.titleSpans,
    }));
    if (searches.epoch === epoch) searches.set(key, { query, hits });
    return c.json({ query, hits });
  });

  app.get('/api/captures/:sha256', (c) => {
    queryOf(c, []);
    const { bytes: _, ...meta } = captureOf(c.req.param('sha256'));
    return c.json(meta);
  });

  // The original bytes as a download: never rendered by the browser (attachment, nosniff, no CSP rights).
  app.get('/api/captures/:sha256/raw', (c) => {
    queryOf(c, []);
    const cap = captureOf(c.req.param('sha256'));
    return c.body(cap.bytes as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'application/octet-stream', 'Content-Disposition': `attachment; filename="${cap.sha256}.bin"` });
  });

  function captureOf(sha256: string) {
    if (!/^[0-9a-f]{64}$/.test(sha256)) fail(400, 'a capture is named by its SHA-256, 64 lowercase hex digits');
    return ws.capture(sha256) ?? fail(404, `no capture ${sha256}`);
  }

  return app;
}

function searchQuery(raw: string | undefined): string {
  const query = raw?.trim() ?? '';
  if (!query) fail(400, 'q is required: words, "phrases", prefix*, OR');
  if (query.length > 500) fail(400, 'q is longer than 500 characters');
  return query;
}
