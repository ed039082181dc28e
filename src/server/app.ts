// createApp: the JSON API and the page over one workspace, as a Hono app (tested through app.request(),
// served by serve.ts). The link result lives in one State, replaced after each ingest.
import { availableParallelism } from 'node:os';
import { Hono } from 'hono';
import type { SqliteWorkspace } from '../store/index.ts';
import { SearchPool } from '../store/search-pool.ts';
import { VERSION } from '../version.ts';
import { notFound, onError } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import { page } from './page.ts';
import { exportRoutes } from './routes-export.ts';
import { correctionRoutes } from './routes-corrections.ts';
import { ingestRoutes, serialQueue } from './routes-ingest.ts';
import { Lru } from './lru.ts';
import { readRoutes, type SearchAnswer } from './routes-read.ts';
import { access, API_CSP, isLoopback, MIN_TOKEN_LENGTH, secureHeaders } from './security.ts';
import { loadState, type State } from './state.ts';

export interface AppOptions {
  /** Where the server listens; anything but loopback requires a token. Default 127.0.0.1. */
  host?: string;
  /** Bearer token every request must carry (at least 16 characters). */
  token?: string;
  /** Let POST /api/ingest fetch URLs on private, loopback and link-local addresses. */
  allowPrivate?: boolean;
  /** Largest POST body in bytes (413 beyond). Default 8 MiB. */
  maxBodyBytes?: number;
  /** Largest uploaded file in bytes (413 beyond). Default 64 MiB. */
  maxUploadBytes?: number;
  /** Most URLs or records in one POST. Default 200. */
  maxItems?: number;
  /** Who corrections are by when the request does not say (`hearsay serve` passes the OS user). */
  user?: string;
  /** Where unexpected errors are logged (never sent). Default console.error. */
  log?: (e: unknown) => void;
  /**
   * Searches not yet answered run on this many worker threads, each with its own read-only connection,
   * beside the event loop (`hearsay serve`: `defaultSearchWorkers()`). Default 0: on the event loop.
   * Needs a workspace file.
   */
  searchWorkers?: number;
}

/** Search workers for `hearsay serve`: one per core, at most four. */
export const defaultSearchWorkers = () => Math.min(4, availableParallelism());

export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;
export const DEFAULT_MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

/** Misuse: a non-loopback host without a token, or a token too short to be one. */
export function checkAccessOptions(opts: Pick<AppOptions, 'host' | 'token'>): void {
  if (opts.token !== undefined && opts.token.length < MIN_TOKEN_LENGTH) throw new TypeError(`a token must be at least ${MIN_TOKEN_LENGTH} characters`);
  if (!isLoopback(opts.host ?? '127.0.0.1') && opts.token === undefined) throw new TypeError(`listening on ${opts.host} requires a token`);
}

export function createApp(ws: SqliteWorkspace, opts: AppOptions = {}): Hono {
  checkAccessOptions(opts);
  let state: State = loadState(ws);
  const current = () => state;
  // Search answers, kept until the workspace changes: every ingest clears them, linked or not.
  const searches = new Lru<string, SearchAnswer | string[]>(2000);
  const relink = () => {
    searches.clear();
    state = loadState(ws);
    return { stories: state.stories.length, claims: state.linked.json.claims.length };
  };

  const { html, csp } = page();
  const app = new Hono();
  app.use(secureHeaders((path) => (path === '/' ? csp : API_CSP)));
  app.use(access(opts.token));
  app.onError((err, c) => onError(err, c, opts.log));
  app.notFound(notFound);

  app.get('/', (c) => c.html(html));
  const doc = openApiDocument(VERSION);
  app.get('/api/openapi.json', (c) => c.json(doc));
  const pool = opts.searchWorkers && ws.path !== ':memory:' ? new SearchPool(ws.path, opts.searchWorkers) : null;
  app.route('/', readRoutes(ws, current, searches, pool ? (q, limit) => pool.search(q, limit) : undefined));
  app.route('/', exportRoutes(ws, current));
  // Ingests, links and corrections change the workspace one at a time; reads answer from the last State.
  const exclusive = serialQueue();
  app.route('/', ingestRoutes(ws, { maxBodyBytes: opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, maxUploadBytes: opts.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES, maxItems: opts.maxItems ?? 200, allowPrivate: Boolean(opts.allowPrivate) }, relink, () => searches.clear(), exclusive));
  app.route('/', correctionRoutes(ws, { state: current, relink, exclusive, ...(opts.user ? { user: opts.user } : {}) }));
  return app;
}
