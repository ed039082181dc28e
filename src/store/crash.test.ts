// A run killed with SIGKILL while it writes leaves a consistent workspace, and rerunning it completes
// the work: the result equals a clean run's. The kill points are random (the seed is printed).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rng } from '../../bench/synth/rng.ts';
import { openWorkspace } from './sqlite.ts';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'crash-child.ts');
const COUNT = 1000;
const BATCH = 20;
const KILLS = 5;

/** Run the child; with killAt, SIGKILL it as soon as it reports that many records done. */
function run(path: string, killAt?: number, count = COUNT, seed = 42): Promise<{ killed: boolean; lastReported: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path, String(count), String(BATCH), String(seed)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let last = 0, buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const l of lines) if (/^\d+$/.test(l)) last = Number(l);
      if (killAt !== undefined && last >= killAt && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ killed: true, lastReported: last });
      else if (code === 0) resolve({ killed: false, lastReported: last });
      else reject(new Error(`child exited with ${code}`));
    });
  });
}

/** Everything that must be the same after a clean run and after a killed-and-rerun one. */
function dump(path: string) {
  const ws = openWorkspace(path);
  const all = (sql: string) => ws.db.prepare(sql).all();
  const state = {
    captures: all('SELECT sha256, size, content_type, captured_at, origin FROM captures ORDER BY sha256'),
    articles: all('SELECT id, source_id, url, text_hash, title, text, body, version_of, first_seen FROM articles ORDER BY id'),
    links: all('SELECT article, capture FROM article_captures ORDER BY article, capture'),
    analyses: all('SELECT article, tool_version, model_hash, json FROM analyses ORDER BY article'),
    // Analysis records hash their creation time, which differs between runs; the rest must not.
    custody: ws.custodyLog().map((e) => [e.seq, e.action, e.records.map((r) => (r.table === 'analyses' ? [r.table, r.key] : [r.table, r.key, r.hash]))]),
    fts: ws.db.prepare('SELECT count(*) FROM articles_fts').pluck().get(),
    findings: ws.verify(),
  };
  ws.close();
  return state;
}

/** What must hold after any kill: whole batches only, every article complete, a log that verifies. */
function checkConsistent(path: string): { captures: number } {
  const ws = openWorkspace(path);
  const one = (sql: string) => ws.db.prepare(sql).pluck().get() as number;
  const captures = one('SELECT count(*) FROM captures');
  assert.equal(captures % BATCH, 0, `a half-written batch is visible: ${captures} captures`);
  assert.equal(one('SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_captures c WHERE c.article = a.id)'), 0, 'article without its capture');
  assert.equal(one('SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM analyses n WHERE n.article = a.id)'), 0, 'article without its analysis');
  assert.equal(one('SELECT count(*) FROM captures c WHERE NOT EXISTS (SELECT 1 FROM article_captures l WHERE l.capture = c.sha256)'), 0, 'capture without its article');
  assert.equal(one('SELECT count(*) FROM articles_fts'), one('SELECT count(*) FROM articles'));
  assert.deepEqual(ws.verify(), []);
  ws.close();
  return { captures };
}

test('should survive SIGKILL at random points while writing and finish on rerun with the same workspace as a clean run', { timeout: 300_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-crash-'));
  const seed = Number(process.env.HEARSAY_CRASH_SEED ?? Date.now() % 1_000_000);
  t.diagnostic(`kill points from seed ${seed} (HEARSAY_CRASH_SEED=${seed} to repeat)`);
  const r = rng(seed);

  const clean = join(dir, 'clean.db');
  assert.equal((await run(clean)).killed, false);

  const crashed = join(dir, 'crashed.db');
  let done = 0;
  for (let k = 0; k < KILLS; k++) {
    // Kill somewhere in the next stretch of unwritten records, leaving work for the later kills.
    const room = Math.floor((COUNT - done) / (KILLS - k + 1));
    const at = done + BATCH + r.int(0, Math.max(0, room - BATCH));
    const result = await run(crashed, at);
    assert.equal(result.killed, true, `kill ${k + 1} at ${at} came after the run finished`);
    const { captures } = checkConsistent(crashed);
    t.diagnostic(`kill ${k + 1}: asked at ${at} records, ${captures} stored`);
    assert.ok(captures > done && captures < COUNT, `kill ${k + 1}: some but not all work done (${done} → ${captures} of ${COUNT})`);
    done = captures;
  }
  assert.equal((await run(crashed)).killed, false);

  const want = dump(clean);
  const got = dump(crashed);
  assert.deepEqual(want.findings, []);
  assert.equal(want.captures.length, COUNT);
  assert.deepEqual(got, want);
  const ws = openWorkspace(crashed);
  assert.equal(ws.db.pragma('integrity_check', { simple: true }), 'ok');
  ws.close();
});

test('should keep one unbroken custody chain when two processes write the same workspace at once', { timeout: 300_000 }, async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'hearsay-two-')), 'shared.db');
  openWorkspace(path).close();
  const runs = await Promise.all([run(path, undefined, 300, 1), run(path, undefined, 300, 2)]);
  assert.deepEqual(runs.map((r) => r.killed), [false, false]);
  const ws = openWorkspace(path);
  assert.equal(ws.db.prepare('SELECT count(*) FROM captures').pluck().get(), 600);
  assert.deepEqual(ws.custodyLog().map((e) => e.seq), Array.from({ length: 600 }, (_, i) => i + 1));
  assert.deepEqual(ws.verify(), []);
  ws.close();
});
