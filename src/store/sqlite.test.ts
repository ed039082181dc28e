import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { recordFor } from './fixtures.ts';
import { claimHash } from './records.ts';
import { MIGRATIONS } from './schema.ts';
import { openWorkspace } from './sqlite.ts';
import { workspaceConformance } from './store.conformance.ts';
import type { ClaimInput } from './types.ts';

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

test('should log each changed claim once, hashed as it reads back, and leave unchanged claims alone', () => {
  const ws = openWorkspace(join(dir, 'claims-log.db'));
  const text = 'Officials said the dam held. Others said it did not. A third thing was said too.';
  const a = ws.ingest(recordFor(text)).article!.id;
  const b = ws.ingest(recordFor(`${text} More.`)).article!.id;
  const claim = (apps: [number, number, number][], drift: ClaimInput['drift'] = []): ClaimInput => ({
    story: null,
    statement: { article: apps[0]![0], span: { start: apps[0]![1], end: apps[0]![2] } },
    appearances: apps.map(([article, start, end], i) => ({ article, span: { start, end }, stance: 'attributed' as const, speaker: i ? null : 'Officials', parent: i ? { article: apps[0]![0], rule: 'copy' } : null })),
    primarySources: [{ name: 'Officials', key: 'anonymous:officials', kind: 'anonymous' }],
    independentSources: 1.5,
    firstAppearance: apps[0]![0],
    drift,
  });
  const logged = () => {
    const last = ws.custodyLog().at(-1)!;
    for (const r of last.records) assert.equal(r.hash, claimHash(ws.db, Number(r.key)), `claim ${r.key} logged as it reads back`);
    return last.records.map((r) => Number(r.key));
  };
  const [c1, c2] = ws.saveClaims([claim([[a, 0, 28], [b, 0, 28]]), claim([[a, 29, 51], [b, 29, 51]])]).map((c) => c.id) as [number, number];
  assert.deepEqual(logged(), [c1, c2]);
  const seq = ws.custodyLog().length;
  ws.saveClaims([claim([[a, 0, 28], [b, 0, 28]]), claim([[a, 29, 51], [b, 29, 51]])]);
  assert.equal(ws.custodyLog().length, seq, 'nothing changed, nothing logged');
  const drift = [{ article: b, kind: 'hardened' as const, span: { start: 0, end: 4 }, source: { article: a, span: { start: 0, end: 4 } }, note: 'n' }];
  const [, , c3] = ws.saveClaims([claim([[a, 0, 28], [b, 0, 28]]), claim([[a, 29, 51], [b, 29, 51]], drift), claim([[a, 52, 80], [b, 52, 80]])]).map((c) => c.id);
  assert.deepEqual(logged(), [c2, c3]);
  ws.saveClaims([claim([[a, 52, 80], [b, 52, 80]])]);
  assert.deepEqual(logged(), [c1, c2], 'the retired ones');
  assert.deepEqual(ws.verify(), []);
  ws.close();
});
