// The page's script run against a DOM (linkedom) with fetch answered by app.request(): stories, then a
// story's claims, then a claim's appearances, every piece of data as text, hostile markup included.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { parseHTML } from 'linkedom';
import type { SqliteWorkspace } from '../store/index.ts';
import { link } from '../cli/workspace.ts';
import { createApp } from './app.ts';
import { PAGE_SCRIPT } from './page-script.ts';
import { greymoorWorkspace } from './test-support.ts';

let ws: SqliteWorkspace, done: () => void;
before(async () => ({ ws, done } = await greymoorWorkspace()));
after(() => done());

const settle = () => new Promise((r) => setTimeout(r, 0)).then(() => new Promise((r) => setTimeout(r, 0)));

it('should list stories, then claims, then appearances as text', async () => {
  const app = createApp(ws);
  const page = await (await app.request('/')).text();
  const { document } = parseHTML(page);
  const asked: string[] = [];
  const fetch = (path: string, init: RequestInit) => (asked.push(path), app.request(path, init));
  const location = { hash: '' };
  new Function('document', 'location', 'fetch', PAGE_SCRIPT)(document, location, fetch);
  await settle();
  const click = (el: HTMLElement) => el.dispatchEvent(new document.defaultView!.Event('click'));
  const rows = (id: string) => [...document.querySelectorAll(`#${id} tr.pick`)] as unknown as HTMLElement[];
  assert.deepEqual(rows('stories').map((r) => r.querySelector('td')!.textContent), ['1', '2']);

  click(rows('stories')[0]!);
  await settle();
  const claims = link(ws).json.claims;
  assert.equal(rows('claims').length, claims.filter((c) => c.story === '1').length);
  assert.equal(document.querySelector('#claims h2')!.textContent, 'Claims of story 1');

  click(rows('claims')[0]!);
  await settle();
  const quotes = [...document.querySelectorAll('#claim blockquote')].map((q) => q.textContent);
  assert.equal(quotes.length, claims[0]!.appearances.length);
  assert.ok(quotes[0]!.startsWith('that Calder Water ignored "at least three written warnings"'));
  assert.deepEqual(asked, ['/api/stories', '/api/claims?story=1', '/api/claims/1']);
});

it('should send the token from the URL fragment, and show hostile text as text', async () => {
  const token = 'page-token-0123456789abcdef';
  const app = createApp(ws, { host: '0.0.0.0', token });
  const hostile = '<img src=x onerror=alert(1)>"><script>alert(2)</script>';
  const { document } = parseHTML(await (await app.request('http://192.0.2.1/')).text());
  const fetch = async (path: string, init: RequestInit) => {
    const res = await app.request(`http://192.0.2.1${path}`, init);
    if (path !== '/api/stories') return res;
    // A story list whose terms are hostile markup: it must land in the page as characters.
    const body = await res.json();
    body.stories[0].terms = [hostile];
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
  };
  new Function('document', 'location', 'fetch', PAGE_SCRIPT)(document, { hash: `#token=${token}` }, fetch);
  await settle();
  assert.equal(document.querySelectorAll('#stories tr.pick').length, 2);
  assert.equal(document.querySelectorAll('img, #stories script').length, 0);
  assert.ok(document.querySelector('#stories')!.textContent!.includes(hostile));
});
