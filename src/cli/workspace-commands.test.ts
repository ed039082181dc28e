import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { BIN, PACK, workspaceCli } from './test-support.ts';

const { dir, db, hearsay } = workspaceCli('hearsay-ws-');

// The pack in two batches: the first four articles, then all seven (the first four again, unchanged).
const lines = readFileSync(PACK, 'utf8').trim().split('\n');
const firstHalf = join(dir, 'first.jsonl');
writeFileSync(firstHalf, `${lines.slice(0, 4).join('\n')}\n`);

test('demo: the main job on the bundled pack, into the default SQLite workspace, with a report', () => {
  const r = spawnSync(process.execPath, [BIN, 'demo'], { encoding: 'utf8', cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(existsSync(join(dir, 'hearsay.db')), 'the default workspace is ./hearsay.db');
  const html = readFileSync(join(dir, 'hearsay-report.html'), 'utf8');
  assert.match(html, /Content-Security-Policy/);
  assert.match(html, /Tomas Vereker/);
  assert.match(r.stdout, /misattributed/);
});

test('ingest twice: the same bytes are stored once, new coverage is added, claim ids stay', () => {
  const first = hearsay('ingest', firstHalf);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /4 new/);
  const before = JSON.parse(hearsay('claims', '--format', 'json').stdout) as { id: string; text: string }[];
  const quote = before.find((c) => /(?:told|warned) in October/.test(c.text));
  assert.ok(quote, 'the quote is a claim after the first batch');

  const second = hearsay('ingest', PACK);
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stdout, /3 new/);
  assert.match(second.stdout, /4 unchanged/);
  const after = JSON.parse(hearsay('claims', '--format', 'json').stdout) as { id: string; text: string; appearances: unknown[] }[];
  const same = after.find((c) => /(?:told|warned) in October/.test(c.text))!;
  assert.equal(same.id, quote.id, 'the claim keeps its id when more coverage arrives');
  assert.ok(same.appearances.length > 2);

  const one = hearsay('trace', 'claim', same.id);
  assert.equal(one.status, 0, one.stderr);
  assert.match(one.stdout, /altered-quote/);
  assert.equal(hearsay('trace', 'claim', '9999').status, 1);
});

test('stories, search and every export format', () => {
  const stories = JSON.parse(hearsay('stories', '--format', 'json').stdout) as { articles: string[] }[];
  assert.ok(stories.length >= 1);
  assert.equal(stories.reduce((n, s) => n + s.articles.length, 0), 7);
  assert.match(hearsay('search', 'spillway').stdout, /article \d+/);
  for (const format of ['csv', 'json', 'claimreview', 'prov-jsonld', 'graphml', 'html']) {
    const out = join(dir, `export.${format}`);
    const r = hearsay('export', '--format', format, '--out', out);
    assert.equal(r.status, 0, `${format}: ${r.stderr}`);
    assert.ok(readFileSync(out, 'utf8').length > 200, format);
  }
});

test('verify passes on an untouched workspace and names an altered original', () => {
  const ok = hearsay('verify');
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  const sql = new Database(db);
  sql.exec('DROP TRIGGER IF EXISTS captures_no_update');
  for (const t of sql.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'captures'").all() as { name: string }[]) sql.exec(`DROP TRIGGER "${t.name}"`);
  const row = sql.prepare('SELECT sha256 FROM captures LIMIT 1').get() as { sha256: string };
  sql.prepare("UPDATE captures SET bytes = CAST('tampered' AS BLOB) WHERE sha256 = ?").run(row.sha256);
  sql.close();
  const bad = hearsay('verify');
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, new RegExp(row.sha256.slice(0, 16)));
});
