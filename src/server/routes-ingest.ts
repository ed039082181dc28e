// POST /api/ingest: URLs (fetched like `hearsay ingest`, private addresses refused unless allowed) or
// records ({"id","text"|"html",...} like a JSONL line), then a new link. Ingests run one at a time;
// reads keep answering from the previous State until the new one is ready.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ingest, type IngestTally } from '../cli/workspace.ts';
import type { SqliteWorkspace } from '../store/index.ts';
import { fail } from './errors.ts';

export interface IngestLimits {
  /** Largest request body, in bytes (413 beyond). */
  maxBodyBytes: number;
  /** Most URLs or records in one request. */
  maxItems: number;
  allowPrivate: boolean;
}

export interface IngestAnswer {
  tally: IngestTally;
  /** Workspace ids of the articles this request added (new articles and new versions). */
  articles: string[];
  errors: string[];
  stories: number;
  claims: number;
}

type Body = { urls: string[] } | { records: Record<string, unknown>[] };

/** The body's shape checked here; each record's fields are checked by the JSONL reader, as for a file. */
function bodyOf(raw: unknown, maxItems: number): Body {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(400, 'the body must be a JSON object: {"urls": [...]} or {"records": [...]}');
  const keys = Object.keys(raw);
  if (keys.length !== 1 || (keys[0] !== 'urls' && keys[0] !== 'records')) return fail(400, 'the body must have exactly one of "urls" or "records"');
  const list = (raw as Record<string, unknown>)[keys[0]];
  if (!Array.isArray(list) || !list.length) return fail(400, `"${keys[0]}" must be a non-empty array`);
  if (list.length > maxItems) return fail(413, `at most ${maxItems} ${keys[0]} per request`);
  if (keys[0] === 'urls') {
    for (const u of list) {
      // Only absolute http(s) URLs: anything else would be read as a local path, glob or "-" by ingest.
      let ok = false;
      try {
        ok = typeof u === 'string' && /^https?:$/.test(new URL(u).protocol) && /^https?:\/\//i.test(u);
      } catch {}
      if (!ok) fail(400, `not an http(s) URL: ${JSON.stringify(u).slice(0, 80)}`);
    }
    return { urls: list as string[] };
  }
  for (const r of list) if (typeof r !== 'object' || r === null || Array.isArray(r)) fail(400, 'each record must be a JSON object with "id" and "text" or "html"');
  return { records: list as Record<string, unknown>[] };
}

export function ingestRoutes(ws: SqliteWorkspace, limits: IngestLimits, relink: () => { stories: number; claims: number }): Hono {
  const app = new Hono();
  let queue: Promise<unknown> = Promise.resolve();
  app.post('/api/ingest', bodyLimit({ maxSize: limits.maxBodyBytes, onError: () => fail(413, `the body is larger than ${limits.maxBodyBytes} bytes`) }), async (c) => {
    const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
    // JSON only: a browser cannot send it cross-site without a preflight, which this server never grants.
    if (type !== 'application/json') fail(415, 'the body must be application/json');
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      fail(400, 'the body is not valid JSON');
    }
    const body = bodyOf(raw, limits.maxItems);
    const run = queue.then(async () => {
      const known = new Set(ws.articleIds());
      const r = await ingestBody(ws, body, limits.allowPrivate);
      const articles = ws.articleIds().filter((id) => !known.has(id)).map(String);
      return { ...r, articles, ...relink() };
    });
    queue = run.catch(() => undefined);
    return c.json((await run) satisfies IngestAnswer);
  });
  return app;
}

async function ingestBody(ws: SqliteWorkspace, body: Body, allowPrivate: boolean): Promise<{ tally: IngestTally; errors: string[] }> {
  const errors: string[] = [];
  const onError = (m: string) => errors.push(m);
  if ('urls' in body) return { tally: await ingest(ws, body.urls, { allowPrivate, onError }), errors };
  // Records go through the JSONL reader, the same checks and limits as `hearsay ingest records.jsonl`.
  const dir = await mkdtemp(join(tmpdir(), 'hearsay-ingest-'));
  try {
    const file = join(dir, 'request.jsonl');
    await writeFile(file, body.records.map((r) => JSON.stringify(r)).join('\n'));
    const tally = await ingest(ws, [file], { onError: (m) => onError(m.split(file).join('request')) });
    return { tally, errors };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
