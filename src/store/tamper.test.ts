// Tampering with the workspace file directly (SQL, triggers dropped first, as anyone holding the file
// could) is found by verify(), which names each altered record and log entry.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { entryHash } from './custody.ts';
import { recordFor } from './fixtures.ts';
import { openWorkspace, type SqliteWorkspace } from './sqlite.ts';
import type { CustodyEntry } from './types.ts';

const dir = mkdtempSync(join(tmpdir(), 'hearsay-tamper-'));
let n = 0;

function filled(): { ws: SqliteWorkspace; sha: string[]; ids: number[] } {
  const ws = openWorkspace(join(dir, `ws-${++n}.db`));
  const results = [
    ws.ingest(recordFor('The minister said the dam was safe.', { url: 'https://a.example/1' })),
    ws.ingest(recordFor('Engineers said the dam was not safe.', { url: 'https://b.example/2' })),
    ws.ingest(recordFor('Residents said nothing at all.', { url: 'https://c.example/3' })),
  ];
  const ids = results.map((r) => r.article!.id);
  ws.saveStories([{ articles: ids }]);
  ws.db.exec('DROP TRIGGER captures_immutable; DROP TRIGGER custody_no_update; DROP TRIGGER custody_no_delete;');
  return { ws, sha: results.map((r) => r.sha256), ids };
}

const problems = (ws: SqliteWorkspace) => ws.verify().map((f) => `${f.table} ${f.key}: ${f.problem}`);

test('should name an altered original, an altered derived record and an altered log entry', () => {
  const { ws, sha, ids } = filled();
  assert.deepEqual(ws.verify(), []);
  // The original: same length, one byte changed.
  ws.db.prepare("UPDATE captures SET bytes = CAST(replace(CAST(bytes AS TEXT), 'safe', 'sure') AS BLOB) WHERE sha256 = ?").run(sha[0]);
  // A derived record: the analysis of the second article, and the text of the third.
  ws.db.prepare(`UPDATE analyses SET json = json_set(json, '$.sentences', json('[]')) WHERE article = ?`).run(ids[1]);
  ws.db.prepare(`UPDATE articles SET title = 'Edited' WHERE id = ?`).run(ids[2]);
  // A log entry: its settings rewritten, its hash left alone.
  ws.db.prepare(`UPDATE custody SET settings = '{"origin":"file"}' WHERE seq = 2`).run();
  assert.deepEqual(problems(ws), [
    'custody seq 2: altered: the entry does not match its hash',
    `captures ${sha[0]}: altered: the stored bytes do not match their sha256`,
    `articles ${ids[2]}: altered: does not match the hash logged at seq 3`,
    `analyses ${ids[1]}/0.1.0/m1: altered: does not match the hash logged at seq 2`,
  ]);
  ws.close();
});

test('should name records removed or added outside hearsay, and metadata changed on an original', () => {
  const { ws, sha, ids } = filled();
  ws.db.pragma('foreign_keys = OFF');
  ws.db.prepare('DELETE FROM analyses WHERE article = ?').run(ids[0]);
  ws.db.prepare("INSERT INTO story_articles (story, article) VALUES (1, 99)").run();
  ws.db.prepare("UPDATE captures SET captured_at = '2020-01-01T00:00:00.000Z' WHERE sha256 = ?").run(sha[1]);
  ws.db.prepare("INSERT INTO stories (id) VALUES (50)").run();
  assert.deepEqual(problems(ws), [
    `captures ${sha[1]}: altered: does not match the hash logged at seq 2`,
    'stories 1: altered: does not match the hash logged at seq 4',
    'stories 50: not in the custody log: added outside hearsay',
    `analyses ${ids[0]}/0.1.0/m1: missing: logged at seq 1, no deletion logged`,
  ]);
  ws.close();
});

test('should find a log entry whose hash was recomputed, and a whole log rewritten against a signed head', () => {
  const { ws } = filled();
  const signed = ws.signHead(mkdtempSync(join(tmpdir(), 'hearsay-key-')));
  const rewrite = (seq: number, time: string, rechain: boolean) => {
    const log = ws.custodyLog();
    let prev = seq === 1 ? '0'.repeat(64) : log[seq - 2]!.hash;
    for (const e of log.filter((x) => x.seq >= seq && (rechain || x.seq === seq))) {
      const body: Omit<CustodyEntry, 'hash'> = { ...e, time: e.seq === seq ? time : e.time, prevHash: prev };
      const hash = entryHash(body);
      ws.db.prepare('UPDATE custody SET time = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(body.time, prev, hash, e.seq);
      prev = hash;
    }
  };
  // A backdated entry with its own hash fixed up: the next entry's link breaks.
  rewrite(2, '2001-01-01T00:00:00.000Z', false);
  assert.deepEqual(problems(ws), ['custody seq 3: prev_hash does not match the previous entry: an entry before it was altered, removed or inserted']);
  // The whole chain re-hashed after it: consistent in itself, but not with the head signed before.
  rewrite(2, '2001-01-01T00:00:00.000Z', true);
  assert.deepEqual(problems(ws), []);
  assert.deepEqual(ws.verify({ signed, publicKey: signed.publicKey }).map((f) => `${f.table} ${f.key}: ${f.problem}`), [
    'custody seq 4: differs from the kept head: the log was rewritten up to here',
  ]);
  ws.close();
});
