import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { recordFor } from './fixtures.ts';
import { MIGRATIONS } from './schema.ts';
import { openWorkspace } from './sqlite.ts';
import { workspaceConformance } from './store.conformance.ts';

const dir = mkdtempSync(join(tmpdir(), 'hearsay-store-'));
let n = 0;
workspaceConformance('sqlite', () => openWorkspace(join(dir, `ws-${++n}.db`)));

test('should open with WAL, foreign keys and the schema version recorded', () => {
  const path = join(dir, 'pragmas.db');
  const ws = openWorkspace(path);
  assert.equal(ws.db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(ws.db.pragma('foreign_keys', { simple: true }), 1);
  assert.equal(ws.db.pragma('synchronous', { simple: true }), 1);
  ws.ingest(recordFor('Kept across a reopen.'));
  ws.close();
  const again = openWorkspace(path);
  assert.deepEqual(again.db.prepare('SELECT version FROM schema_version').pluck().all(), MIGRATIONS.map((_, i) => i + 1));
  assert.equal(again.articleIds().length, 1);
  again.close();
});

test('should refuse a workspace made by a newer hearsay', () => {
  const path = join(dir, 'newer.db');
  openWorkspace(path).close();
  const db = new Database(path);
  db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(MIGRATIONS.length + 1, 'later');
  db.close();
  assert.throws(() => openWorkspace(path), new RegExp(`schema version ${MIGRATIONS.length + 1} is newer than this hearsay supports \\(${MIGRATIONS.length}\\)`));
});

test('should refuse to modify an original or rewrite the custody log through SQL', () => {
  const ws = openWorkspace(join(dir, 'immutable.db'));
  const r = ws.ingest(recordFor('An original.'));
  assert.throws(() => ws.db.prepare("UPDATE captures SET content_type = 'x' WHERE sha256 = ?").run(r.sha256), /never modified/);
  assert.throws(() => ws.db.prepare('DELETE FROM custody').run(), /append-only/);
  ws.close();
});

test('should say which file could not be opened as a workspace', () => {
  const notDb = join(dir, 'notes.txt');
  writeFileSync(notDb, 'this is not a database, just some notes that are long enough to have a header');
  assert.throws(() => openWorkspace(notDb), new RegExp(`^StoreError: ${notDb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot open the workspace: file is not a database$`));
  assert.throws(() => openWorkspace(join(dir, 'missing', 'dir', 'ws.db')), /missing\/dir\/ws\.db: cannot open the workspace: /);
});
