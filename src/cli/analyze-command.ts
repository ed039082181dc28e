// `hearsay analyze`: files, URLs, stdin and JSONL batches through the pipeline, out as a terminal view,
// JSON or JSONL. A batch never stops at a bad record: its error takes the record's place, and the exit
// status says whether anything failed.
import { createReadStream } from 'node:fs';
import { loadAttributionModel } from '../analyze/attribution/load-node.ts';
import type { AttributionModel } from '../analyze/attribution/index.ts';
import { decodeCapture } from '../capture/decode.ts';
import { CaptureError } from '../capture/error.ts';
import { fetchUrl } from '../capture/fetch.ts';
import { readFileCapture, readStdinCapture } from '../capture/file.ts';
import { jsonlRecords } from '../capture/jsonl.ts';
import { captureLimitsOf, type ArchiveLimits } from '../capture/archive-limits.ts';
import type { CaptureLimits } from '../capture/limits.ts';
import { analysisToJson } from '../output/json.ts';
import { renderAnalysis } from '../output/terminal.ts';
import { analyzeDocument, looksLikeHtml, type DocumentInput } from '../pipeline.ts';
import type { Analysis, Capture } from '../types.ts';

export interface AnalyzeOptions {
  format: 'text' | 'json' | 'jsonl';
  includeText?: boolean;
  allowPrivate?: boolean;
  maxBytes?: number;
  timeout?: number;
  /** An HTTP proxy URL, or 'env' (see FetchOptions.proxy). */
  proxy?: string;
  userAgent?: string;
  maxRedirects?: number;
  /** --limit name=value: any capture or archive limit; the ones analyze has no use for are ignored. Applied last. */
  limit?: Partial<ArchiveLimits>;
  color: boolean;
}

interface Sink {
  write(s: string): boolean | void;
}

export async function runAnalyze(
  inputs: string[],
  opts: AnalyzeOptions,
  out: Sink = process.stdout,
  err: Sink = process.stderr,
  stdin: AsyncIterable<Uint8Array | string> = process.stdin,
): Promise<number> {
  const model = loadAttributionModel();
  const limits: Partial<CaptureLimits> = {};
  if (opts.maxBytes) Object.assign(limits, { maxFileBytes: opts.maxBytes, maxStdinBytes: opts.maxBytes, maxFetchBytes: opts.maxBytes });
  if (opts.timeout) limits.fetchTimeoutMs = opts.timeout;
  if (opts.maxRedirects !== undefined) limits.maxRedirects = opts.maxRedirects;
  Object.assign(limits, captureLimitsOf(opts.limit ?? {}));
  const fetchOptions = { ...(opts.proxy ? { proxy: opts.proxy } : {}), ...(opts.userAgent ? { userAgent: opts.userAgent } : {}) };
  const color = opts.color && opts.format === 'text' && Boolean((out as NodeJS.WriteStream).isTTY) && !process.env.NO_COLOR;
  let failed = 0;
  let first = true;

  // Output to a pipe is asynchronous: wait for it to drain, or a fast producer and a slow reader
  // would pile every analysis of a large batch up in memory.
  const emit = async (a: Analysis, fromHtml: boolean): Promise<void> => {
    let ok: boolean | void;
    if (opts.format === 'text') {
      if (!first) out.write(`\n${'─'.repeat(60)}\n\n`);
      ok = out.write(renderAnalysis(a, { color }));
    } else {
      const json = analysisToJson(a, { includeText: fromHtml || Boolean(opts.includeText) });
      ok = out.write(opts.format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : `${JSON.stringify(json)}\n`);
    }
    first = false;
    const stream = out as Partial<NodeJS.WriteStream>;
    if (ok === false && typeof stream.once === 'function') await new Promise<void>((resolve) => stream.once!('drain', () => resolve()));
  };
  const fail = (id: string | undefined, e: unknown) => {
    failed++;
    const message = e instanceof Error ? e.message : String(e);
    err.write(`hearsay: ${message}\n`);
    if (opts.format === 'jsonl' && id !== undefined) out.write(`${JSON.stringify({ id, error: message })}\n`);
  };

  const list = inputs.length ? inputs : ['-'];
  for (const input of list) {
    const isStdin = input === '-';
    const isUrl = /^https?:\/\//i.test(input);
    const batch = !isUrl && (input.toLowerCase().endsWith('.jsonl') || (isStdin && opts.format === 'jsonl'));
    if (batch) {
      await analyzeBatch(isStdin ? stdin : createReadStream(input), isStdin ? 'stdin' : input, model, limits, emit, fail);
      continue;
    }
    try {
      const capture: Capture = isUrl
        ? await fetchUrl(input, { ...fetchOptions, limits, allowPrivate: Boolean(opts.allowPrivate) })
        : isStdin
          ? await readStdinCapture(limits, stdin)
          : await readFileCapture(input, limits);
      const decoded = decodeCapture(capture);
      const html = (capture.contentType ?? '').includes('html') || looksLikeHtml(decoded.text);
      const doc: DocumentInput = { id: isUrl ? input : isStdin ? 'stdin' : input, sha256: capture.sha256 };
      if (html) doc.html = decoded.text;
      else doc.text = decoded.text;
      if (capture.origin.kind === 'url') doc.url = capture.origin.finalUrl;
      const analysis = analyzeDocument(doc, model);
      analysis.messages.unshift(...decoded.messages);
      await emit(analysis, html);
    } catch (e) {
      if (!(e instanceof CaptureError)) throw e;
      fail(input, e);
    }
  }
  return failed ? 1 : 0;
}

async function analyzeBatch(
  source: AsyncIterable<Uint8Array | string>,
  name: string,
  model: AttributionModel,
  limits: Partial<CaptureLimits>,
  emit: (a: Analysis, fromHtml: boolean) => Promise<void>,
  fail: (id: string | undefined, e: unknown) => void,
): Promise<void> {
  for await (const item of jsonlRecords(source, { input: name, limits })) {
    if ('error' in item) {
      fail(item.id ?? `${name}:${item.line}`, item.error);
      continue;
    }
    const r = item.record;
    try {
      const doc: DocumentInput = { id: String(r.id) };
      if (typeof r.html === 'string') doc.html = r.html;
      else doc.text = r.text as string;
      for (const k of ['url', 'title', 'outlet', 'published', 'byline'] as const) if (typeof r[k] === 'string') doc[k] = r[k] as string;
      await emit(analyzeDocument(doc, model), doc.html !== undefined);
    } catch (e) {
      // An analysis failure on one record is reported in its place; the batch goes on.
      fail(String(r.id), new Error(`${name}:${item.line}: ${(e as Error).message}`));
    }
  }
}
