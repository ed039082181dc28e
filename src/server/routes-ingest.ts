// POST /api/ingest: URLs (fetched like `hearsay ingest`, private addresses refused unless allowed),
// records ({"id","text"|"html",...} like a JSONL line), or one file's raw bytes with its name
// (application/octet-stream, ?name=report.html: HTML, text, JSONL, WARC, WACZ, feeds), then a new link
// (or, with ?link=later, none until POST /api/link). Ingests run one at a time; reads keep answering
// from the previous State until the new one is ready.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ingest, type IngestTally } from '../cli/workspace.ts';
import type { SqliteWorkspace } from '../store/index.ts';
import { fail } from './errors.ts';
import { queryOf } from './query.ts';

export interface IngestLimits {
  /** Largest JSON request body, in bytes (413 beyond). */
  maxBodyBytes: number;
  /** Largest uploaded file, in bytes (413 beyond). */
  maxUploadBytes: number;
  /** Most URLs or records in one request. */
  maxItems: number;
  allowPrivate: boolean;
}

export interface IngestAnswer {
  tally: IngestTally;
  /** Workspace ids of the articles this request added (new articles and new versions). */
  articles: string[];
  errors: string[];
  /** Stories and claims after the new link; null with ?link=later. */
  stories: number | null;
  claims: number | null;
}

export interface IngestProgress {
  running: boolean;
  /** The file name, or how many URLs or records. */
  source: string | null;
  /** Stored so far; null until the first batch is in. */
  tally: IngestTally | null;
}

type Body = { urls: string[] } | { records: Record<string, unknown>[] } | { file: { name: string; bytes: Uint8Array } };

/** File names an upload may have: the kinds `hearsay ingest` reads, by extension. */
export const UPLOAD_NAME = /^[\w.-]{1,120}\.(?:html?|xhtml|txt|text|md|jsonl|ndjson|xml|rss|atom|warc|warc\.gz|wacz)$/i;

/** The upload's name, reduced to its last path segment; refused unless its extension says what it is. */
function uploadName(raw: string | undefined): string {
  const name = (raw ?? '').split(/[\\/]/).pop()!.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '');
  if (!UPLOAD_NAME.test(name)) fail(400, 'name must be a file name ending in .html, .htm, .txt, .md, .jsonl, .ndjson, .xml, .rss, .atom, .warc, .warc.gz or .wacz');
  return name;
}

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

const mediaType = (c: Context) => (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();

/** One queue for everything that writes to the workspace and relinks (ingests, links, corrections). */
export function serialQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job);
    queue = run.catch(() => undefined);
    return run;
  };
}

export function ingestRoutes(ws: SqliteWorkspace, limits: IngestLimits, relink: () => { stories: number; claims: number }, changed: () => void, serial = serialQueue()): Hono {
  const app = new Hono();
  let progress: IngestProgress = { running: false, source: null, tally: null };
  const jsonLimit = bodyLimit({ maxSize: limits.maxBodyBytes, onError: () => fail(413, `the body is larger than ${limits.maxBodyBytes} bytes`) });
  const fileLimit = bodyLimit({ maxSize: limits.maxUploadBytes, onError: () => fail(413, `the file is larger than ${limits.maxUploadBytes} bytes`) });
  // JSON or raw bytes only: a browser cannot send either cross-site without a preflight, which this
  // server never grants (form encodings and text/plain are refused).
  const limit: MiddlewareHandler = (c, next) => (mediaType(c) === 'application/octet-stream' ? fileLimit(c, next) : jsonLimit(c, next));

  app.post('/api/ingest', limit, async (c) => {
    const type = mediaType(c);
    if (type !== 'application/json' && type !== 'application/octet-stream') fail(415, 'the body must be application/json, or a file as application/octet-stream with ?name=');
    const q = queryOf(c, type === 'application/octet-stream' ? ['name', 'link'] : ['link']);
    if (q.link !== undefined && q.link !== 'now' && q.link !== 'later') fail(400, 'link must be now or later');
    let body: Body;
    if (type === 'application/octet-stream') {
      const name = uploadName(q.name);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (!bytes.length) fail(400, 'the file is empty');
      body = { file: { name, bytes } };
    } else {
      let raw: unknown;
      try {
        raw = await c.req.json();
      } catch {
        fail(400, 'the body is not valid JSON');
      }
      body = bodyOf(raw, limits.maxItems);
    }
    const answer = await serial(async () => {
      const known = new Set(ws.articleIds());
      const source = 'file' in body ? body.file.name : 'urls' in body ? `${body.urls.length} URLs` : `${body.records.length} records`;
      progress = { running: true, source, tally: null };
      let r: Awaited<ReturnType<typeof ingestBody>>;
      try {
        r = await ingestBody(ws, body, limits.allowPrivate, (tally) => (progress = { running: true, source, tally: { ...tally } }));
      } finally {
        progress = { running: false, source: null, tally: null };
      }
      changed();
      const articles = ws.articleIds().filter((id) => !known.has(id)).map(String);
      return { ...r, articles, ...(q.link === 'later' ? { stories: null, claims: null } : relink()) };
    });
    return c.json(answer satisfies IngestAnswer);
  });

  // While an ingest runs: what it has stored so far (after each batch of 50), for the page's progress line.
  app.get('/api/ingest/progress', (c) => {
    queryOf(c, []);
    return c.json(progress);
  });

  // After a run of ?link=later ingests (a folder dropped file by file): one link for all of them.
  app.post('/api/link', async (c) => {
    queryOf(c, []);
    return c.json(await serial(async () => relink()));
  });
  return app;
}

async function ingestBody(ws: SqliteWorkspace, body: Body, allowPrivate: boolean, progress: (t: IngestTally) => void): Promise<{ tally: IngestTally; errors: string[] }> {
  const errors: string[] = [];
  const onError = (m: string) => errors.push(m);
  if ('urls' in body) return { tally: await ingest(ws, body.urls, { allowPrivate, onError, progress, batchSize: 50 }), errors };
  // Records and files go through the file readers, the same checks and limits as `hearsay ingest file`.
  const dir = await mkdtemp(join(tmpdir(), 'hearsay-ingest-'));
  try {
    const name = 'file' in body ? body.file.name : 'request.jsonl';
    const file = join(dir, name);
    await writeFile(file, 'file' in body ? body.file.bytes : body.records.map((r) => JSON.stringify(r)).join('\n'));
    const tally = await ingest(ws, [file], { progress, batchSize: 50, onError: (m) => onError(m.split(file).join('file' in body ? name : 'request')) });
    return { tally, errors };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
