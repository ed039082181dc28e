// The app behind a real listener on 127.0.0.1 (any free port): the Node adapter builds the request URL
// from the Host header, which the loopback rule reads.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, it } from 'node:test';
import type { SqliteWorkspace } from '../store/index.ts';
import { createApp } from './app.ts';
import { listen } from './serve.ts';
import { greymoorWorkspace } from './test-support.ts';

let ws: SqliteWorkspace, done: () => void;
before(async () => ({ ws, done } = await greymoorWorkspace()));
after(() => done());

/** GET with a chosen Host header (fetch would not let us set it). */
function get(url: string, host?: string): Promise<{ status: number; type: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: host ? { Host: host } : {} }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'] }));
    });
    req.on('error', reject);
    req.end();
  });
}

it('should serve on 127.0.0.1 and refuse requests addressed to other names', async () => {
  const { server, url } = await listen(createApp(ws), '127.0.0.1', 0);
  try {
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.deepEqual(await get(`${url}api/stories`), { status: 200, type: 'application/json' });
    assert.equal((await get(`${url}api/stories`, 'rebound.example')).status, 403);
  } finally {
    await new Promise((r) => server.close(r));
  }
});
