// POST /api/ingest: records and URLs, limits, and a hostile record that must come back as inert JSON.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SqliteWorkspace } from '../store/index.ts';
import { createApp } from './app.ts';
import { getJson, greymoorWorkspace } from './test-support.ts';

let ws: SqliteWorkspace, done: () => void;
before(async () => ({ ws, done } = await greymoorWorkspace()));
after(() => done());

const post = (body: string, type = 'application/json') => ({ method: 'POST', headers: { 'Content-Type': type }, body });

const HOSTILE_TITLE = 'Dam report <script>alert(1)</script> "><img src=x onerror=alert(2)>';
const HOSTILE_TEXT = `${HOSTILE_TITLE}\n\nThe regional auditor said on Monday that the <script>fetch("/api/export/csv")</script> spillway "><img src=x onerror=alert(document.cookie)> had never been inspected.`;

describe('records', () => {
  it('should ingest a hostile record, relink, and give its title and text back as plain JSON strings', async () => {
    const app = createApp(ws);
    const record = { id: 'hostile-1', title: HOSTILE_TITLE, text: HOSTILE_TEXT, outlet: 'evil.example', published: '2025-03-20T10:00Z' };
    const { res, body } = await getJson(app, '/api/ingest', post(JSON.stringify({ records: [record] })));
    assert.equal(res.status, 200);
    assert.deepEqual(body.tally, { new: 1, same: 0, newVersion: 0, noop: 0, revisits: 0, failed: 0 });
    assert.deepEqual(body.errors, []);
    assert.deepEqual(body.articles, ['8']);
    assert.equal(typeof body.stories, 'number');

    // The new article is linked in without a restart: it is article 8, in some story or none.
    const a = await app.request('/api/articles/8');
    assert.equal(a.status, 200);
    assert.equal(a.headers.get('content-type'), 'application/json');
    assert.equal(a.headers.get('x-content-type-options'), 'nosniff');
    const article = await a.json();
    assert.equal(article.title, HOSTILE_TITLE);
    assert.equal(article.text, HOSTILE_TEXT);
    assert.equal(article.outlet, 'evil.example');
    const found = (await getJson(app, '/api/search?q=auditor')).body.hits.map((h: any) => h.article);
    assert.deepEqual(found, ['8']);
    // The same record again is recognised, not stored twice.
    const again = await getJson(app, '/api/ingest', post(JSON.stringify({ records: [record] })));
    assert.equal(again.body.tally.new, 0);
    assert.deepEqual(again.body.articles, []);
  });

  it('should report a record without text, and not name the server temp file', async () => {
    const { res, body } = await getJson(createApp(ws), '/api/ingest', post(JSON.stringify({ records: [{ id: 'x' }] })));
    assert.equal(res.status, 200);
    assert.equal(body.tally.failed, 1);
    assert.equal(body.errors.length, 1);
    assert.ok(!/hearsay-ingest-|\.jsonl/.test(body.errors[0]), body.errors[0]);
  });

  it('should refuse malformed bodies with 400 and other media types with 415', async () => {
    const app = createApp(ws);
    for (const b of ['not json', '[]', '{}', '{"urls":[],"records":[]}', '{"records":[]}', '{"records":[1]}', '{"urls":["/etc/passwd"]}', '{"urls":["file:///etc/passwd"]}', '{"urls":["*.jsonl"]}', '{"urls":["-"]}']) {
      const { res, body } = await getJson(app, '/api/ingest', post(b));
      assert.equal(res.status, 400, b);
      assert.equal(body.status, 400);
    }
    assert.equal((await app.request('/api/ingest', post('{"records":[{"id":"a","text":"b"}]}', 'text/plain'))).status, 415);
    assert.equal((await app.request('/api/ingest')).status, 404);
  });
});

describe('limits', () => {
  it('should refuse a body over the configured size with 413', async () => {
    const app = createApp(ws, { maxBodyBytes: 1000 });
    const big = JSON.stringify({ records: [{ id: 'big', text: 'x'.repeat(2000) }] });
    const { res, body } = await getJson(app, '/api/ingest', post(big));
    assert.deepEqual([res.status, body], [413, { status: 413, message: 'the body is larger than 1000 bytes' }]);
    // Without a Content-Length header the body is counted as it streams.
    const streamed = new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode(big)), c.close()) });
    const res2 = await app.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: streamed, duplex: 'half' } as RequestInit);
    assert.equal(res2.status, 413);
  });

  it('should refuse more items than allowed with 413', async () => {
    const app = createApp(ws, { maxItems: 2 });
    const { res } = await getJson(app, '/api/ingest', post(JSON.stringify({ urls: ['https://a.example/1', 'https://a.example/2', 'https://a.example/3'] })));
    assert.equal(res.status, 413);
  });
});

describe('urls', () => {
  it('should refuse private addresses unless the server allows them', async () => {
    const { res, body } = await getJson(createApp(ws), '/api/ingest', post(JSON.stringify({ urls: ['http://127.0.0.1:9/story', 'http://10.0.0.1/story'] })));
    assert.equal(res.status, 200);
    assert.equal(body.tally.failed, 2);
    assert.equal(body.errors.length, 2);
    for (const e of body.errors) assert.match(e, /private networks are off limits unless allowed/);
  });
});
