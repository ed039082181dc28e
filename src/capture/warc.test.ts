import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { SourceCapture, SourceItem } from './sources.ts';
import { normalizeDigest } from './warc-digest.ts';
import { ARTICLE_HTML, NOTE_TEXT, buildWarc, httpResponse, sampleRecords, sha1Base32, warcRecord } from './warc-fixtures.ts';
import { readWarc, type WarcOptions } from './warc.ts';

async function read(bytes: Uint8Array, input = 'crawl.warc.gz', options?: WarcOptions): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  // Small chunks, so records and lines straddle chunk boundaries.
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
  }
  for await (const item of readWarc(chunks(), input, options)) out.push(item);
  return out;
}

const sha1hex = (s: string): string => createHash('sha1').update(s).digest('hex');
const sha256hex = (s: string): string => createHash('sha256').update(s).digest('hex');

function checkSample(items: SourceItem[], input: string): void {
  assert.equal(items.length, 3);
  const [page, note, revisit] = items as [SourceCapture, SourceCapture, SourceItem];
  assert.equal(page.kind, 'html');
  assert.equal(page.via, `${input}#record 3`);
  assert.equal(page.url, 'https://news.example/envoy');
  assert.equal(Buffer.from(page.capture.bytes).toString('utf8'), ARTICLE_HTML);
  assert.equal(page.capture.sha256, sha256hex(ARTICLE_HTML));
  assert.equal(page.capture.capturedAt, '2015-02-18T10:00:00.000Z');
  assert.equal(page.capture.contentType, 'text/html; charset=utf-8');
  assert.equal(page.payloadDigest, `sha1:${sha1hex(ARTICLE_HTML)}`);
  assert.equal(page.status, 200);
  assert.deepEqual(page.capture.origin, { kind: 'file', path: `${input}#record 3` });

  assert.equal(note.kind, 'text');
  assert.equal(note.via, `${input}#record 4`);
  assert.equal(Buffer.from(note.capture.bytes).toString('utf8'), NOTE_TEXT);
  assert.equal(note.capture.capturedAt, '2015-02-18T11:30:00.250Z');

  assert.deepEqual(revisit, {
    via: `${input}#record 5`,
    revisit: {
      url: 'https://news.example/envoy?ref=rss',
      capturedAt: '2015-02-19T09:00:00Z',
      refersToUri: 'https://news.example/envoy',
      refersToDate: '2015-02-18T10:00:00Z',
      payloadDigest: `sha256:${sha256hex(ARTICLE_HTML)}`,
      profile: 'http://netpreserve.org/warc/1.1/revisit/identical-payload-digest',
    },
  });
}

describe('readWarc', () => {
  test('should read a gzip-per-record WARC: response, resource and revisit; request, info and image skipped', async () => {
    checkSample(await read(buildWarc(sampleRecords(), 'record')), 'crawl.warc.gz');
  });

  test('should read the same records from a plain and a whole-file gzip WARC', async () => {
    checkSample(await read(buildWarc(sampleRecords(), 'none'), 'crawl.warc'), 'crawl.warc');
    checkSample(await read(buildWarc(sampleRecords(), 'file')), 'crawl.warc.gz');
  });

  test('should read a WARC file from disk by path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hearsay-warc-'));
    try {
      const path = join(dir, 'crawl.warc.gz');
      await writeFile(path, buildWarc(sampleRecords()));
      const items: SourceItem[] = [];
      for await (const item of readWarc(path, path)) items.push(item);
      checkSample(items, path);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('should yield earlier records, then an error naming the byte offset, for a truncated WARC', async () => {
    const plain = buildWarc(sampleRecords(), 'none');
    const recordsBefore = sampleRecords().slice(0, 3).reduce((n, r) => n + r.length, 0);
    const cut = plain.subarray(0, recordsBefore + 200); // inside the resource record's header or block
    const items = await read(cut, 'crawl.warc');
    assert.equal(items.length, 2);
    assert.equal((items[0] as SourceCapture).via, 'crawl.warc#record 3');
    const { error } = items[1] as { error: Error & { byteOffset: number } };
    assert.match(error.message, new RegExp(`^crawl\\.warc: record 4 at byte ${recordsBefore}: truncated: Content-Length is ${NOTE_TEXT.length} but the archive ends after \\d+ bytes, at byte ${recordsBefore + 200}$`));
    assert.equal(error.byteOffset, recordsBefore);
  });

  test('should report a truncated gzip WARC after the complete records', async () => {
    const gz = buildWarc(sampleRecords(), 'record');
    const items = await read(gz.subarray(0, gz.length - 10));
    assert.equal(items.filter((i) => 'capture' in i || 'revisit' in i).length, 3);
    const last = items.at(-1) as { error: Error };
    assert.match(last.error.message, /^crawl\.warc\.gz: record 6 at byte \d+ \(uncompressed\): truncated gzip data at compressed byte \d+$/);
  });

  test('should refuse a gzip bomb with a clear error', async () => {
    const bomb = gzipSync(Buffer.concat([warcRecord({ 'WARC-Type': 'resource', 'Content-Type': 'text/plain' }, Buffer.alloc(8 * 1024 * 1024, 0x61))]));
    const items = await read(bomb, 'bomb.warc.gz', { limits: { ratioFloorBytes: 1024 * 1024, maxCompressionRatio: 100 } });
    assert.equal(items.length, 1);
    const { error } = items[0] as { error: Error & { code: string } };
    assert.equal(error.code, 'too-large');
    assert.match(error.message, /^bomb\.warc\.gz: record 1 at byte 0 \(uncompressed\): compression bomb: .* inflate to more than .*, a ratio above 100 \(limit maxCompressionRatio\)$/);
  });

  test('should skip a record over maxRecordBytes with an error and go on', async () => {
    const big = warcRecord({ 'WARC-Type': 'resource', 'Content-Type': 'text/html' }, `<p>${'x'.repeat(5000)}</p>`);
    const items = await read(buildWarc([big, ...sampleRecords()], 'none'), 'c.warc', { limits: { maxRecordBytes: 4096 } });
    assert.equal(items.length, 4);
    assert.equal((items[0] as { error: Error }).error.message, 'c.warc: record 1 at byte 0: resource of 5007 bytes is larger than 4 KB (limit maxRecordBytes); skipped');
  });

  test('should stop at maxRecords and at an over-long header', async () => {
    const items = await read(buildWarc(sampleRecords(), 'none'), 'c.warc', { limits: { maxRecords: 3 } });
    assert.match((items.at(-1) as { error: Error }).error.message, /record 4 at byte \d+: more than 3 records \(limit maxRecords\)/);
    const long = warcRecord({ 'WARC-Type': 'resource', 'X-Long': 'y'.repeat(2000) }, 'hi');
    const [only] = await read(long, 'c.warc', { limits: { maxHeaderBytes: 1024 } });
    assert.equal((only as { error: Error }).error.message, 'c.warc: record 1 at byte 0: record header longer than 1 KB (limit maxHeaderBytes); skipping to the next record');
  });

  test('should say what it found when the input is not a WARC', async () => {
    const [only] = await read(Buffer.from('<html>not a warc</html>'), 'x.warc');
    assert.equal((only as { error: Error }).error.message, 'x.warc: record 1 at byte 0: expected a WARC record ("WARC/1.1"), found "<html>not a warc</html>"; skipping to the next record');
  });

  test('should skip a broken record to the next one, and say so once', async () => {
    const broken = Buffer.from('WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 12x\r\n\r\n<p>lost</p>\r\nmore junk\r\n\r\n');
    const records = sampleRecords();
    const items = await read(buildWarc([records[3]!, broken, records[3]!], 'none'), 'r.warc');
    assert.deepEqual(items.map((i) => ('error' in i ? i.error.message : i.via)), [
      'r.warc#record 1',
      `r.warc: record 2 at byte ${records[3]!.length}: invalid Content-Length "12x"; skipping to the next record`,
      'r.warc#record 3',
    ]);
  });

  test('should check payload digests and dates, and report problems as messages', async () => {
    const body = '<p>Checked.</p>';
    const rec = (headers: Record<string, string>): Buffer => warcRecord({ 'WARC-Type': 'resource', 'Content-Type': 'text/html', ...headers }, body);
    const items = await read(
      buildWarc([
        rec({ 'WARC-Date': '2015-02-18T10:00:00Z', 'WARC-Payload-Digest': `sha1:${sha1Base32(Buffer.from(body))}` }),
        rec({ 'WARC-Date': '2015-02-18T10:00:00Z', 'WARC-Payload-Digest': `sha256:${sha256hex('something else')}` }),
        rec({ 'WARC-Date': 'yesterday', 'WARC-Payload-Digest': 'crc32:abcd' }),
      ], 'none'),
      'd.warc',
    );
    assert.deepEqual(items.map((i) => (i as SourceCapture).messages), [
      undefined,
      [{ reason: `payload does not match its WARC-Payload-Digest sha256:${sha256hex('something else')}`, rule: 'capture:digest-mismatch', severity: 'warning' }],
      [
        { reason: 'unreadable WARC-Date "yesterday"; the capture time is the time of reading', rule: 'capture:warc-date', severity: 'warning' },
        { reason: 'WARC-Payload-Digest "crc32:abcd" not understood; not checked', rule: 'capture:warc-digest', severity: 'info' },
      ],
    ]);
  });

  test('should read WARC/1.0 with bracketed URIs, and skip non-2xx responses', async () => {
    const rec = (status: number, uri: string): Buffer =>
      warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': `<${uri}>`, 'WARC-Date': '2015-02-18T10:00:00Z' }, httpResponse(status, { 'Content-Type': 'text/html' }, '<p>x</p>'), '1.0');
    const items = await read(buildWarc([rec(404, 'https://a.example/gone'), rec(200, 'https://a.example/ok')], 'none'), 'old.warc');
    assert.deepEqual(items.map((i) => ('capture' in i ? i.url : i)), ['https://a.example/ok']);
  });
});

describe('normalizeDigest', () => {
  const hex = sha1hex('abc');
  test('should read sha1 base32, hex, upper case and padded forms', () => {
    assert.equal(normalizeDigest(`sha1:${sha1Base32(Buffer.from('abc'))}`), `sha1:${hex}`);
    assert.equal(normalizeDigest(`SHA1:${hex.toUpperCase()}`), `sha1:${hex}`);
  });
  test('should read sha256 in hex and base32', () => {
    const h256 = sha256hex('abc');
    const b32 = normalizeDigest(`sha256:${base32(Buffer.from(h256, 'hex'))}`);
    assert.equal(normalizeDigest(`sha256:${h256}`), `sha256:${h256}`);
    assert.equal(b32, `sha256:${h256}`);
  });
  test('should return null for unreadable digests', () => {
    assert.equal(normalizeDigest('sha1:notbase32!'), null);
    assert.equal(normalizeDigest('crc:1234'), null);
    assert.equal(normalizeDigest(undefined), null);
  });
});

function base32(bytes: Buffer): string {
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = ((value << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += a[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits) out += a[(value << (5 - bits)) & 31];
  return out + '='.repeat((8 - (out.length % 8)) % 8);
}
