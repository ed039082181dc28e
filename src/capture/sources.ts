// Inputs to ingest: command-line arguments (files, folders, globs, URLs) expanded and read by the
// reader each calls for (WARC, WACZ, feed, JSONL, page), as SourceItems.
//
// What the readers of files, folders, feeds and archives yield: a capture to ingest, a reference
// to content captured before (a WARC revisit), or an error that did not stop the reading.

import type { Capture, Message } from '../types.ts';
import { open, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import picomatch from 'picomatch';
import { captureLimitsOf, resolveArchiveLimits, type ArchiveLimits } from './archive-limits.ts';
import { decodeCapture } from './decode.ts';
import { CaptureError } from './error.ts';
import { fetchUrl, type FetchOptions } from './fetch.ts';
import { looksLikeFeed, readFeed } from './feed.ts';
import { readFileCapture, readStdinCapture } from './file.ts';
import { jsonlRecords } from './jsonl.ts';
import { binaryKind } from './sniff.ts';
import { readWacz } from './wacz.ts';
import { walk } from './walk.ts';
import { readWarc, withHead } from './warc.ts';

export interface SourceCapture {
  capture: Capture;
  kind: 'html' | 'text';
  /** Where it came from, for people: "crawl.warc.gz#record 12", "feed.xml#item 3", "page.html". */
  via: string;
  url?: string;
  title?: string;
  byline?: string;
  published?: string;
  outlet?: string;
  /** True when a feed gave only a summary of the article, not its full text. */
  summary?: boolean;
  /** The archive's payload digest, canonical "sha1:<hex>", to match revisit records against. */
  payloadDigest?: string;
  /** HTTP status of an archived response. */
  status?: number;
  /** Problems found while reading that did not stop it (a digest mismatch, an unreadable date). */
  messages?: Message[];
}

/** A WARC revisit record: the same content as an earlier capture, identified by URI, date and digest. */
export interface SourceRevisit {
  revisit: {
    url?: string;
    capturedAt?: string;
    refersToUri?: string;
    refersToDate?: string;
    refersToRecordId?: string;
    /** Canonical "sha1:<hex>" (see normalizeDigest). */
    payloadDigest?: string;
    profile?: string;
  };
  via: string;
}

export interface SourceFailure {
  error: CaptureError;
  via?: string;
}

export type SourceItem = SourceCapture | SourceRevisit | SourceFailure;

export interface SourceOptions {
  limits?: Partial<ArchiveLimits>;
  /** Passed to fetchUrl for URL arguments (allowPrivate, userAgent, signal, ...). */
  fetch?: Omit<FetchOptions, 'limits'>;
  /** Refuse URL arguments instead of fetching them. */
  offline?: boolean;
  /** Folder that relative paths and globs start from. Default: process.cwd(). */
  cwd?: string;
  /** What the argument "-" reads. Default: process.stdin. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Stop reading: the current archive ends with an error item and no further argument is read. */
  signal?: AbortSignal;
}

/** What every reader below gets: the resolved limits and the caller's stop signal. */
interface Ctx {
  limits: ArchiveLimits;
  signal?: AbortSignal;
}

/** Extensions a folder walk picks up; anything else is passed over unless it sniffs as text or WARC. */
const ARTICLE_FILE = /\.(?:html?|xhtml|shtml|txt|text|md|jsonl|ndjson|xml|rss|atom|warc|warc\.gz|wacz)$/i;
const NO_EXTENSION = /(?:^|\/)[^./]+$/;
const URL_ARG = /^[a-z][a-z0-9+.-]*:\/\//i;

const ascii = (bytes: Uint8Array, n = 8192): string => Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, n)).toString('latin1');
const isWarcStart = (head: Uint8Array): boolean => ascii(head, 5) === 'WARC/';
const isZip = (head: Uint8Array): boolean => head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5);

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

async function peek(path: string, n = 8192): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await handle.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Whether a gzip file starts with a WARC record: inflate a few bytes of the first member only. */
function gzipHoldsWarc(head: Uint8Array): boolean {
  try {
    // 512 compressed bytes inflate to at most ~0.5 MB; Z_SYNC_FLUSH accepts a partial member.
    return isWarcStart(gunzipSync(head.subarray(0, 512), { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: 1024 * 1024 }));
  } catch {
    return false;
  }
}

/** A folder-walk filter: article extensions, or extension-less files that look like text or WARC. */
async function isArticleFile(path: string): Promise<boolean> {
  if (ARTICLE_FILE.test(path)) return true;
  if (!NO_EXTENSION.test(path)) return false;
  try {
    const head = await peek(path, 1024);
    return head.length > 0 && (isWarcStart(head) || binaryKind(head) === null);
  } catch {
    return true; // let the reader report why it cannot be read
  }
}

/**
 * Every capture, revisit and error in the arguments, in order. Folders are walked, globs expanded,
 * URLs fetched (only the ones given: links inside pages and feeds are never followed). An error in
 * one input is an item and reading goes on.
 */
export async function* readSources(args: string[], options: SourceOptions = {}): AsyncGenerator<SourceItem> {
  const limits = resolveArchiveLimits(options.limits);
  const ctx: Ctx = options.signal ? { limits, signal: options.signal } : { limits };
  for (const arg of args) {
    if (options.signal?.aborted) return;
    try {
      if (arg === '-') {
        yield* readStdin(options.stdin ?? process.stdin, ctx);
        continue;
      }
      if (URL_ARG.test(arg)) {
        yield* readUrl(arg, ctx, options);
        continue;
      }
      const path = isAbsolute(arg) || !options.cwd ? arg : join(options.cwd, arg);
      const found = await stat(path).catch(() => null);
      if (found?.isDirectory()) {
        for await (const item of walk(path, { maxDepth: limits.maxWalkDepth, maxFiles: limits.maxWalkFiles, include: isArticleFile })) {
          if (ctx.signal?.aborted) return;
          if ('error' in item) yield { error: item.error, via: item.error.input };
          else yield* readPath(item.path, ctx);
        }
      } else if (found) yield* readPath(path, ctx);
      else if (picomatch.scan(arg).isGlob) yield* readGlob(arg, options.cwd, ctx);
      else yield { error: new CaptureError('no such file or folder', { input: arg, code: 'not-found' }), via: arg };
    } catch (err) {
      if (!(err instanceof CaptureError)) throw err;
      yield { error: err, via: err.input };
    }
  }
}

async function* readGlob(pattern: string, cwd: string | undefined, ctx: Ctx): AsyncGenerator<SourceItem> {
  const { limits } = ctx;
  const scan = picomatch.scan(pattern);
  const base = scan.base || '.';
  const root = isAbsolute(base) || !cwd ? base : join(cwd, base);
  const globParts = scan.glob.split('/');
  // Without "**" a pattern cannot match below its own depth: don't walk further.
  const depth = globParts.includes('**') ? limits.maxWalkDepth : Math.min(globParts.length - 1, limits.maxWalkDepth);
  const matches = picomatch(scan.glob, { dot: false });
  let any = false;
  const include = (path: string): boolean => matches(relative(root, path).split(sep).join('/'));
  for await (const item of walk(root, { maxDepth: depth, maxFiles: limits.maxWalkFiles, include, enter: (_p, d) => d <= depth })) {
    if (ctx.signal?.aborted) return;
    if ('error' in item) {
      // The pattern's own depth is not a problem, and a missing base folder is just "no match".
      if (/limit maxWalkDepth/.test(item.error.reason) || (item.error.input === root && item.error.reason === 'no such file or folder')) continue;
      yield { error: item.error, via: item.error.input };
      continue;
    }
    any = true;
    yield* readPath(item.path, ctx);
  }
  if (!any) yield { error: new CaptureError('no files match this pattern', { input: pattern, code: 'not-found' }), via: pattern };
}

/** One file, read by the reader its name or first bytes call for. */
async function* readPath(path: string, ctx: Ctx): AsyncGenerator<SourceItem> {
  const { limits } = ctx;
  if (/\.warc(?:\.gz)?$/i.test(path)) return yield* readWarc(path, path, ctx);
  if (/\.wacz$/i.test(path)) return yield* readWacz(path, path, ctx);
  if (/\.(?:jsonl|ndjson)$/i.test(path)) return yield* readJsonl(path, path, limits);
  let head: Uint8Array;
  try {
    head = await peek(path);
  } catch {
    head = new Uint8Array(0); // readFileCapture says why
  }
  if (isWarcStart(head) || (head[0] === 0x1f && head[1] === 0x8b && gzipHoldsWarc(head))) return yield* readWarc(path, path, ctx);
  if (isZip(head)) return yield* readWacz(path, path, ctx);
  try {
    yield* fromCapture(await readFileCapture(path, captureLimitsOf(limits)), path, ctx);
  } catch (err) {
    if (!(err instanceof CaptureError)) throw err;
    yield { error: err, via: path };
  }
}

async function* readJsonl(source: string | Uint8Array, input: string, limits: ArchiveLimits): AsyncGenerator<SourceItem> {
  const stream = typeof source === 'string' ? source : [source];
  for await (const item of jsonlRecords(stream, { input, limits: captureLimitsOf(limits) })) {
    const via = `${input}#line ${item.line}`;
    if ('error' in item) {
      yield { error: item.error, via };
      continue;
    }
    const { record } = item;
    const out: SourceCapture = { capture: record.capture, kind: record.html !== undefined ? 'html' : 'text', via };
    if (record.url) out.url = record.url;
    if (record.title) out.title = record.title;
    if (record.published) out.published = record.published;
    if (record.outlet) out.outlet = record.outlet;
    if (record.byline) out.byline = record.byline;
    yield out;
  }
}

async function* readUrl(url: string, ctx: Ctx, options: SourceOptions): AsyncGenerator<SourceItem> {
  const { limits } = ctx;
  if (!/^https?:/i.test(url)) return yield { error: new CaptureError('only http and https URLs can be fetched', { input: url, code: 'bad-url' }), via: url };
  if (options.offline) return yield { error: new CaptureError('not fetched: URLs are off (offline)', { input: url, code: 'bad-url' }), via: url };
  const capture = await fetchUrl(url, { ...options.fetch, ...(ctx.signal ? { signal: ctx.signal } : {}), limits: captureLimitsOf(limits) });
  const bytes = capture.bytes;
  if (isWarcStart(bytes) || (bytes[0] === 0x1f && bytes[1] === 0x8b && gzipHoldsWarc(bytes))) return yield* readWarc(once(bytes), url, ctx);
  if (isZip(bytes)) return yield* readWacz(bytes, url, ctx);
  if (/jsonl|ndjson/i.test(capture.contentType ?? '')) return yield* readJsonl(bytes, url, limits);
  yield* fromCapture(capture, url, ctx);
}

/** Standard input: a WARC is streamed; anything else is read whole (up to maxStdinBytes) and dispatched. */
async function* readStdin(stream: AsyncIterable<Uint8Array | string>, ctx: Ctx): AsyncGenerator<SourceItem> {
  const { limits } = ctx;
  const it = (async function* () {
    for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  })();
  let first = await it.next();
  while (!first.done && first.value.length < 512) {
    const more = await it.next();
    if (more.done) break;
    first = { done: false, value: Buffer.concat([first.value, more.value]) };
  }
  if (first.done) return yield { error: new CaptureError('empty', { input: 'stdin', code: 'empty' }), via: 'stdin' };
  const head = first.value;
  if (isWarcStart(head) || (head[0] === 0x1f && head[1] === 0x8b && gzipHoldsWarc(head))) return yield* readWarc(withHead(head, it), 'stdin', ctx);
  const capture = await readStdinCapture(captureLimitsOf(limits), withHead(head, it));
  if (isZip(capture.bytes)) return yield* readWacz(capture.bytes, 'stdin', ctx);
  if (capture.contentType === 'application/jsonl') return yield* readJsonl(capture.bytes, 'stdin', limits);
  yield* fromCapture(capture, 'stdin', ctx);
}

/** A page, or a feed when it is one; bytes that cannot be an article are reported now. */
function* fromCapture(capture: Capture, input: string, ctx: Ctx): Generator<SourceItem> {
  const { limits } = ctx;
  const type = (capture.contentType ?? '').toLowerCase();
  if (!type.includes('html') && (type.includes('xml') || type.includes('rss') || type.includes('atom') || type === 'text/plain') && looksLikeFeed(ascii(capture.bytes))) {
    return yield* readFeed(capture, input, ctx);
  }
  try {
    decodeCapture(capture, captureLimitsOf(limits)); // binary, empty and undecodable input fail here, with their reason
  } catch (err) {
    if (!(err instanceof CaptureError)) throw err;
    return yield { error: err, via: input };
  }
  const kind = /html|xml/.test(type) ? 'html' : 'text';
  const item: SourceCapture = { capture, kind, via: input };
  if (capture.origin.kind === 'url') item.url = capture.origin.finalUrl;
  yield item;
}
