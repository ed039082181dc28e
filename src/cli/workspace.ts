// The CLI's view of a workspace: open it with the tool's version and settings, ingest sources into it,
// and link what it holds (stories and claims, saved with stable ids). Commands build on these.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { loadAttributionModel, MODEL_PATH } from '../analyze/attribution/load-node.ts';
import { decodeCapture } from '../capture/decode.ts';
import type { ArchiveLimits } from '../capture/archive-limits.ts';
import { CaptureError } from '../capture/error.ts';
import type { FetchOptions } from '../capture/fetch.ts';
import { readSources } from '../capture/sources.ts';
import { analyzeDocument, type DocumentInput } from '../pipeline.ts';
import { AnalyzePool, defaultWorkers } from '../store/analyze-pool.ts';
import type { Analysis } from '../types.ts';
import { claimsFromTrace, openWorkspace, storiesFromTrace, type Analyzer, type IngestRecord, type IngestResult, type SavedClaim, type SavedStory, type SqliteWorkspace } from '../store/index.ts';
import { trace, type Trace, type TraceInput } from '../trace/trace.ts';
import { traceToJson } from '../trace/trace-json.ts';
import { VERSION } from '../version.ts';

export function open(db: string, settings: Record<string, unknown> = {}): SqliteWorkspace {
  return openWorkspace(db, { toolVersion: VERSION, settings });
}

let analyzerCache: Analyzer | undefined;
export function analyzer(): Analyzer {
  analyzerCache ??= { toolVersion: VERSION, modelHash: createHash('sha256').update(readFileSync(MODEL_PATH)).digest('hex') };
  return analyzerCache;
}

export interface IngestTally {
  new: number;
  same: number;
  newVersion: number;
  noop: number;
  revisits: number;
  failed: number;
}

export interface IngestOptions {
  allowPrivate?: boolean;
  /** For URL sources: an HTTP proxy URL or 'env', and the User-Agent. */
  fetch?: Pick<FetchOptions, 'proxy' | 'userAgent'>;
  /** Capture and archive limits by name (defaults for the rest). */
  limits?: Partial<ArchiveLimits>;
  /** Called with the running tally after each batch, for a progress line. */
  progress?: (t: IngestTally) => void;
  /** Called with each error message, as it happens. */
  onError?: (message: string) => void;
  batchSize?: number;
  /** Worker threads for the analysis of large ingests (default one per core, at most four; 0 or 1: none). */
  workers?: number;
}

/** Below this many articles an ingest analyses on its own thread: starting workers would cost more than it saves. */
const POOL_AFTER = 64;
/** Articles sent to the workers ahead of the one being stored, per worker: enough to keep them busy through a batch's write. */
const AHEAD = 256;

type Pending = IngestRecord | { error: string } | { bug: unknown };

/**
 * Read every source, analyse each article, and store it; a bad record is reported and skipped. Past a
 * few dozen articles the analysis runs on worker threads (opts.workers; 0 or 1 keeps it on this one);
 * results are stored in input order whatever finishes first, so the workspace is the same either way.
 */
export async function ingest(ws: SqliteWorkspace, sources: string[], opts: IngestOptions = {}): Promise<IngestTally> {
  const model = loadAttributionModel();
  const tally: IngestTally = { new: 0, same: 0, newVersion: 0, noop: 0, revisits: 0, failed: 0 };
  const fail = (message: string) => (tally.failed++, opts.onError?.(message));
  const batchSize = opts.batchSize ?? 200;
  const workers = opts.workers ?? defaultWorkers();
  let pool: AnalyzePool | null = null;
  let articles = 0;
  let batch: IngestRecord[] = [];
  const flush = () => {
    if (!batch.length) return;
    for (const r of ws.ingestBatch(batch) as IngestResult[]) count(tally, r, fail);
    batch = [];
    opts.progress?.(tally);
  };
  // Records waiting for their analysis, in input order; errors wait in line too, so they are reported in order.
  const queue: Promise<Pending>[] = [];
  const settle = async () => {
    const p = await queue.shift()!;
    if ('bug' in p) throw p.bug;
    if ('error' in p) return fail(p.error);
    batch.push(p);
    if (batch.length >= batchSize) flush();
  };
  const captureError = (e: unknown): Pending => (e instanceof CaptureError ? { error: e.message } : { bug: e });
  try {
    for await (const item of readSources(sources, { fetch: { ...opts.fetch, allowPrivate: Boolean(opts.allowPrivate) }, ...(opts.limits ? { limits: opts.limits } : {}) })) {
      if ('error' in item) {
        queue.push(Promise.resolve({ error: item.error.message }));
      } else if ('revisit' in item) {
        tally.revisits++;
        continue;
      } else {
        try {
          const decoded = decodeCapture(item.capture);
          const doc: DocumentInput = { id: item.via, sha256: item.capture.sha256 };
          if (item.kind === 'html') doc.html = decoded.text;
          else doc.text = decoded.text;
          for (const k of ['url', 'title', 'published', 'outlet', 'byline'] as const) if (item[k]) doc[k] = item[k];
          const info = { ...(item.url ? { url: item.url } : {}), ...(item.outlet ? { outlet: item.outlet } : {}), ...(item.published ? { published: item.published } : {}) };
          const record = (analysis: Analysis): IngestRecord => ({ capture: item.capture, article: analysis.article, info, analysis, analyzer: analyzer() });
          if (!pool && workers > 1 && ++articles > POOL_AFTER) pool = new AnalyzePool(workers);
          if (pool) queue.push(pool.analyze(doc).then(record, captureError));
          else queue.push(Promise.resolve(record(analyzeDocument(doc, model))));
        } catch (e) {
          queue.push(Promise.resolve(captureError(e)));
        }
      }
      while (queue.length > (pool ? AHEAD * workers : 0)) await settle();
    }
    while (queue.length) await settle();
    flush();
  } finally {
    await pool?.close();
  }
  return tally;
}

function count(t: IngestTally, r: IngestResult, fail: (m: string) => void): void {
  if (r.error) return fail(r.error);
  if (r.noop) t.noop++;
  else if (r.article?.status === 'new') t.new++;
  else if (r.article?.status === 'new-version') t.newVersion++;
  else t.same++;
}

export interface Linked {
  trace: Trace;
  stories: SavedStory[];
  claims: SavedClaim[];
  /** The trace as JSON, with workspace ids for articles, stories and claims. */
  json: ReturnType<typeof traceToJson>;
}

/** The coverage as trace inputs, each article named by its workspace id; and those ids, in order. */
function traceInputs(ws: SqliteWorkspace): { inputs: TraceInput[]; ids: number[] } {
  const inputs: TraceInput[] = [];
  const ids: number[] = [];
  for (const c of ws.currentAnalyses()) {
    const analysis = { ...c.analysis, article: { ...c.analysis.article, id: String(c.id), captureSha256: c.capture ?? undefined } } as Analysis;
    inputs.push({ analysis, url: c.url, outlet: analysis.article.meta.outlet?.value ?? null, published: analysis.article.meta.published?.value ?? null });
    ids.push(c.id);
  }
  return { inputs, ids };
}

/**
 * Trace the workspace's current articles (latest versions) and save stories and claims with stable ids.
 * The result is kept in the workspace: while the coverage and the linking code stay as they were, the
 * next link reads it back instead of linking again (opts.fresh links regardless). The trace's inputs,
 * the analyses themselves, are read from the workspace only when something asks for them.
 */
export function link(ws: SqliteWorkspace, opts: { fresh?: boolean } = {}): Linked {
  const basis = linkBasis(ws);
  const stored = opts.fresh ? null : ws.linkResult(basis);
  if (stored !== null) return linkedFrom(stored, ws);
  const { inputs, ids } = traceInputs(ws);
  // The user's corrections apply on every link, so they survive re-analysis.
  const t = trace(inputs, { corrections: ws.corrections({ inForce: true }).map((c) => c.correction) });
  const stories = ws.saveStories(storiesFromTrace(t, ids)) as SavedStory[];
  const claims = ws.saveClaims(claimsFromTrace(t, ids, stories)) as SavedClaim[];
  const json = traceToJson(t);
  const storyId = new Map(stories.map((s) => [s.key, String(s.id)]));
  const claimId = new Map(claims.map((c) => [c.key, String(c.id)]));
  for (const s of json.stories) s.id = storyId.get(s.id) ?? s.id;
  for (const c of json.claims) {
    c.id = claimId.get(c.id) ?? c.id;
    c.story = c.story === null ? null : (storyId.get(c.story) ?? c.story);
  }
  const linked = { trace: t, stories, claims, json };
  ws.saveLinkResult(basis, keptParts(linked, ids));
  return linked;
}

// What a kept link result depends on: the coverage (the last log entry that changed it), the analyzer
// and tool version, and the code of the stages that link (a changed rule must not serve an old result).
let codeHash: string | undefined;
function linkBasis(ws: SqliteWorkspace): string {
  if (codeHash === undefined) {
    const h = createHash('sha256');
    try {
      for (const stage of ['link', 'assess', 'trace']) {
        const dir = new URL(`../${stage}/`, import.meta.url);
        for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort()) h.update(`${stage}/${f}\0`).update(readFileSync(new URL(f, dir)));
      }
      h.update(readFileSync(new URL('./workspace.ts', import.meta.url)));
    } catch {
      // Sources not beside this module (a bundle): the tool version alone names the code.
    }
    codeHash = h.digest('hex');
  }
  const head = ws.coverageHead();
  return JSON.stringify({ seq: head.seq, hash: head.hash, tool: VERSION, code: codeHash });
}

// Sets, maps and numbers JSON cannot hold (an undated article's NaN), tagged so they come back as they were.
function replacer(this: unknown, _key: string, v: unknown): unknown {
  if (v instanceof Set) return { $set: [...v] };
  if (v instanceof Map) return { $map: [...v] };
  if (typeof v === 'number' && !Number.isFinite(v)) return { $number: String(v) };
  return v;
}
function reviver(_key: string, v: unknown): unknown {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
  const o = v as Record<string, unknown>;
  if ('$set' in o) return new Set(o.$set as unknown[]);
  if ('$map' in o) return new Map(o.$map as [unknown, unknown][]);
  if ('$number' in o) return Number(o.$number);
  return v;
}

// A kept result is the trace without its inputs, the JSON, and the workspace ids of the articles, stories
// and claims; every field as it is, lists in slices, so no one string grows with the whole coverage.
// Saved stories and claims are rebuilt from the trace as saveStories and saveClaims built them.
const SLICE = 2000;
type Part = [group: string, key: string, value: unknown, whole?: 1];

function* keptParts(l: Linked, ids: number[]): Generator<string> {
  const { inputs: _inputs, ...trace } = l.trace;
  const saved = { ids, stories: l.stories.map((s) => ({ id: s.id, kept: s.kept })), claims: l.claims.map((c) => ({ id: c.id, kept: c.kept })) };
  for (const [group, fields] of Object.entries({ trace, json: l.json, saved }) as [string, Record<string, unknown>][]) {
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      // Only the trace holds sets and non-finite numbers; the rest is plain JSON, written and read without the tags.
      const tag = group === 'trace' ? replacer : undefined;
      if (!Array.isArray(value)) yield JSON.stringify([group, key, value, 1] satisfies Part, tag);
      else for (let i = 0; i === 0 || i < value.length; i += SLICE) yield JSON.stringify([group, key, value.slice(i, i + SLICE)] satisfies Part, tag);
    }
  }
}

function linkedFrom(parts: string[], ws: SqliteWorkspace): Linked {
  const groups: Record<string, Record<string, unknown>> = { trace: {}, json: {}, saved: {} };
  for (const part of parts) {
    const [group, key, value, whole] = (part.startsWith('["trace",') ? JSON.parse(part, reviver) : JSON.parse(part)) as Part;
    const fields = groups[group]!;
    if (whole || !(key in fields)) fields[key] = value;
    else for (const x of value as unknown[]) (fields[key] as unknown[]).push(x);
  }
  const trace = groups.trace as unknown as Trace;
  let inputs: TraceInput[] | undefined;
  Object.defineProperty(trace, 'inputs', { enumerable: true, get: () => (inputs ??= traceInputs(ws).inputs) });
  const get = <T>(key: string) => (groups.saved![key] ?? []) as T[];
  const ids = get<number>('ids');
  const savedStories = get<{ id: number; kept: boolean }>('stories');
  const savedClaims = get<{ id: number; kept: boolean }>('claims');
  const stories: SavedStory[] = storiesFromTrace(trace, ids).map((g, i) => ({
    id: savedStories[i]!.id,
    ...(g.key !== undefined ? { key: g.key } : {}),
    articles: [...new Set(g.articles)].sort((a, b) => a - b),
    kept: savedStories[i]!.kept,
  }));
  const claims: SavedClaim[] = claimsFromTrace(trace, ids, stories).map((c, i) => ({ ...c, id: savedClaims[i]!.id, kept: savedClaims[i]!.kept }));
  return { trace, stories, claims, json: groups.json as Linked['json'] };
}
