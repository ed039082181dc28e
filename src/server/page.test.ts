// The page: the web app bundled into one inline script and one inline style, each allowed by its hash in
// the CSP and nothing else; the export buttons name every format the server exports.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, it } from 'node:test';
import { EXPORT_FORMATS } from '../export/index.ts';
import type { SqliteWorkspace } from '../store/index.ts';
import { EXPORTS } from '../web/view-export.ts';
import { createApp } from './app.ts';
import { page } from './page.ts';
import { greymoorWorkspace } from './test-support.ts';

let ws: SqliteWorkspace, done: () => void;
before(async () => ({ ws, done } = await greymoorWorkspace()));
after(() => done());

const sha = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

it('should serve the app with its script and style allowed by hash only', async () => {
  const res = await createApp(ws).request('/');
  assert.equal(res.status, 200);
  const html = await res.text();
  const { script, style } = page();
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.deepEqual(scripts, [script]);
  assert.ok(html.includes(`<style>${style}</style>`));
  const csp = res.headers.get('content-security-policy')!;
  assert.match(csp, /default-src 'none'/);
  assert.ok(csp.includes(`script-src ${sha(script)};`));
  assert.ok(csp.includes(`style-src ${sha(style)};`));
  assert.doesNotMatch(csp, /unsafe/);
});

it('should never put data into the page as HTML', () => {
  const { script } = page();
  assert.doesNotMatch(script, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
});

it('should offer every export format', () => {
  assert.deepEqual([...new Set(EXPORTS.map((x) => x.format))].sort(), [...EXPORT_FORMATS].sort());
});
