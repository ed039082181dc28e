// Building WARC files in code for tests and the fuzzer, so no binary fixture is committed and every
// byte of a test archive is visible in the test that uses it.

import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

const CRLF = '\r\n';

/** One WARC record: version line, headers (Content-Length added), blank line, block, two CRLFs. */
export function warcRecord(headers: Record<string, string>, block: string | Uint8Array = '', version = '1.1'): Buffer {
  const body = typeof block === 'string' ? Buffer.from(block, 'utf8') : Buffer.from(block);
  const lines = [`WARC/${version}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${body.length}`];
  return Buffer.concat([Buffer.from(lines.join(CRLF) + CRLF + CRLF, 'utf8'), body, Buffer.from(CRLF + CRLF)]);
}

/** An HTTP response as a crawler stores it in a response record. */
export function httpResponse(status: number, headers: Record<string, string>, body: string | Uint8Array): Buffer {
  const head = [`HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Status'}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join(CRLF);
  return Buffer.concat([Buffer.from(head + CRLF + CRLF, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body)]);
}

/** The classic WARC payload digest spelling: SHA-1 in RFC 4648 base32. */
export function sha1Base32(bytes: Uint8Array): string {
  const digest = createHash('sha1').update(bytes).digest();
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

export const ARTICLE_HTML = '<html><head><title>Envoy speaks</title></head><body><article><p>The ambassador said the council had heard the claim.</p></article></body></html>';
export const NOTE_TEXT = 'A plain-text wire note: officials said the report was unconfirmed.';

/** A crawl with a warcinfo, a request, a gzip+chunked HTML response, a text resource, a revisit and an image. */
export function sampleRecords(): Buffer[] {
  const gz = gzipSync(Buffer.from(ARTICLE_HTML));
  const chunked = Buffer.concat([Buffer.from(`${gz.length.toString(16)}\r\n`), gz, Buffer.from('\r\n0\r\n\r\n')]);
  const date = '2015-02-18T10:00:00Z';
  return [
    warcRecord({ 'WARC-Type': 'warcinfo', 'WARC-Date': date, 'Content-Type': 'application/warc-fields' }, 'software: test\r\n'),
    warcRecord({ 'WARC-Type': 'request', 'WARC-Target-URI': 'https://news.example/envoy', 'Content-Type': 'application/http; msgtype=request' }, 'GET /envoy HTTP/1.1\r\nHost: news.example\r\n\r\n'),
    warcRecord(
      {
        'WARC-Type': 'response',
        'WARC-Target-URI': 'https://news.example/envoy',
        'WARC-Date': date,
        'WARC-Payload-Digest': `sha1:${sha1Base32(Buffer.from(ARTICLE_HTML))}`,
        'Content-Type': 'application/http; msgtype=response',
      },
      httpResponse(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' }, chunked),
    ),
    warcRecord({ 'WARC-Type': 'resource', 'WARC-Target-URI': 'https://wire.example/note.txt', 'WARC-Date': '2015-02-18T11:30:00.250Z', 'Content-Type': 'text/plain' }, NOTE_TEXT),
    warcRecord({
      'WARC-Type': 'revisit',
      'WARC-Target-URI': 'https://news.example/envoy?ref=rss',
      'WARC-Date': '2015-02-19T09:00:00Z',
      'WARC-Profile': 'http://netpreserve.org/warc/1.1/revisit/identical-payload-digest',
      'WARC-Refers-To-Target-URI': 'https://news.example/envoy',
      'WARC-Refers-To-Date': date,
      'WARC-Payload-Digest': `sha256:${createHash('sha256').update(ARTICLE_HTML).digest('hex')}`,
    }),
    warcRecord(
      { 'WARC-Type': 'response', 'WARC-Target-URI': 'https://news.example/logo.png', 'WARC-Date': date, 'Content-Type': 'application/http; msgtype=response' },
      httpResponse(200, { 'Content-Type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    ),
  ];
}

/** Records joined as a plain WARC, gzip per record (the usual .warc.gz), or one gzip member. */
export function buildWarc(records: Buffer[], compression: 'none' | 'record' | 'file' = 'record'): Buffer {
  if (compression === 'record') return Buffer.concat(records.map((r) => gzipSync(r)));
  const plain = Buffer.concat(records);
  return compression === 'file' ? gzipSync(plain) : plain;
}
