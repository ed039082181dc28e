import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { readSources, type SourceItem, type SourceOptions } from './sources.ts';
import { buildWarc, sampleRecords } from './warc-fixtures.ts';
import { buildZip } from './zip-fixtures.ts';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>Daily</title><item><title>One</title><link>https://d.example/1</link><description>&lt;p&gt;Sum.&lt;/p&gt;</description></item></channel></rss>';

/** One line per item: what it is and where it came from, paths relative to the fixture folder. */
async function list(args: string[], options: SourceOptions): Promise<string[]> {
  const out: string[] = [];
  for await (const item of readSources(args, options)) out.push(describe_(item, options.cwd ?? ''));
  return out;
}

function describe_(item: SourceItem, root: string): string {
  const rel = (s: string): string => s.split(`${root}/`).join('');
  if ('capture' in item) return `${item.kind} ${rel(item.via)}${item.summary ? ' (summary)' : ''}`;
  if ('revisit' in item) return `revisit ${rel(item.via)}`;
  return `error ${rel(item.error.message)}`;
}

describe('readSources', () => {
  let dir: string;
  let server: Server;
  let base: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hearsay-sources-'));
    await mkdir(join(dir, 'pages/nested/deeper'), { recursive: true });
    await mkdir(join(dir, 'pages/.git'));
    await writeFile(join(dir, 'pages/a.html'), '<html><body><p>Page A says the envoy spoke.</p></body></html>');
    await writeFile(join(dir, 'pages/nested/b.txt'), 'Plain text B.');
    await writeFile(join(dir, 'pages/nested/deeper/c.htm'), '<p>Page C.</p>');
    await writeFile(join(dir, 'pages/nested/README'), 'An extension-less text file.');
    await writeFile(join(dir, 'pages/nested/blob'), Buffer.from([0, 1, 2, 3, 0, 0]));
    await writeFile(join(dir, 'pages/logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await writeFile(join(dir, 'pages/style.css'), 'p { color: red }');
    await writeFile(join(dir, 'pages/.hidden.html'), '<p>hidden</p>');
    await writeFile(join(dir, 'pages/.git/config.html'), '<p>hidden folder</p>');
    await writeFile(join(dir, 'pages/empty.html'), '');
    await symlink('..', join(dir, 'pages/nested/loop')); // nested/loop -> pages: a cycle
    await symlink('missing.html', join(dir, 'pages/broken.html'));
    await mkdir(join(dir, 'crawls/2015'), { recursive: true });
    await writeFile(join(dir, 'crawls/2015/one.warc.gz'), buildWarc(sampleRecords()));
    await writeFile(join(dir, 'crawls/two.warc.gz'), buildWarc(sampleRecords().slice(3, 4)));
    await writeFile(join(dir, 'crawls/unnamed'), buildWarc(sampleRecords().slice(3, 4)));
    await writeFile(join(dir, 'feed.xml'), RSS);
    await writeFile(join(dir, 'batch.jsonl'), '{"id":"1","text":"Record one.","url":"https://j.example/1"}\n{"id":2}\n');
    await writeFile(join(dir, 'crawl.wacz'), buildZip([{ name: 'archive/data.warc.gz', data: buildWarc(sampleRecords()) }]));
    server = createServer((req, res) => {
      if (req.url === '/feed') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
      else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>Fetched page.</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('should walk a folder: nested files, hidden and non-article files skipped, symlink loop entered once', async () => {
    assert.deepEqual(await list(['pages'], { cwd: dir }), [
      'html pages/a.html',
      'error pages/broken.html: broken symbolic link',
      'error pages/empty.html: empty',
      'html pages/nested/README'.replace('html', 'text'),
      'text pages/nested/b.txt',
      'html pages/nested/deeper/c.htm',
    ]);
  });

  test('should expand globs, with and without **', async () => {
    assert.deepEqual(await list(['crawls/**/*.warc.gz'], { cwd: dir }), [
      'html crawls/2015/one.warc.gz#record 3',
      'text crawls/2015/one.warc.gz#record 4',
      'revisit crawls/2015/one.warc.gz#record 5',
      'text crawls/two.warc.gz#record 1',
    ]);
    assert.deepEqual(await list(['pages/*.html'], { cwd: dir }), ['html pages/a.html', 'error pages/broken.html: broken symbolic link', 'error pages/empty.html: empty']);
    assert.deepEqual(await list(['nothing/*.html'], { cwd: dir }), ['error nothing/*.html: no files match this pattern']);
  });

  test('should dispatch files by name and content: feed, JSONL, WACZ, extension-less WARC, missing path', async () => {
    assert.deepEqual(await list(['feed.xml', 'batch.jsonl', 'crawl.wacz', 'crawls/unnamed', 'missing.html'], { cwd: dir }), [
      'html feed.xml#item 1 (summary)',
      'text batch.jsonl#line 1',
      'error batch.jsonl:2: missing "text" and "html" (one of them is needed)',
      'html crawl.wacz#archive/data.warc.gz#record 3',
      'text crawl.wacz#archive/data.warc.gz#record 4',
      'revisit crawl.wacz#archive/data.warc.gz#record 5',
      'text crawls/unnamed#record 1',
      'error missing.html: no such file or folder',
    ]);
  });

  test('should read "-" from stdin: a streamed WARC, a page, a JSONL batch', async () => {
    const stdin = (bytes: Uint8Array) => (async function* () {
      for (let i = 0; i < bytes.length; i += 100) yield bytes.subarray(i, i + 100);
    })();
    assert.deepEqual(await list(['-'], { stdin: stdin(buildWarc(sampleRecords())) }), ['html stdin#record 3', 'text stdin#record 4', 'revisit stdin#record 5']);
    assert.deepEqual(await list(['-'], { stdin: stdin(Buffer.from('<p>A page on stdin.</p>')) }), ['html stdin']);
    assert.deepEqual(await list(['-'], { stdin: stdin(Buffer.from('{"id":1,"text":"a"}\n{"id":2,"html":"<p>b</p>"}\n')) }), ['text stdin#line 1', 'html stdin#line 2']);
  });

  test('should stop when the signal is aborted: the archive ends with an error, later arguments are not read', async () => {
    const controller = new AbortController();
    const out: string[] = [];
    for await (const item of readSources(['crawls/2015/one.warc.gz', 'feed.xml'], { cwd: dir, signal: controller.signal })) {
      out.push(describe_(item, dir));
      controller.abort();
    }
    assert.deepEqual(out, ['html crawls/2015/one.warc.gz#record 3', `error crawls/2015/one.warc.gz: record 4 at byte ${sampleRecords().slice(0, 3).reduce((n, r) => n + r.length, 0)} (uncompressed): stopped: reading was aborted`]);
  });

  test('should fetch URL arguments (a page and a feed), and refuse them offline', async () => {
    const options: SourceOptions = { cwd: dir, fetch: { allowPrivate: true } };
    assert.deepEqual(await list([`${base}/page`, `${base}/feed`], options), ['html ' + `${base}/page`, `html ${base}/feed#item 1 (summary)`]);
    assert.deepEqual(await list([`${base}/page`, 'ftp://x.example/a'], { cwd: dir, offline: true }), [
      `error ${base}/page: not fetched: URLs are off (offline)`,
      'error ftp://x.example/a: only http and https URLs can be fetched',
    ]);
  });
});
