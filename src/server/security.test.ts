// The token rule, the loopback Host rule, and the headers every response carries.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SqliteWorkspace } from '../store/index.ts';
import { createApp } from './app.ts';
import { isLoopback, newToken, tokenMatches } from './security.ts';
import { greymoorWorkspace } from './test-support.ts';

let ws: SqliteWorkspace, done: () => void;
before(async () => ({ ws, done } = await greymoorWorkspace()));
after(() => done());

const TOKEN = 'a-test-token-of-32-characters-xx';

describe('tokens', () => {
  it('should refuse a non-loopback host without a token, and a short token', () => {
    assert.throws(() => createApp(ws, { host: '0.0.0.0' }), /requires a token/);
    assert.throws(() => createApp(ws, { host: '192.168.1.5' }), /requires a token/);
    assert.throws(() => createApp(ws, { host: '0.0.0.0', token: 'short' }), /at least 16/);
  });

  it('should answer 401 without a token or with a wrong one, 200 with the right one', async () => {
    const app = createApp(ws, { host: '0.0.0.0', token: TOKEN });
    const none = await app.request('http://203.0.113.7:8787/api/stories');
    assert.equal(none.status, 401);
    assert.equal(none.headers.get('www-authenticate'), 'Bearer');
    assert.deepEqual(await none.json(), { status: 401, message: 'a bearer token is required (Authorization: Bearer <token>)' });
    const wrong = await app.request('http://203.0.113.7:8787/api/stories', { headers: { Authorization: `Bearer ${TOKEN}y` } });
    assert.equal(wrong.status, 401);
    for (const path of ['/api/stories', '/api/claims/1', '/api/openapi.json', '/api/export/csv']) {
      const right = await app.request(`http://203.0.113.7:8787${path}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      assert.equal(right.status, 200, path);
    }
    const post = await app.request('http://203.0.113.7:8787/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"urls":[]}' });
    assert.equal(post.status, 401);
  });

  it('should serve the page (which holds no data) without the token', async () => {
    const app = createApp(ws, { host: '0.0.0.0', token: TOKEN });
    const res = await app.request('http://203.0.113.7:8787/');
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.ok(!html.includes('Greymoor') && !html.includes(TOKEN));
  });

  it('should compare tokens and generate them', () => {
    assert.equal(tokenMatches(TOKEN, TOKEN), true);
    assert.equal(tokenMatches('', TOKEN), false);
    assert.match(newToken(), /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(newToken(), newToken());
  });
});

describe('loopback', () => {
  it('should know loopback names', () => {
    for (const h of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.1.2.3']) assert.equal(isLoopback(h), true, h);
    for (const h of ['0.0.0.0', '192.168.0.1', 'example.org', '::', 'localhost.example.org']) assert.equal(isLoopback(h), false, h);
  });

  it('should answer only requests addressed to a loopback name when there is no token', async () => {
    const app = createApp(ws);
    assert.equal((await app.request('http://127.0.0.1:8787/api/stories')).status, 200);
    assert.equal((await app.request('http://localhost:8787/api/stories')).status, 200);
    const rebound = await app.request('http://evil.example:8787/api/stories');
    assert.equal(rebound.status, 403);
  });
});

describe('headers', () => {
  it('should send nosniff and a strict CSP on everything, errors included, and no CORS', async () => {
    const app = createApp(ws);
    for (const path of ['/api/stories', '/api/claims/999', '/api/nowhere', '/']) {
      const res = await app.request(path, { headers: { Origin: 'https://evil.example' } });
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.match(res.headers.get('content-security-policy') ?? '', /^default-src 'none'/, path);
      assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, path);
      assert.equal(res.headers.get('access-control-allow-origin'), null, path);
    }
    const page = await app.request('/');
    assert.equal(page.headers.get('content-type'), 'text/html; charset=UTF-8');
    const csp = page.headers.get('content-security-policy')!;
    assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+'/);
    assert.ok(!csp.includes('unsafe-inline'));
    const options = await app.request('/api/stories', { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    assert.equal(options.headers.get('access-control-allow-origin'), null);
  });

  it('should build the page with textContent only', async () => {
    const html = await (await createApp(ws).request('/')).text();
    assert.ok(html.includes('textContent'));
    assert.ok(!/innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(html));
  });
});
