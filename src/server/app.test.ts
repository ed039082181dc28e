// The read routes over the Greymoor pack, through app.request(): exact ids, counts, statuses, media types.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { SqliteWorkspace } from '../store/index.ts';
import { link } from '../cli/workspace.ts';
import { createApp } from './app.ts';
import { claimRow } from './state.ts';
import { getJson, greymoorWorkspace } from './test-support.ts';

let ws: SqliteWorkspace, done: () => void, app: Hono;
before(async () => {
  ({ ws, done } = await greymoorWorkspace());
  app = createApp(ws);
});
after(() => done());

describe('stories', () => {
  it('should list both stories with counts, outlets, dates and terms', async () => {
    const { res, body } = await getJson(app, '/api/stories');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/json');
    assert.deepEqual(body.stories.map((s: any) => [s.id, s.articleCount, s.articles]), [['1', 5, ['1', '2', '3', '6', '7']], ['2', 2, ['4', '5']]]);
    const [one, two] = body.stories;
    assert.deepEqual(one.outlets, ['Tallis Wire', 'Ashgrove Courier', 'The Quarry Gazette', 'Fenmarch Today']);
    assert.equal(one.first, '2025-03-13T09:00:00.000Z');
    assert.equal(one.last, '2025-03-16T09:00:00.000Z');
    assert.ok(one.terms.includes('greymoor'));
    assert.equal(two.first, '2025-03-14T08:15:00.000Z');
  });

  it('should give a story with its articles and claims', async () => {
    const { res, body } = await getJson(app, '/api/stories/2');
    assert.equal(res.status, 200);
    assert.deepEqual(body.articles.map((a: any) => [a.id, a.title, a.outlet]), [
      ['4', 'Premier: Calder Water ignored every warning', 'Brookline Now'],
      ['5', 'We now have proof Calder Water let Greymoor fail', 'thesump.example'],
    ]);
    const one = (await getJson(app, '/api/stories/1')).body;
    assert.equal(one.claims.length, one.claimCount);
    assert.ok(one.claims.every((c: any) => c.story === '1'));
    assert.equal(one.claims[0].id, '1');
  });

  it('should answer 404 for an unknown story and 400 for a malformed id', async () => {
    const missing = await getJson(app, '/api/stories/99');
    assert.deepEqual([missing.res.status, missing.body], [404, { status: 404, message: 'no story 99' }]);
    const bad = await getJson(app, '/api/stories/abc');
    assert.equal(bad.res.status, 400);
    assert.equal(bad.body.status, 400);
  });
});

describe('articles', () => {
  it('should give the text, metadata and analysis, every span an offset into the text', async () => {
    const { res, body } = await getJson(app, '/api/articles/1');
    assert.equal(res.status, 200);
    assert.equal(body.id, '1');
    assert.equal(body.title, 'Minister says reservoir operator ignored three warnings');
    assert.equal(body.outlet, 'Tallis Wire');
    assert.equal(body.story, '1');
    assert.equal(body.published, '2025-03-13T09:00Z');
    assert.equal(body.analysis.id, '1');
    assert.ok(body.text.startsWith('Minister says reservoir operator ignored three warnings'));
    assert.ok(body.analysis.attributions.length > 0);
    for (const a of body.analysis.attributions) for (const s of a.content) assert.equal(body.text.slice(s.start, s.end), s.text);
    assert.equal((await app.request('/api/articles/42')).status, 404);
  });
});

describe('claims', () => {
  // The analysis model changes as it is trained; these tests hold the API to the library's own result
  // (link(ws)) exactly, and pin only what the Greymoor pack is built to show.
  it('should list the claim table as the library links it, and filter it', async () => {
    const expected = link(ws).json.claims;
    const all = (await getJson(app, '/api/claims')).body.claims;
    assert.deepEqual(all, expected.map(claimRow));
    assert.ok(all.length >= 3); // the warnings claim, the altered quote, the changed number at least
    assert.deepEqual(all[0], { ...all[0], id: '1', story: '1', independentSources: 2, firstAppearance: '1' });
    const ids = async (q: string) => (await getJson(app, `/api/claims?${q}`)).body.claims.map((c: any) => c.id);
    const where = (f: (c: (typeof expected)[number]) => boolean) => expected.filter(f).map((c) => c.id);
    assert.deepEqual(await ids('minIndependent=2'), where((c) => c.independentSources >= 2));
    assert.ok((await ids('minIndependent=2')).includes('1'));
    assert.deepEqual(await ids('maxIndependent=1&story=1'), where((c) => c.independentSources <= 1 && c.story === '1'));
    assert.deepEqual(await ids('drift=hardened'), where((c) => c.drift.some((d) => d.kind === 'hardened')));
    assert.ok((await ids('drift=hardened')).includes('1'));
    assert.deepEqual(await ids('drift=number-changed'), ['3']);
    assert.deepEqual(await ids('story=2'), []);
  });

  it('should refuse a bad query with 400', async () => {
    for (const q of ['drift=sideways', 'minIndependent=-1', 'minIndependent=3&maxIndependent=1', 'story=one', 'minIndependant=1', 'drift=hardened&drift=softened']) {
      const { res, body } = await getJson(app, `/api/claims?${q}`);
      assert.equal(res.status, 400, q);
      assert.equal(body.status, 400);
    }
  });

  it("should give a claim's provenance: appearances with spans, parents, drift with both sides", async () => {
    const { res, body } = await getJson(app, '/api/claims/1');
    assert.equal(res.status, 200);
    const { articles, ...claim } = body;
    assert.deepEqual(claim, link(ws).json.claims.find((c) => c.id === '1'));
    assert.equal(body.independentSources, 2);
    assert.equal(body.firstAppearance, '1');
    assert.deepEqual(body.primarySources.map((p: any) => p.name), ['Tomas Vereker', 'Jonas Pell']);
    assert.deepEqual(body.appearances.slice(0, 2).map((a: any) => [a.article, a.from?.article ?? null, a.from?.rule ?? null]), [
      ['1', null, null],
      ['2', '1', 'copy'],
    ]);
    assert.equal(body.appearances[0].span.start, 134);
    assert.ok(body.appearances[0].span.text.startsWith('that Calder Water ignored'));
    const hardened = body.drift.find((d: any) => d.kind === 'hardened');
    assert.deepEqual([hardened.article, hardened.source.article], ['3', '1']);
    const text3 = (await getJson(app, '/api/articles/3')).body.text as string;
    assert.equal(text3.slice(hardened.span.start, hardened.span.end), hardened.span.text);
    const touched = new Set<string>([...body.appearances.map((a: any) => a.article), ...body.drift.flatMap((d: any) => [d.article, d.source.article])]);
    assert.deepEqual(articles.map((a: any) => a.id), [...touched]);
    assert.equal((await app.request('/api/claims/77')).status, 404);
  });
});

describe('search', () => {
  it('should give hits as offsets in text and title', async () => {
    const { res, body } = await getJson(app, '/api/search?q=reservoir');
    assert.equal(res.status, 200);
    assert.deepEqual(body.hits.map((h: any) => h.article), ['1', '2', '3']);
    assert.deepEqual(body.hits[0].titleSpans, [{ start: 14, end: 23 }]);
    const text = (await getJson(app, '/api/articles/1')).body.text as string;
    for (const s of body.hits[0].spans) assert.equal(text.slice(s.start, s.end).toLowerCase(), 'reservoir');
  });

  it('should answer the same on search workers as on the event loop', async () => {
    const pooled = createApp(ws, { searchWorkers: 2 });
    for (const q of ['reservoir', 'Greymoor dam', '"Calder Water"', 'warn*', 'dam OR spillway', 'nothing']) {
      for (const path of [`/api/search?q=${encodeURIComponent(q)}`, `/api/search?q=${encodeURIComponent(q)}&limit=1`, `/api/stories?q=${encodeURIComponent(q)}`]) {
        assert.deepEqual((await getJson(pooled, path)).body, (await getJson(app, path)).body, path);
      }
    }
    assert.equal((await pooled.request('/api/search?q=%22%20*')).status, 400);
  });

  it('should refuse a missing query or a bad limit with 400', async () => {
    assert.equal((await app.request('/api/search')).status, 400);
    assert.equal((await app.request('/api/search?q=%20')).status, 400);
    assert.equal((await app.request('/api/search?q=a&limit=0')).status, 400);
    assert.equal((await app.request('/api/search?q=a&limit=101')).status, 400);
  });
});

describe('export', () => {
  const expected: Record<string, [string, string]> = {
    csv: ['text/csv; charset=utf-8; header=present', 'hearsay-csv.csv'],
    json: ['application/json', 'hearsay-json.json'],
    claimreview: ['application/ld+json', 'hearsay-claimreview.jsonld'],
    'prov-jsonld': ['application/ld+json', 'hearsay-prov-jsonld.jsonld'],
    graphml: ['application/graphml+xml', 'hearsay-graphml.graphml'],
    html: ['text/html; charset=utf-8', 'hearsay-html.html'],
  };
  it('should give every format with its media type and file name, logged in the custody log', async () => {
    const before = (ws.custodyLog() as { action: string }[]).filter((e) => e.action === 'export').length;
    for (const [format, [type, name]] of Object.entries(expected)) {
      const res = await app.request(`/api/export/${format}`);
      assert.equal(res.status, 200, format);
      assert.equal(res.headers.get('content-type'), type);
      assert.equal(res.headers.get('content-disposition'), `attachment; filename="${name}"`);
      assert.ok((await res.text()).length > 100);
    }
    const logged = (ws.custodyLog() as { action: string }[]).filter((e) => e.action === 'export').length;
    assert.equal(logged - before, 6);
  });

  it('should give the appearance table as csv, and refuse unknown formats and options', async () => {
    const res = await app.request('/api/export/csv?table=appearances');
    assert.equal(res.headers.get('content-disposition'), 'attachment; filename="hearsay-csv-appearances.csv"');
    assert.equal((await app.request('/api/export/pdf')).status, 404);
    assert.equal((await app.request('/api/export/json?table=appearances')).status, 400);
  });
});

describe('errors', () => {
  it('should answer unknown routes with JSON 404 and hide internal errors behind a bare 500', async () => {
    const { res, body } = await getJson(app, '/api/nothing');
    assert.deepEqual([res.status, body], [404, { status: 404, message: 'no route GET /api/nothing' }]);
    const logged: unknown[] = [];
    const broken = createApp(ws, { log: (e) => logged.push(e) });
    broken.get('/api/boom', () => {
      throw new Error('secret detail at /home/x');
    });
    const boom = await getJson(broken, '/api/boom');
    assert.deepEqual([boom.res.status, boom.body], [500, { status: 500, message: 'internal error' }]);
    assert.equal(logged.length, 1);
  });
});
