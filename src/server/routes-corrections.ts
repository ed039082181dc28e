// Corrections over HTTP: list them, make one, withdraw one (src/trace/corrections.ts says what each kind
// does; the workspace keeps and logs them). Each write relinks, like an ingest, and answers with the
// correction and whether the new link applied it. A claim to split may be named by its id and a speaker
// attribution by words of its source or cue; both are anchored here the way `hearsay correct` does it.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { StoreError, type SqliteWorkspace } from '../store/index.ts';
import type { Correction, CorrectionBody } from '../trace/corrections.ts';
import { fail } from './errors.ts';
import { queryOf } from './query.ts';
import type { State } from './state.ts';

/** A correction as the API shows it: when it was withdrawn (null while in force) and whether the last link applied it. */
export type CorrectionRow = Correction & { withdrawnAt: string | null; applied: boolean };

export interface CorrectionAnswer {
  correction: CorrectionRow;
  /** Stories and claims after the relink. */
  stories: number;
  claims: number;
}

/** Header a client may name its user in, when the body has no "by". */
export const USER_HEADER = 'X-Hearsay-User';

const MAX_BODY = 64 * 1024;

export interface CorrectionDeps {
  state: () => State;
  /** Relink and return the new counts. */
  relink: () => { stories: number; claims: number };
  /** Runs a job after the ingest, link or correction before it has finished. */
  exclusive: <T>(job: () => Promise<T>) => Promise<T>;
  /** Who a correction is by when neither the body nor the header says. */
  user?: string;
}

const rowOf = (s: State, correction: Correction, withdrawnAt: string | null): CorrectionRow => ({
  ...correction,
  withdrawnAt,
  applied: withdrawnAt === null && (s.linked.trace.corrections.find((u) => u.id === correction.id)?.applied ?? false),
});

export function correctionRoutes(ws: SqliteWorkspace, deps: CorrectionDeps): Hono {
  const app = new Hono();
  const limit = bodyLimit({ maxSize: MAX_BODY, onError: () => fail(413, `the body is larger than ${MAX_BODY} bytes`) });

  app.get('/api/corrections', (c) => {
    queryOf(c, []);
    const s = deps.state();
    return c.json({ corrections: ws.corrections().map((x) => rowOf(s, x.correction, x.withdrawnAt)) });
  });

  app.post('/api/corrections', limit, async (c) => {
    queryOf(c, []);
    // JSON only: a page on another site cannot send it without a preflight, which this server never grants.
    if ((c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase() !== 'application/json') fail(415, 'the body must be application/json');
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      fail(400, 'the body is not valid JSON');
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail(400, 'the body must be a JSON object: a correction with "kind"');
    const r = { ...(raw as Record<string, unknown>) };
    for (const k of ['id', 'at']) if (k in r) fail(400, `"${k}" is given by the server, not the client`);
    const by = [r.by, c.req.header(USER_HEADER), deps.user].find((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (r.by !== undefined && (typeof r.by !== 'string' || !r.by.trim())) fail(400, '"by" must be a non-empty string');
    if (!by) fail(400, `"by" is required: who makes this correction (or send the ${USER_HEADER} header)`);
    if (r.note !== undefined && typeof r.note !== 'string') fail(400, '"note" must be a string');
    const body = anchor(ws, deps.state(), r);
    const answer = await withRelink(deps, () => ws.addCorrection({ ...body, by: by!.trim(), ...(typeof r.note === 'string' && r.note.trim() ? { note: r.note.trim() } : {}) }), (s, made) => rowOf(s, made, null));
    return c.json(answer);
  });

  app.post('/api/corrections/:id/withdraw', async (c) => {
    queryOf(c, []);
    const id = c.req.param('id');
    if (!/^k[1-9]\d{0,15}$/.test(id)) fail(400, `id must look like k12, not "${id.slice(0, 40)}"`);
    const known = ws.corrections().find((x) => x.correction.id === id) ?? fail(404, `no correction ${id}`);
    if (known.withdrawnAt !== null) fail(409, `correction ${id} was withdrawn at ${known.withdrawnAt}`);
    const answer = await withRelink(deps, () => ws.withdrawCorrection(id), (s, w) => rowOf(s, w.correction, w.withdrawnAt));
    return c.json(answer);
  });
  return app;
}

/** Store, relink (one at a time with ingests), and describe the correction as the new link sees it. */
function withRelink<T>(deps: CorrectionDeps, write: () => T, row: (s: State, t: T) => CorrectionRow): Promise<CorrectionAnswer> {
  return deps.exclusive(async () => {
    let made: T;
    try {
      made = write();
    } catch (e) {
      // The store checks the correction as it checks a corrections file: the message names the field.
      if (e instanceof StoreError && e.code === 'bad-input') fail(400, e.message);
      throw e;
    }
    const counts = deps.relink();
    return { correction: row(deps.state(), made!), ...counts };
  });
}

/** The body checked for the fields this route adds (claim, words) and turned into a stored correction's body. */
function anchor(ws: SqliteWorkspace, s: State, r: Record<string, unknown>): CorrectionBody & { note?: string } {
  const { by: _by, note: _note, ...rest } = r;
  if (r.kind === 'split-claim' && r.claim !== undefined) {
    if ('article' in r || 'offset' in r) fail(400, 'give "claim", or "article" and "offset", not both');
    if (typeof r.claim !== 'string' || !/^[1-9]\d{0,15}$/.test(r.claim)) fail(400, '"claim" must be a claim id, e.g. "17"');
    const claim = s.claimById.get(r.claim as string) ?? fail(400, `"claim": no claim ${String(r.claim)}`);
    const moved = r.articles;
    if (!Array.isArray(moved) || !moved.length || !moved.every((a) => typeof a === 'string' && a)) fail(400, '"articles" must list the article ids that carry the second claim');
    const ids = moved as string[];
    const missing = ids.filter((id) => !claim.appearances.some((a) => a.article === id));
    if (missing.length) fail(400, `"articles": claim ${claim.id} does not appear in article ${missing.join(', ')}`);
    const kept = claim.appearances.find((a) => a.article !== undefined && !ids.includes(a.article));
    if (!kept) fail(400, `"articles": every appearance of claim ${claim.id} is listed; nothing would be left of the first claim`);
    const { claim: _c, ...body } = rest;
    return { ...body, kind: 'split-claim', article: kept!.article!, offset: kept!.span.start, articles: ids } as CorrectionBody;
  }
  if (r.kind === 'speaker' && r.words !== undefined) {
    if ('offset' in r) fail(400, 'give "offset" or "words", not both');
    if (typeof r.words !== 'string' || !r.words.trim()) fail(400, '"words" must be a non-empty string: words of the source or cue');
    if (typeof r.article !== 'string' || !/^[1-9]\d{0,15}$/.test(r.article)) fail(400, '"article" must be an article id');
    const stored = ws.article(Number(r.article)) ?? fail(400, `"article": no article ${String(r.article)}`);
    const at = stored.article.text.indexOf((r.words as string).trim());
    if (at < 0) fail(400, `"words": article ${String(r.article)} does not contain "${(r.words as string).slice(0, 80)}"`);
    const { words: _w, ...body } = rest;
    return { ...body, offset: at } as unknown as CorrectionBody;
  }
  return rest as unknown as CorrectionBody;
}
