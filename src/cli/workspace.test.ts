import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { coverage } from '../../bench/synth/coverage.ts';
import { ingest, link, open } from './workspace.ts';

const dir = mkdtempSync(join(tmpdir(), 'hearsay-workspace-'));

/** What an ingest leaves, without the times it was done at. */
function contents(db: string) {
  const ws = open(db);
  const all = (sql: string) => ws.db.prepare(sql).all();
  const state = {
    articles: all('SELECT id, source_id, url, text_hash, title, text, body, version_of FROM articles ORDER BY id'),
    analyses: all('SELECT article, tool_version, model_hash, json FROM analyses ORDER BY article'),
    // Record hashes include capture and analysis times; which records each entry touched must agree.
    custody: ws.custodyLog().map((e) => [e.seq, e.action, e.records.map((r) => [r.table, r.key])]),
  };
  ws.close();
  return state;
}

test('ingest: analysing on worker threads stores the same workspace, in the same order, as on one thread', { timeout: 120_000 }, async () => {
  const input = join(dir, 'coverage.jsonl');
  // Past the size at which the pool starts, with a bad line in the middle reported in its place.
  const lines = [...coverage(100, 7)].map((r) => JSON.stringify(r));
  lines.splice(70, 0, '{"id": "broken", "text": ');
  writeFileSync(input, `${lines.join('\n')}\n`);
  const runs = [];
  for (const workers of [0, 2]) {
    const db = join(dir, `w${workers}.db`);
    const errors: string[] = [];
    const ws = open(db);
    const tally = await ingest(ws, [input], { workers, batchSize: 30, onError: (m) => errors.push(m) });
    ws.close();
    runs.push({ tally, errors, state: contents(db) });
  }
  assert.equal(runs[0]!.tally.new, 100);
  assert.equal(runs[0]!.tally.failed, 1);
  assert.deepEqual(runs[1], runs[0]);
});

test('link: a kept result is read back, equal to a fresh link, until the coverage changes', { timeout: 120_000 }, async () => {
  const pack = fileURLToPath(new URL('../../fixtures/packs/greymoor-reservoir.jsonl', import.meta.url));
  const lines = readFileSync(pack, 'utf8').trim().split('\n');
  const first = join(dir, 'first.jsonl');
  writeFileSync(first, `${lines.slice(0, 5).join('\n')}\n`);
  const ws = open(join(dir, 'kept.db'));
  await ingest(ws, [first]);
  const made = link(ws);
  const custody = ws.custodyLog().length;
  const read = link(ws);
  assert.equal(ws.custodyLog().length, custody, 'reading the kept result writes nothing');
  assert.deepStrictEqual(read, made);
  // Linking again keeps every id (kept: true now), and finds the same.
  const again = link(ws, { fresh: true });
  assert.deepStrictEqual(again.trace, made.trace);
  assert.deepStrictEqual(again.json, made.json);
  // An export is logged but changes no coverage: the result still holds.
  ws.logExport('json', {});
  assert.deepStrictEqual(link(ws).json, made.json);

  await ingest(ws, [pack]);
  const more = link(ws);
  assert.ok(more.trace.articles.length > made.trace.articles.length);
  assert.deepStrictEqual(link(ws), more);
  assert.deepStrictEqual(link(ws, { fresh: true }).json, more.json);
  ws.close();
});
