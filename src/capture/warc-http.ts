// The HTTP response inside a WARC response record: status line and headers, then the payload
// with chunked transfer-encoding and Content-Encoding undone (bounded), so the capture holds the
// page bytes a browser would have parsed.

import { decompressBody } from './decompress.ts';
import { CaptureError } from './error.ts';
import { formatBytes } from './limits.ts';

export interface HttpHead {
  status: number;
  headers: Map<string, string>;
  /** Bytes of the status line and headers, blank line included. */
  length: number;
}

/** Parse "HTTP/1.1 200 OK\r\nName: value\r\n...\r\n\r\n" at the start of a block; null if it is not HTTP. */
export function parseHttpHead(block: Buffer, maxHeaderBytes: number): HttpHead | 'too-long' | null {
  const end = findHeadEnd(block, maxHeaderBytes);
  if (end === 'too-long' || end === null) return end;
  const lines = block.subarray(0, end.head).toString('latin1').split(/\r?\n/);
  const status = lines[0]!.match(/^HTTP\/\d(?:\.\d)?\s+(\d{3})\b/i);
  if (!status) return null;
  return { status: Number(status[1]), headers: parseHeaderLines(lines.slice(1)), length: end.body };
}

function findHeadEnd(block: Buffer, max: number): { head: number; body: number } | 'too-long' | null {
  const crlf = block.indexOf('\r\n\r\n');
  const lf = block.indexOf('\n\n');
  const candidates = [crlf >= 0 ? { head: crlf, body: crlf + 4 } : null, lf >= 0 ? { head: lf, body: lf + 2 } : null].filter(
    (c): c is { head: number; body: number } => c !== null,
  );
  if (candidates.length === 0) return block.length > max ? 'too-long' : null;
  const first = candidates.reduce((a, b) => (a.head <= b.head ? a : b));
  return first.head > max ? 'too-long' : first;
}

/** "Name: value" lines (continuations folded in) into a map with lowercase names; repeats are joined with ", ". */
export function parseHeaderLines(lines: string[]): Map<string, string> {
  const headers = new Map<string, string>();
  let last: string | null = null;
  for (const line of lines) {
    if (line === '') continue;
    if ((line[0] === ' ' || line[0] === '\t') && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
    last = name;
  }
  return headers;
}

/** Undo chunked transfer-encoding. Malformed chunking is an error: the bytes would be wrong. */
export function dechunk(body: Buffer, fail: (reason: string) => CaptureError): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const nl = body.indexOf('\n', at);
    if (nl < 0) throw fail(`chunked payload ends without its last chunk at payload byte ${at}`);
    const size = parseInt(body.subarray(at, nl).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size < 0) throw fail(`bad chunk size at payload byte ${at}`);
    if (size === 0) break;
    const start = nl + 1;
    if (start + size > body.length) throw fail(`chunk at payload byte ${at} runs past the end of the record`);
    parts.push(body.subarray(start, start + size));
    at = start + size;
    if (body[at] === 0x0d) at++;
    if (body[at] === 0x0a) at++;
  }
  return Buffer.concat(parts);
}

/** The page bytes of an HTTP payload: de-chunked, then decompressed, never past maxBytes. */
export async function httpPayload(
  body: Buffer,
  headers: Map<string, string>,
  maxBytes: number,
  fail: (reason: string, code: CaptureError['code']) => CaptureError,
): Promise<Buffer> {
  let out = body;
  if (/\bchunked\b/i.test(headers.get('transfer-encoding') ?? '')) {
    // Archivers often store the payload de-chunked but keep the header; only undo what is there.
    if (/^[0-9a-fA-F]+[ \t;]*[^\n]*\r?\n/.test(out.subarray(0, 64).toString('latin1'))) out = dechunk(out, (r) => fail(r, 'invalid-record'));
  }
  const encoding = headers.get('content-encoding');
  if (!encoding || /^\s*identity\s*$/i.test(encoding)) return out;
  // Some crawlers store the payload already decoded and keep the header: bytes that are not gzip stay as they are.
  if (/^\s*(x-)?gzip\s*$/i.test(encoding) && !(out[0] === 0x1f && out[1] === 0x8b)) return out;
  return decompressBody(out, encoding, maxBytes, (reason, code) =>
    fail(code === 'too-large' ? `payload inflates to more than ${formatBytes(maxBytes)} (limit maxRecordBytes)` : reason.replace('body', 'payload'), code === 'network' ? 'invalid-record' : code),
  );
}
