import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { recordFor } from './fixtures.ts';
import { SearchPool } from './search-pool.ts';
import { openWorkspace } from './sqlite.ts';
import { StoreError } from './types.ts';

test('should answer as the workspace does, on worker threads, and see what is stored later', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-search-pool-'));
  const ws = openWorkspace(join(dir, 'w.db'));
  const pool = new SearchPool(ws.path, 2);
  try {
    ws.ingest(recordFor('The dam held. Inspectors said the dam-safety board met on Tuesday.', { title: 'Dam report' }));
    ws.ingest(recordFor('A bridge story: the café by the bridge, and the board.', { title: 'Bridge' }));
    for (const q of ['dam', 'board', '"safety board"', 'insp*', 'bridge OR dam', 'cafe', 'nothing']) {
      assert.deepEqual(await Promise.all([pool.search(q, 20), pool.search(q, 1)]), [ws.search(q, 20), ws.search(q, 1)], q);
    }
    await assert.rejects(pool.search('( ) * -'), (e: unknown) => e instanceof StoreError && e.code === 'bad-query');
    ws.ingest(recordFor('Later: a third dam.'));
    assert.deepEqual((await pool.search('dam')).length, 2);
  } finally {
    await pool.close();
    ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
  await assert.rejects(pool.search('dam'), /closed/);
  assert.throws(() => new SearchPool(':memory:', 1), TypeError);
});
