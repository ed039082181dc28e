// Articles from a JSONL file, one JSON object a line, streamed in constant memory. A bad line is
// reported (with its line number) and the batch goes on; only an unreadable input stops it.
//
// A record needs "id" (string or number) and at least one of "text" / "html". A missing "id" is an
// error by default, not the line number: ids are how results are joined back to the input, and a
// line number silently changes when lines are added or removed. `missingId: 'line-number'` opts in.
// Known optional fields must be strings when present (null counts as absent); unknown fields are
// ignored. Duplicate ids are not detected here (that would need memory growing with the file).

import { createReadStream } from 'node:fs';
import type { Capture } from '../types.ts';
import { makeCapture } from './capture.ts';
import { CaptureError } from './error.ts';
import { formatBytes, resolveLimits, type CaptureLimits } from './limits.ts';
import { splitLines } from './lines.ts';
import { findInvalidUtf8 } from './utf8.ts';

export interface JsonlRecord {
  id: string;
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  published?: string;
  outlet?: string;
  byline?: string;
  language?: string;
  /** The line's bytes as a Capture; decoded is the html when there is one, else the text. */
  capture: Capture;
}

/** One line's outcome. An error carries the record's id when the line got far enough to have one. */
export type JsonlItem = { line: number; record: JsonlRecord } | { line: number; id?: string; error: CaptureError };

export interface JsonlOptions {
  limits?: Partial<CaptureLimits>;
  /** How errors name a stream input (a path input names itself). Default "stdin". */
  input?: string;
  /** What to do with a record without "id": report it (default) or use the line number as its id. */
  missingId?: 'error' | 'line-number';
}

const STRING_FIELDS = ['text', 'html', 'url', 'title', 'published', 'outlet', 'byline', 'language'] as const;

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** Each non-blank line of the input, in order, as a record or an error naming the input and line. */
export async function* jsonlRecords(input: string | AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, options: JsonlOptions = {}): AsyncGenerator<JsonlItem> {
  const limits = resolveLimits(options.limits);
  const name = typeof input === 'string' ? input : (options.input ?? 'stdin');
  const source = typeof input === 'string' ? createReadStream(input) : input;
  const decoder = new TextDecoder('utf-8', { fatal: true });

  try {
    for await (const raw of splitLines(source, limits.maxJsonlLineBytes)) {
      const { line } = raw;
      const fail = (reason: string, code: CaptureError['code'], byteOffset?: number, id?: string): JsonlItem => ({
        line,
        ...(id === undefined ? {} : { id }),
        error: new CaptureError(reason, { input: name, line, code, ...(byteOffset === undefined ? {} : { byteOffset }) }),
      });
      if (raw.tooLong) {
        yield fail(`line is ${formatBytes(raw.length)}, longer than the ${formatBytes(limits.maxJsonlLineBytes)} limit (maxJsonlLineBytes)`, 'line-too-long', raw.offset);
        continue;
      }
      const bytes = raw.bytes;
      if (bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d)) continue;

      let text: string;
      try {
        text = decoder.decode(bytes);
      } catch {
        const at = findInvalidUtf8(bytes)?.offset ?? 0;
        yield fail(`invalid UTF-8 at byte ${at} of the line (byte ${raw.offset + at} of the file)`, 'invalid-encoding', raw.offset + at);
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (err) {
        yield fail(`invalid JSON: ${(err as Error).message}`, 'invalid-json');
        continue;
      }
      const result = toRecord(value, line, options.missingId ?? 'error');
      if ('reason' in result) {
        yield fail(result.reason, 'invalid-record', undefined, result.id);
        continue;
      }
      const owned = Uint8Array.prototype.slice.call(bytes); // don't pin the whole read chunk
      const capture = makeCapture(owned, { kind: 'jsonl', path: name, line }, result.html !== undefined ? 'text/html' : 'text/plain');
      capture.decoded = result.html ?? result.text!;
      capture.encoding = { name: 'utf-8', from: 'json' };
      yield { line, record: { ...result, capture } };
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (err instanceof CaptureError || typeof code !== 'string') throw err; // not an I/O failure
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot read: ${(err as Error).message}`;
    throw new CaptureError(reason, { input: name, code: code === 'ENOENT' ? 'not-found' : 'unreadable', cause: err });
  } finally {
    if (typeof input === 'string') (source as ReturnType<typeof createReadStream>).destroy();
  }
}

type Invalid = { reason: string; id?: string };

/** The record in a parsed line, or the reason it is not one (with its id when it has a valid one). */
function toRecord(value: unknown, line: number, missingId: 'error' | 'line-number'): Omit<JsonlRecord, 'capture'> | Invalid {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { reason: `expected a JSON object, got ${typeName(value)}` };
  const obj = value as Record<string, unknown>;
  let id: string;
  if (obj.id === undefined || obj.id === null) {
    if (missingId === 'error') return { reason: 'missing "id"' };
    id = String(line);
  } else if (typeof obj.id === 'string') {
    if (obj.id.trim() === '') return { reason: '"id" is empty' };
    id = obj.id;
  } else if (typeof obj.id === 'number') {
    // JSON.parse has already rounded a longer number; refuse it rather than keep a different id.
    if (!Number.isSafeInteger(obj.id)) return { reason: '"id" is a number too large to keep exactly (above 2^53); write it as a string' };
    id = String(obj.id);
  } else return { reason: `"id" must be a string or a number, got ${typeName(obj.id)}` };

  const record: Omit<JsonlRecord, 'capture'> = { id };
  for (const field of STRING_FIELDS) {
    const v = obj[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return { reason: `"${field}" must be a string, got ${typeName(v)}`, id };
    record[field] = v;
  }
  const hasText = record.text !== undefined && record.text.trim() !== '';
  const hasHtml = record.html !== undefined && record.html.trim() !== '';
  // A headline alone is an article too (feeds and story sets carry them): its body is empty.
  if (!hasText && !hasHtml && record.title !== undefined && record.title.trim() !== '') {
    record.text = '';
    delete record.html;
    return record;
  }
  if (!hasText && !hasHtml) {
    const reason =
      record.text === undefined && record.html === undefined ? 'missing "text" and "html" (one of them is needed)'
      : record.html === undefined ? '"text" is empty'
      : record.text === undefined ? '"html" is empty'
      : '"text" and "html" are empty';
    return { reason, id };
  }
  if (!hasHtml) delete record.html;
  if (!hasText) delete record.text;
  return record;
}
