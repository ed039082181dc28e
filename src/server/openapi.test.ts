// The OpenAPI document and the app's routes describe each other exactly.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { SqliteWorkspace } from '../store/index.ts';
import { createApp } from './app.ts';
import { getJson, greymoorWorkspace } from './test-support.ts';

let ws: SqliteWorkspace, done: () => void;
before(async () => ({ ws, done } = await greymoorWorkspace()));
after(() => done());

it('should describe every route of the app, and only those', async () => {
  const app = createApp(ws);
  const { res, body } = await getJson(app, '/api/openapi.json');
  assert.equal(res.status, 200);
  assert.equal(body.openapi, '3.1.0');
  const documented = Object.entries(body.paths as Record<string, object>)
    .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
    .sort();
  // Hono lists middleware as ALL and a route with its own middleware twice; OpenAPI writes :id as {id}.
  const routed = [...new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`))].sort();
  assert.deepEqual(documented, routed);
  assert.equal(routed.length, 17);
});

it('should name a response for every status a route can give', async () => {
  const { body } = await getJson(createApp(ws), '/api/openapi.json');
  for (const [path, ops] of Object.entries(body.paths as Record<string, Record<string, { responses: object; parameters?: { name: string; in: string }[] }>>)) {
    for (const op of Object.values(ops)) {
      assert.ok('200' in op.responses, path);
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      assert.deepEqual((op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name), inPath, path);
    }
  }
});
