// A temp workspace holding the bundled Greymoor pack (seven invented articles), for the server tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest, open } from '../cli/workspace.ts';
import type { SqliteWorkspace } from '../store/index.ts';

export const PACK = fileURLToPath(new URL('../../fixtures/packs/greymoor-reservoir.jsonl', import.meta.url));

export async function greymoorWorkspace(): Promise<{ ws: SqliteWorkspace; done: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-server-'));
  const ws = open(join(dir, 'w.db'), { command: 'test' });
  await ingest(ws, [PACK]);
  return { ws, done: () => (ws.close(), rmSync(dir, { recursive: true, force: true })) };
}

export const getJson = async (app: { request: (p: string, i?: RequestInit) => Response | Promise<Response> }, path: string, init?: RequestInit) => {
  const res = await app.request(path, init);
  return { res, body: (await res.json()) as any };
};
