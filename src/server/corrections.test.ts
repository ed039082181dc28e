// Corrections through the API (app.request()): make one, see the claims change, list it, withdraw it;
// errors as JSON naming the field; the same token and host rules as every other route.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { SqliteWorkspace } from '../store/index.ts';
import { createApp } from './app.ts';
import { getJson, greymoorWorkspace } from './test-support.ts';

let ws: SqliteWorkspace, done: () => void, app: Hono;
before(async () => {
  ({ ws, done } = await greymoorWorkspace());
  app = createApp(ws);
});
after(() => done());

const post = (path: string, body?: unknown, headers: Record<string, string> = {}) =>
  getJson(app, path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const appearanceIn = async (claim: string, article: string) => (await getJson(app, `/api/claims/${claim}`)).body.appearances.find((a: any) => a.article === article);

describe('a copy rejected and withdrawn', () => {
  it('should drop the copy link, list the correction with who and when, and restore the link when withdrawn', async () => {
    assert.deepEqual((await appearanceIn('1', '2')).from, { article: '1', rule: 'copy' });
    const made = await post('/api/corrections', { kind: 'copy', article: '2', of: '1', verdict: 'reject', by: 'Ada', note: 'a rewrite, not a copy' });
    assert.equal(made.res.status, 200, JSON.stringify(made.body));
    const c = made.body.correction;
    assert.equal(c.id, 'k1');
    assert.deepEqual([c.kind, c.article, c.of, c.verdict, c.by, c.note, c.withdrawnAt, c.applied], ['copy', '2', '1', 'reject', 'Ada', 'a rewrite, not a copy', null, true]);
    assert.ok(Math.abs(Date.parse(c.at) - Date.now()) < 60_000);
    assert.equal(typeof made.body.claims, 'number');
    // The server's state is relinked: article 2 no longer copies article 1.
    assert.notEqual((await appearanceIn('1', '2')).from?.rule, 'copy');

    const list = await getJson(app, '/api/corrections');
    assert.equal(list.res.status, 200);
    assert.deepEqual(list.body.corrections.map((x: any) => [x.id, x.by, x.at, x.withdrawnAt, x.applied]), [['k1', 'Ada', c.at, null, true]]);

    const w = await post('/api/corrections/k1/withdraw');
    assert.equal(w.res.status, 200, JSON.stringify(w.body));
    assert.equal(w.body.correction.id, 'k1');
    assert.equal(w.body.correction.applied, false);
    assert.ok(w.body.correction.withdrawnAt);
    assert.deepEqual((await appearanceIn('1', '2')).from, { article: '1', rule: 'copy' });
    const after = (await getJson(app, '/api/corrections')).body.corrections;
    assert.deepEqual(after.map((x: any) => [x.id, x.withdrawnAt, x.applied]), [['k1', w.body.correction.withdrawnAt, false]]);
    // The store logged both changes in the custody log.
    assert.equal(ws.corrections().length, 1);
  });

  it('should answer 409 for a correction already withdrawn, 404 for an unknown one, 400 for a malformed id', async () => {
    const again = await post('/api/corrections/k1/withdraw');
    assert.equal(again.res.status, 409);
    assert.equal(again.body.status, 409);
    assert.match(again.body.message, /k1 was withdrawn at/);
    const unknown = await post('/api/corrections/k99/withdraw');
    assert.deepEqual([unknown.res.status, unknown.body.message], [404, 'no correction k99']);
    const bad = await post('/api/corrections/1%20OR%201/withdraw');
    assert.equal(bad.res.status, 400);
    assert.match(bad.body.message, /id must look like k12/);
  });
});

describe('claims and speakers named as the CLI names them', () => {
  it('should split a claim named by its id, anchored at an appearance that stays', async () => {
    const before = (await getJson(app, '/api/claims/1')).body;
    assert.ok(before.appearances.some((a: any) => a.article === '7'));
    const made = await post('/api/corrections', { kind: 'split-claim', claim: '1', articles: ['7'], by: 'Ada' });
    assert.equal(made.res.status, 200, JSON.stringify(made.body));
    const c = made.body.correction;
    assert.deepEqual([c.kind, c.article, c.offset, c.articles, c.applied], ['split-claim', '1', before.appearances[0].span.start, ['7'], true]);
    assert.equal('claim' in c, false);
    const now = (await getJson(app, '/api/claims/1')).body;
    assert.ok(!now.appearances.some((a: any) => a.article === '7'), 'article 7 carries the second claim');
    assert.ok(now.appearances.some((a: any) => a.article === '1'));
    const w = await post(`/api/corrections/${c.id}/withdraw`);
    assert.equal(w.res.status, 200);
    assert.ok((await getJson(app, '/api/claims/1')).body.appearances.some((a: any) => a.article === '7'));
  });

  it('should refuse a split that names an article the claim is not in, or leaves nothing of the first claim', async () => {
    // a claim of the story and one of the pack's seven articles it does not appear in
    const articlesOf = async (id: string) => new Set<string>((await getJson(app, `/api/claims/${id}`)).body.appearances.map((a: any) => a.article));
    let pick: { claim: string; article: string } | undefined;
    for (const c of (await getJson(app, '/api/stories/1')).body.claims as Array<{ id: string }>) {
      const has = await articlesOf(c.id);
      const article = ['1', '2', '3', '4', '5', '6', '7'].find((id) => !has.has(id));
      if (article) { pick = { claim: c.id, article }; break; }
    }
    assert.ok(pick, 'some claim of the story is missing from some article');
    const notIn = await post('/api/corrections', { kind: 'split-claim', claim: pick.claim, articles: [pick.article], by: 'Ada' });
    assert.equal(notIn.res.status, 400);
    assert.match(notIn.body.message, new RegExp(`"articles": claim ${pick.claim} does not appear in article ${pick.article}\\b`));
    const all = await post('/api/corrections', { kind: 'split-claim', claim: '1', articles: [...await articlesOf('1')], by: 'Ada' });
    assert.equal(all.res.status, 400);
    assert.match(all.body.message, /nothing would be left/);
    const unknown = await post('/api/corrections', { kind: 'split-claim', claim: '999', articles: ['7'], by: 'Ada' });
    assert.match(unknown.body.message, /"claim": no claim 999/);
  });

  it('should find a speaker attribution from words of its source and take who from the header', async () => {
    const text = (await getJson(app, '/api/articles/4')).body.text as string;
    const made = await post('/api/corrections', { kind: 'speaker', article: '4', words: 'Premier Hana Ostrova', speaker: 'Hana Ostrova', speakerKind: 'person' }, { 'X-Hearsay-User': 'Grace' });
    assert.equal(made.res.status, 200, JSON.stringify(made.body));
    const c = made.body.correction;
    assert.deepEqual([c.offset, c.speaker, c.by, c.applied, 'words' in c], [text.indexOf('Premier Hana Ostrova'), 'Hana Ostrova', 'Grace', true, false]);
    assert.equal((await appearanceIn('1', '4')).speaker, 'Hana Ostrova');
    // The reader's analysis shows the corrected speaker, and names the correction and the attribution.
    const article = (await getJson(app, '/api/articles/4')).body;
    assert.equal(article.corrections.length, 1);
    // the attribution may be nested in another ("X said …, according to the Gazette")
    const fixed = [...article.analysis.attributions, ...article.analysis.nestedAttributions].find((x: any) => x.id === article.corrections[0].attribution);
    assert.deepEqual([article.corrections[0].id, article.corrections[0].by, fixed.speaker.name, fixed.speaker.kind], [c.id, 'Grace', 'Hana Ostrova', 'person']);
    assert.equal(fixed.speaker.key, 'corrected:hana-ostrova');
    assert.ok(fixed.source.start <= c.offset && c.offset < fixed.source.end);
    assert.equal((await post(`/api/corrections/${c.id}/withdraw`)).res.status, 200);
    assert.deepEqual((await getJson(app, '/api/articles/4')).body.corrections, []);
    const missing = await post('/api/corrections', { kind: 'speaker', article: '4', words: 'nobody wrote this', speaker: 'X', by: 'Ada' });
    assert.equal(missing.res.status, 400);
    assert.match(missing.body.message, /"words": article 4 does not contain/);
  });

  it('should keep a correction that names nothing in the coverage, and say it did not apply', async () => {
    const made = await post('/api/corrections', { kind: 'copy', article: '4', of: '404', verdict: 'confirm', by: 'Ada' });
    assert.equal(made.res.status, 200);
    assert.equal(made.body.correction.applied, false);
    assert.equal((await post(`/api/corrections/${made.body.correction.id}/withdraw`)).res.status, 200);
  });
});

describe('bad corrections', () => {
  const cases: [string, unknown, RegExp][] = [
    ['no by', { kind: 'copy', article: '2', of: '1', verdict: 'reject' }, /"by" is required/],
    ['empty by', { kind: 'copy', article: '2', of: '1', verdict: 'reject', by: ' ' }, /"by" must be a non-empty string/],
    ['unknown kind', { kind: 'delete-everything', by: 'Ada' }, /unknown kind "delete-everything"/],
    ['bad verdict', { kind: 'copy', article: '2', of: '1', verdict: 'maybe', by: 'Ada' }, /"verdict" must be "confirm" or "reject"/],
    ['one name', { kind: 'merge-entities', names: ['Tomas Vereker'], by: 'Ada' }, /"names" must list two or more names/],
    ['negative offset', { kind: 'speaker', article: '4', offset: -1, speaker: 'X', by: 'Ada' }, /"offset" must be an offset/],
    ['id given', { id: 'k7', kind: 'split-entity', form: 'Pell', by: 'Ada' }, /"id" is given by the server/],
    ['an array', [{ kind: 'split-entity', form: 'Pell' }], /a JSON object/],
  ];
  for (const [name, body, message] of cases)
    it(`should refuse ${name} with a 400 naming the field`, async () => {
      const r = await post('/api/corrections', body);
      assert.equal(r.res.status, 400, JSON.stringify(r.body));
      assert.equal(r.body.status, 400);
      assert.match(r.body.message, message);
    });

  it('should refuse what is not JSON (415) and a body that does not parse (400), and store nothing', async () => {
    const before = ws.corrections().length;
    const plain = await getJson(app, '/api/corrections', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"kind":"split-entity","form":"Pell","by":"Ada"}' });
    assert.equal(plain.res.status, 415);
    const broken = await post('/api/corrections', undefined);
    assert.equal(broken.res.status, 400);
    assert.equal(ws.corrections().length, before);
  });

  it('should take who from the server option when the request does not say', async () => {
    const own = createApp(ws, { user: 'server-user' });
    const r = await getJson(own, '/api/corrections', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ kind: 'merge-entities', names: ['Jonas Pell', 'J. Pell'] }) });
    assert.equal(r.res.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.correction.by, 'server-user');
    assert.equal((await getJson(own, `/api/corrections/${r.body.correction.id}/withdraw`, { method: 'POST' })).res.status, 200);
  });
});

describe('access', () => {
  it('should need the token for every correction route, and answer only loopback names without one', async () => {
    const token = 'a-token-of-sixteen-chars';
    const guarded = createApp(ws, { host: '0.0.0.0', token });
    for (const [method, path] of [['GET', '/api/corrections'], ['POST', '/api/corrections'], ['POST', '/api/corrections/k1/withdraw']] as const) {
      const r = await guarded.request(path, { method, headers: { 'Content-Type': 'application/json' }, ...(method === 'POST' ? { body: '{}' } : {}) });
      assert.equal(r.status, 401, `${method} ${path}`);
    }
    const ok = await guarded.request('/api/corrections', { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(ok.status, 200);
    const rebound = await app.request('http://evil.example/api/corrections', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ kind: 'split-entity', form: 'Pell', by: 'Ada' }) });
    assert.equal(rebound.status, 403);
  });
});
