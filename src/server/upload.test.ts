// POST /api/ingest with one file's bytes (application/octet-stream, ?name=), link=later and POST
// /api/link, and the capture routes that give the original back.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { SqliteWorkspace } from '../store/index.ts';
import { createApp } from './app.ts';
import { getJson, greymoorWorkspace } from './test-support.ts';

let ws: SqliteWorkspace, done: () => void;
before(async () => ({ ws, done } = await greymoorWorkspace()));
after(() => done());

const PAGE = `<!doctype html><html><head><title>Spillway audit delayed</title><meta property="og:site_name" content="Tarn Valley Post"></head>
<body><article><h1>Spillway audit delayed</h1><p>The regional auditor said on Monday that the Greymoor spillway review would slip to the summer, because the inspectors had not been given the plans.</p>
<p>Calder Water said it had handed over every document it held about the reservoir.</p></article></body></html>`;
const upload = (name: string, body: string, query = '') => ({ path: `/api/ingest?name=${encodeURIComponent(name)}${query}`, init: { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body } });

it('should ingest an uploaded HTML file without linking, then link on request', async () => {
  const app = createApp(ws);
  const before = (await getJson(app, '/api/stories')).body.total;
  assert.deepEqual((await getJson(app, '/api/search?q=inspectors')).body.hits, []);
  const u = upload('../../etc/audit page.html', PAGE, '&link=later');
  const { res, body } = await getJson(app, u.path, u.init);
  assert.equal(res.status, 200, JSON.stringify(body));
  assert.equal(body.tally.new, 1);
  assert.deepEqual([body.stories, body.claims], [null, null]);
  const id = body.articles[0];
  // Not linked yet: the article is stored but in no story; search finds it (its answers were dropped).
  assert.equal((await getJson(app, `/api/articles/${id}`)).body.story, null);
  assert.deepEqual((await getJson(app, '/api/search?q=inspectors')).body.hits.map((h: any) => h.article), [id]);
  const linked = await getJson(app, '/api/link', { method: 'POST' });
  assert.equal(linked.res.status, 200);
  assert.ok(linked.body.stories >= before);
  const article = (await getJson(app, `/api/articles/${id}`)).body;
  assert.equal(article.title, 'Spillway audit delayed');
  assert.ok(article.text.includes('inspectors had not been given the plans'));

  // The original is one request away: the same bytes, under a name stripped of its path.
  const cap = await getJson(app, `/api/captures/${article.captures[0]}`);
  assert.equal(cap.res.status, 200);
  assert.equal(cap.body.size, Buffer.byteLength(PAGE));
  assert.equal(cap.body.origin.kind, 'file');
  assert.match(cap.body.origin.path, /audit_page\.html$/);
  assert.doesNotMatch(cap.body.origin.path, /etc/);
  const raw = await app.request(`/api/captures/${article.captures[0]}/raw`);
  assert.equal(raw.headers.get('content-type'), 'application/octet-stream');
  assert.match(raw.headers.get('content-disposition')!, /^attachment;/);
  assert.equal(await raw.text(), PAGE);
});

it('should refuse files it cannot name, empty files, files over the limit, and form encodings', async () => {
  const app = createApp(ws, { maxUploadBytes: 1000 });
  const status = async (u: { path: string; init: RequestInit }) => (await app.request(u.path, u.init)).status;
  assert.equal(await status(upload('payload.exe', 'MZ')), 400);
  assert.equal(await status(upload('.html', 'x')), 400);
  assert.equal(await status({ path: '/api/ingest', init: { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: 'x' } }), 400);
  assert.equal(await status(upload('empty.txt', '')), 400);
  assert.equal(await status(upload('big.txt', 'x'.repeat(1001))), 413);
  assert.equal(await status(upload('page.html', PAGE, '&link=sometime')), 400);
  assert.equal(await status({ path: '/api/ingest?name=a.txt', init: { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' } }), 415);
  assert.equal(await status({ path: '/api/ingest?name=a.txt', init: { method: 'POST', headers: { 'Content-Type': 'multipart/form-data; boundary=x' }, body: '--x--' } }), 415);
});

it('should answer 400 and 404 for malformed and unknown captures', async () => {
  const app = createApp(ws);
  assert.equal((await app.request('/api/captures/abc')).status, 400);
  assert.equal((await app.request(`/api/captures/${'0'.repeat(64)}`)).status, 404);
  assert.equal((await app.request(`/api/captures/${'0'.repeat(64)}/raw`)).status, 404);
});

it('should page the stories and find them by their articles’ words', async () => {
  const app = createApp(ws);
  const all = (await getJson(app, '/api/stories')).body;
  assert.ok(all.total >= 2);
  const second = (await getJson(app, '/api/stories?offset=1&limit=1')).body;
  assert.deepEqual(second.stories.map((s: any) => s.id), [all.stories[1].id]);
  assert.equal(second.total, all.total);
  assert.equal(all.stories[0].title, 'Minister says reservoir operator ignored three warnings');
  const premier = (await getJson(app, '/api/stories?q=premier')).body;
  assert.deepEqual(premier.stories.map((s: any) => s.id), ['2']);
  for (const bad of ['limit=0', 'limit=1001', 'offset=-1', 'q=', 'page=2']) assert.equal((await app.request(`/api/stories?${bad}`)).status, 400, bad);
});

it('should give an article the claims that appear in it, with span and stance', async () => {
  const a = (await getJson(createApp(ws), '/api/articles/1')).body;
  assert.ok(a.claims.length > 0);
  for (const c of a.claims) assert.equal(typeof c.stance, 'string');
  assert.ok(a.claims.some((c: any) => c.id === '1' && a.text.slice(c.span.start, c.span.end).includes('three written warnings')));
});

it('should say what a running ingest has stored so far', async () => {
  const app = createApp(ws);
  assert.deepEqual((await getJson(app, '/api/ingest/progress')).body, { running: false, source: null, tally: null });
  const lines = Array.from({ length: 120 }, (_, i) => JSON.stringify({ id: `p${i}`, text: `Report ${i}\n\nThe mayor of Town ${i} said on Friday that the bridge number ${i} would reopen in ${i % 12 + 1} weeks.` }));
  let settled = false;
  const u = upload('batch.jsonl', lines.join('\n'));
  const run = Promise.resolve(app.request(u.path, u.init)).finally(() => (settled = true));
  const seen: any[] = [];
  while (!settled) {
    await new Promise((r) => setTimeout(r, 10));
    seen.push((await getJson(app, '/api/ingest/progress')).body);
  }
  assert.equal((await run).status, 200);
  assert.ok(seen.some((p) => p.running && p.source === 'batch.jsonl' && p.tally && p.tally.new >= 50), JSON.stringify(seen.slice(-3)));
  assert.equal((await getJson(app, '/api/ingest/progress')).body.running, false);
});
