// WARC/1.0 and 1.1 files (plain, gzip per record, or gzip as a whole), streamed record by record:
// response and resource records of HTML and text pages become captures (payload bytes as the
// browser saw them, WARC-Date as capture time), revisit records become references to the original.
// Memory holds one record at most (maxRecordBytes); bigger ones are reported and skipped unread.

import { createReadStream } from 'node:fs';
import type { Message } from '../types.ts';
import { resolveArchiveLimits, type ArchiveLimits } from './archive-limits.ts';
import { makeCapture } from './capture.ts';
import { CaptureError } from './error.ts';
import { gunzipBounded, isGzip, type GunzipProgress } from './gzip.ts';
import { formatBytes } from './limits.ts';
import { sniffContentType } from './sniff.ts';
import type { SourceCapture, SourceItem } from './sources.ts';
import { ByteReader } from './warc-bytes.ts';
import { digestMatches, normalizeDigest } from './warc-digest.ts';
import { dechunk, httpPayload, parseHeaderLines, parseHttpHead } from './warc-http.ts';

export interface WarcOptions {
  limits?: Partial<ArchiveLimits>;
  /** Titles by URL (from a WACZ's pages.jsonl). */
  titles?: ReadonlyMap<string, string>;
  /** Stops reading (between chunks) with an error item. */
  signal?: AbortSignal;
}

const PAGE_TYPES = new Set(['response', 'resource', 'revisit']);
const WARC_MAGIC = Buffer.from('WARC/');

/** Prepend an already-read chunk to the rest of an iterator. */
export async function* withHead(head: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

const isBlank = (line: Buffer): boolean => line.length <= 2 && (line.length === 0 || line[0] === 0x0a || (line[0] === 0x0d && line[1] === 0x0a));

const unbracket = (uri: string | undefined): string | undefined => uri?.replace(/^<(.*)>$/, '$1') || undefined;

/** Programming errors are not input errors: let them surface. */
const isBug = (err: unknown): boolean =>
  !(err instanceof Error) || err instanceof TypeError || err instanceof RangeError || err instanceof ReferenceError || err instanceof SyntaxError;

function ioError(input: string, err: unknown): CaptureError {
  const code = (err as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot read: ${(err as Error).message}`;
  return new CaptureError(reason, { input, code: code === 'ENOENT' ? 'not-found' : 'unreadable', cause: err });
}

/** The page kind of a content type ("text/html; charset=…"), sniffing the bytes when there is none. */
function pageKind(contentType: string | undefined, bytes: Uint8Array): 'html' | 'text' | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const sniffed = type ? type : sniffContentType(bytes);
  if (/html/.test(sniffed)) return 'html';
  if (sniffed === 'text/plain') return 'text';
  return null;
}

/**
 * Every page, revisit and error in a WARC, in order. `source` is a path or a byte stream; `input`
 * names it in errors and in each item's `via` ("crawl.warc.gz#record 12").
 */
export async function* readWarc(source: string | AsyncIterable<Uint8Array>, input: string, options: WarcOptions = {}): AsyncGenerator<SourceItem> {
  const limits = resolveArchiveLimits(options.limits);
  const raw = typeof source === 'string' ? createReadStream(source, { highWaterMark: 64 * 1024 }) : source;
  const rawIt = raw[Symbol.asyncIterator]();
  let progress: GunzipProgress | null = null;
  let recordNo = 0;
  let recordStart = 0;
  let reader: ByteReader | null = null;
  const where = (offset: number): string => `byte ${offset}${progress ? ' (uncompressed)' : ''}`;
  const fail = (reason: string, code: CaptureError['code'], cause?: unknown): SourceItem => ({
    error: new CaptureError(recordNo ? `record ${recordNo} at ${where(recordStart)}: ${reason}` : reason, { input, code, byteOffset: recordStart, cause }),
    via: recordNo ? `${input}#record ${recordNo}` : input,
  });

  try {
    let first = await rawIt.next();
    while (!first.done && first.value.length === 0) first = await rawIt.next();
    if (first.done) {
      yield { error: new CaptureError('empty', { input, code: 'empty' }), via: input };
      return;
    }
    const bytes = withHead(first.value, rawIt);
    if (isGzip(first.value)) progress = { compressed: 0, decompressed: 0 };
    reader = new ByteReader(progress ? gunzipBounded(bytes, input, limits, progress) : bytes, options.signal);

    const stream = reader; // for the closure: `reader` is nullable for the finally block
    // After a broken record, lines are passed over until one starts a record: one bad record
    // costs that record, not the rest of the archive.
    let resyncing = false;
    const nextStart = async (): Promise<Buffer | null | 'too-long'> => {
      for (;;) {
        recordStart = stream.position;
        const line = await stream.readLine(limits.maxHeaderBytes);
        if (line === null) return null;
        if (line === 'too-long') {
          if (!resyncing) return line;
          await stream.skip(limits.maxHeaderBytes);
          continue;
        }
        if (isBlank(line) || (resyncing && !line.subarray(0, 5).equals(WARC_MAGIC))) continue;
        resyncing = false;
        return line;
      }
    };
    const skipAhead = (reason: string, code: CaptureError['code']): SourceItem => {
      resyncing = true;
      return fail(`${reason}; skipping to the next record`, code);
    };

    for (;;) {
      const line = await nextStart();
      if (line === null) return;
      recordNo++;
      options.signal?.throwIfAborted();
      if (recordNo > limits.maxRecords) {
        yield fail(`more than ${limits.maxRecords} records (limit maxRecords); the rest is not read`, 'too-large');
        return;
      }
      if (line === 'too-long' || !line.subarray(0, 5).equals(WARC_MAGIC)) {
        const found = line === 'too-long' ? 'a line longer than the header limit' : JSON.stringify(line.subarray(0, 40).toString('latin1'));
        yield skipAhead(`expected a WARC record ("WARC/1.1"), found ${found}`, 'invalid-record');
        continue;
      }

      const headerLines: string[] = [];
      let headerBytes = line.length;
      let headerTooLong = false;
      for (;;) {
        const h = await reader.readLine(Math.max(1, limits.maxHeaderBytes - headerBytes));
        if (h === null) {
          yield fail('truncated: the archive ends inside the record header', 'invalid-record');
          return;
        }
        if (h === 'too-long' || (headerBytes += h.length) > limits.maxHeaderBytes) {
          headerTooLong = true;
          break;
        }
        if (isBlank(h)) break;
        headerLines.push(h.toString('utf8').replace(/\r?\n$/, ''));
      }
      if (headerTooLong) {
        yield skipAhead(`record header longer than ${formatBytes(limits.maxHeaderBytes)} (limit maxHeaderBytes)`, 'too-large');
        continue;
      }
      const headers = parseHeaderLines(headerLines);
      const lengthText = headers.get('content-length') ?? '';
      if (!/^\d{1,15}$/.test(lengthText)) {
        yield skipAhead(lengthText ? `invalid Content-Length "${lengthText.slice(0, 20)}"` : 'no Content-Length', 'invalid-record');
        continue;
      }
      const length = Number(lengthText);
      const type = (headers.get('warc-type') ?? '').toLowerCase();
      const bodyStart = reader.position;
      const truncated = (got: number): SourceItem =>
        fail(`truncated: Content-Length is ${length} but the archive ends after ${got} bytes, at ${where(bodyStart + got)}`, 'invalid-record');

      if (!PAGE_TYPES.has(type)) {
        const skipped = await reader.skip(length);
        if (skipped < length) return yield truncated(skipped);
        continue;
      }
      const head = await reader.read(Math.min(length, limits.maxHeaderBytes));
      if (head.length < Math.min(length, limits.maxHeaderBytes)) return yield truncated(head.length);
      const wanted = type !== 'response' ? true : isHttpPage(head, limits.maxHeaderBytes);
      if (!wanted || length > limits.maxRecordBytes) {
        const skipped = await reader.skip(length - head.length);
        if (skipped < length - head.length) return yield truncated(head.length + skipped);
        if (wanted) yield fail(`${type} of ${formatBytes(length)} is larger than ${formatBytes(limits.maxRecordBytes)} (limit maxRecordBytes); skipped`, 'too-large');
        continue;
      }
      const rest = await reader.read(length - head.length);
      if (rest.length < length - head.length) return yield truncated(head.length + rest.length);
      const block = rest.length ? Buffer.concat([head, rest]) : head;
      const item = await recordItem(type, headers, block, `${input}#record ${recordNo}`, limits, options, (r, c) => (fail(r, c) as { error: CaptureError }).error);
      if (item) yield item;
    }
  } catch (err) {
    if (options.signal?.aborted) yield fail('stopped: reading was aborted', 'timeout', err);
    else if (err instanceof CaptureError) yield fail(err.reason, err.code, err);
    else if (typeof (err as NodeJS.ErrnoException).code === 'string') yield { error: ioError(input, err), via: input };
    else if (isBug(err)) throw err;
    // A stream that failed on its own terms (a zip entry that inflates past its declared size, ...).
    else yield fail(`cannot read: ${(err as Error).message}`, 'unreadable', err);
  } finally {
    await reader?.close();
    await rawIt.return?.();
    if (typeof source === 'string') (raw as ReturnType<typeof createReadStream>).destroy();
  }
}

/** A response record worth reading: an HTTP 2xx of HTML or text. Decided from the first bytes. */
function isHttpPage(head: Buffer, maxHeaderBytes: number): boolean {
  const http = parseHttpHead(head, maxHeaderBytes);
  if (!http || http === 'too-long' || http.status < 200 || http.status > 299) return false;
  return pageKind(http.headers.get('content-type'), head.subarray(http.length)) !== null;
}

async function recordItem(
  type: string,
  headers: Map<string, string>,
  block: Buffer,
  via: string,
  limits: ArchiveLimits,
  options: WarcOptions,
  fail: (reason: string, code: CaptureError['code']) => CaptureError,
): Promise<SourceItem | null> {
  const url = unbracket(headers.get('warc-target-uri'));
  const date = headers.get('warc-date');
  const digest = normalizeDigest(headers.get('warc-payload-digest')) ?? undefined;
  if (type === 'revisit') {
    const revisit: Extract<SourceItem, { revisit: unknown }>['revisit'] = {};
    if (url) revisit.url = url;
    if (date) revisit.capturedAt = date;
    const refersTo = unbracket(headers.get('warc-refers-to-target-uri'));
    if (refersTo) revisit.refersToUri = refersTo;
    if (headers.get('warc-refers-to-date')) revisit.refersToDate = headers.get('warc-refers-to-date')!;
    if (headers.get('warc-refers-to')) revisit.refersToRecordId = unbracket(headers.get('warc-refers-to'))!;
    if (digest) revisit.payloadDigest = digest;
    if (headers.get('warc-profile')) revisit.profile = headers.get('warc-profile')!;
    return { revisit, via };
  }

  let contentType = headers.get('content-type');
  let payload = block;
  let status: number | undefined;
  const forms: Uint8Array[] = [block]; // the payload as a digest may have been computed over it
  if (type === 'response') {
    const http = parseHttpHead(block, limits.maxHeaderBytes);
    if (!http || http === 'too-long') return null;
    status = http.status;
    contentType = http.headers.get('content-type');
    const body = block.subarray(http.length);
    forms[0] = body;
    try {
      payload = await httpPayload(body, http.headers, limits.maxRecordBytes, fail);
    } catch (err) {
      if (err instanceof CaptureError) return { error: err, via };
      throw err;
    }
    forms.push(payload);
    if (/chunked/i.test(http.headers.get('transfer-encoding') ?? '')) {
      try {
        forms.push(dechunk(body, (r) => fail(r, 'invalid-record')));
      } catch {
        // stored de-chunked: the body itself is the candidate
      }
    }
  }
  const kind = pageKind(contentType, payload);
  if (!kind) return null;
  const messages: Message[] = [];
  const validDate = !!date && !Number.isNaN(Date.parse(date));
  if (!validDate) messages.push({ reason: `${date ? `unreadable WARC-Date "${date.slice(0, 40)}"` : 'no WARC-Date'}; the capture time is the time of reading`, rule: 'capture:warc-date', severity: 'warning' });
  const rawDigest = headers.get('warc-payload-digest');
  if (rawDigest && !digest) messages.push({ reason: `WARC-Payload-Digest "${rawDigest.slice(0, 80)}" not understood; not checked`, rule: 'capture:warc-digest', severity: 'info' });
  if (digest && !digestMatches(digest, forms)) messages.push({ reason: `payload does not match its WARC-Payload-Digest ${rawDigest}`, rule: 'capture:digest-mismatch', severity: 'warning' });
  const capture = makeCapture(payload, { kind: 'file', path: via }, contentType || (kind === 'html' ? 'text/html' : 'text/plain'), validDate ? new Date(date) : new Date());
  const item: SourceCapture = { capture, kind, via };
  if (messages.length) item.messages = messages;
  if (url) item.url = url;
  const title = url ? options.titles?.get(url) : undefined;
  if (title) item.title = title;
  if (digest) item.payloadDigest = digest;
  if (status !== undefined) item.status = status;
  return item;
}
