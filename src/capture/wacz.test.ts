import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { SourceCapture, SourceItem } from './sources.ts';
import { readWacz, type WaczOptions } from './wacz.ts';
import { ARTICLE_HTML, buildWarc, httpResponse, sampleRecords, warcRecord } from './warc-fixtures.ts';
import { buildZip, type ZipEntryInput } from './zip-fixtures.ts';

const PAGES = [
  '{"format":"json-pages-1.0","id":"pages","title":"All Pages"}',
  '{"id":"p1","url":"https://news.example/envoy","title":"Envoy speaks","ts":"2015-02-18T10:00:00Z"}',
  '{"id":"p2","url":"https://other.example/story","title":"Second story"}',
  'not json',
].join('\n');

const second = buildWarc([
  warcRecord(
    { 'WARC-Type': 'response', 'WARC-Target-URI': 'https://other.example/story', 'WARC-Date': '2015-02-19T08:00:00Z', 'Content-Type': 'application/http; msgtype=response' },
    httpResponse(200, { 'Content-Type': 'text/html' }, '<p>Second story text.</p>'),
  ),
]);

function wacz(extra: ZipEntryInput[] = []): Buffer {
  return buildZip([
    { name: 'datapackage.json', data: '{"profile":"data-package","resources":[]}', method: 'deflate' },
    { name: 'pages/pages.jsonl', data: PAGES, method: 'deflate' },
    { name: 'archive/data.warc.gz', data: buildWarc(sampleRecords()) },
    { name: 'archive/more.warc.gz', data: second },
    ...extra,
  ]);
}

async function all(it: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of it) out.push(item);
  return out;
}

const summary = (items: SourceItem[]): string[] =>
  items.map((i) => ('capture' in i ? `${i.via} ${i.url} ${i.title ?? '-'}` : 'revisit' in i ? `${i.via} revisit` : `error ${i.error.message}`));

describe('readWacz', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hearsay-wacz-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test('should read both WARCs of a WACZ from disk, with titles from pages.jsonl', async () => {
    const path = join(dir, 'crawl.wacz');
    await writeFile(path, wacz([{ name: '../../etc/evil.warc', data: 'ignored: not under archive/' }]));
    const items = await all(readWacz(path, 'crawl.wacz'));
    assert.deepEqual(summary(items), [
      'crawl.wacz#archive/data.warc.gz#record 3 https://news.example/envoy Envoy speaks',
      'crawl.wacz#archive/data.warc.gz#record 4 https://wire.example/note.txt -',
      'crawl.wacz#archive/data.warc.gz#record 5 revisit',
      'crawl.wacz#archive/more.warc.gz#record 1 https://other.example/story Second story',
    ]);
    assert.equal(Buffer.from((items[0] as SourceCapture).capture.bytes).toString(), ARTICLE_HTML);
  });

  test('should read a WACZ held in memory', async () => {
    assert.equal((await all(readWacz(wacz(), 'mem.wacz'))).length, 4);
  });

  test('should refuse a zip bomb entry by its declared ratio and go on with the others', async () => {
    const bomb = warcRecord({ 'WARC-Type': 'resource', 'Content-Type': 'text/plain' }, Buffer.alloc(4 * 1024 * 1024, 0x61));
    const options: WaczOptions = { limits: { ratioFloorBytes: 1024 * 1024, maxCompressionRatio: 100 } };
    const items = await all(readWacz(wacz([{ name: 'archive/bomb.warc', data: bomb, method: 'deflate' }]), 'b.wacz', options));
    assert.equal(items.length, 5);
    const { error } = items[4] as { error: Error & { code: string } };
    assert.equal(error.code, 'too-large');
    assert.match(error.message, /^b\.wacz: archive\/bomb\.warc: compression bomb: .* a ratio above 100 \(limit maxCompressionRatio\); skipped$/);
  });

  test('should stop an entry that inflates past its declared size (a lying zip), with an error', async () => {
    const warc = buildWarc(sampleRecords(), 'none');
    const items = await all(readWacz(buildZip([{ name: 'archive/liar.warc', data: warc, method: 'deflate', declaredSize: 100 }]), 'l.wacz'));
    assert.equal(items.length, 1);
    // How far past the declared size yauzl notices depends on zlib's output chunks: the count is not asserted.
    assert.match((items[0] as { error: Error }).error.message, /^l\.wacz#archive\/liar\.warc: cannot read: too many bytes in the stream\. expected 100\. got at least \d+$/);
  });

  test('should stop at the entry count and total size limits', async () => {
    const [count] = await all(readWacz(wacz(), 'c.wacz', { limits: { maxZipEntries: 3 } }));
    assert.equal((count as { error: Error }).error.message, 'c.wacz: 4 zip entries, more than 3 (limit maxZipEntries)');
    const items = await all(readWacz(wacz(), 't.wacz', { limits: { maxZipTotalBytes: 1000 } }));
    assert.match((items.at(-1) as { error: Error }).error.message, /^t\.wacz: archive\/data\.warc\.gz: entries add up to more than 1000 bytes uncompressed \(limit maxZipTotalBytes\); the rest is not read$/);
  });

  test('should report input that is not a zip, or a zip without WARCs', async () => {
    const [notZip] = await all(readWacz(Buffer.from('hello'), 'x.wacz'));
    assert.match((notZip as { error: Error }).error.message, /^x\.wacz: not a readable zip \(WACZ\): /);
    const [noWarc] = await all(readWacz(buildZip([{ name: 'a.txt', data: 'a' }]), 'y.wacz'));
    assert.equal((noWarc as { error: Error }).error.message, 'y.wacz: no archive/*.warc or archive/*.warc.gz inside; not a WACZ?');
    const [missing] = await all(readWacz(join(dir, 'nope.wacz'), 'nope.wacz'));
    assert.equal((missing as { error: Error }).error.message, 'nope.wacz: no such file');
  });
});
