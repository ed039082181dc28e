// Deleting an article (a takedown, a privacy request): its analyses, its places in stories and claims,
// and the originals no other article uses go; a later version is re-linked to the earlier one. The
// custody entry lists every record removed (hash null) or changed, with the reason.
import type Database from 'better-sqlite3';
import { appendEntry } from './custody.ts';
import { prep } from './prep.ts';
import { analysisKey, recordOf } from './records.ts';
import { StoreError, type CustodyRecord } from './types.ts';

export function deleteArticle(db: Database.Database, id: number, reason: string, toolVersion: string, settings: Record<string, unknown>): void {
  const row = db.prepare('SELECT id, version_of FROM articles WHERE id = ?').get(id) as { id: number; version_of: number | null } | undefined;
  if (!row) throw new StoreError(`deleteArticle: no article ${id}`, 'not-found');
  const gone: CustodyRecord[] = [];
  const touched: { table: 'articles' | 'stories' | 'claims'; key: number }[] = [];

  for (const a of db.prepare('SELECT article, tool_version, model_hash FROM analyses WHERE article = ?').all(id) as { article: number; tool_version: string; model_hash: string }[]) {
    gone.push({ table: 'analyses', key: analysisKey(a), hash: null });
  }
  db.prepare('DELETE FROM analyses WHERE article = ?').run(id);

  for (const s of db.prepare('SELECT story FROM story_articles WHERE article = ?').pluck().all(id) as number[]) touched.push({ table: 'stories', key: s });
  db.prepare('DELETE FROM story_articles WHERE article = ?').run(id);

  const claims = db.prepare('SELECT DISTINCT claim FROM claim_appearances WHERE article = ?').pluck().all(id) as number[];
  const byFirst = db.prepare('SELECT id FROM claims WHERE first_appearance = ?').pluck().all(id) as number[];
  db.prepare('DELETE FROM claim_appearances WHERE article = ?').run(id);
  for (const c of new Set([...claims, ...byFirst])) {
    // The claim's remaining appearances renumbered; with none left it is retired.
    const rest = db.prepare('SELECT n, article, start, "end" FROM claim_appearances WHERE claim = ? ORDER BY n').all(c) as { n: number; article: number; start: number; end: number }[];
    rest.forEach((r, n) => db.prepare('UPDATE claim_appearances SET n = ? WHERE claim = ? AND n = ?').run(n, c, r.n));
    const first = rest[0];
    db.prepare(
      `UPDATE claims SET retired = CASE WHEN ? THEN retired ELSE 1 END,
         first_appearance = CASE WHEN first_appearance = ? THEN ? ELSE first_appearance END,
         statement = CASE WHEN json_extract(statement, '$.article') = ? THEN ? ELSE statement END WHERE id = ?`,
    ).run(first ? 1 : 0, id, first?.article ?? null, id, first ? JSON.stringify({ article: first.article, span: { start: first.start, end: first.end } }) : null, c);
    touched.push({ table: 'claims', key: c });
  }

  for (const next of db.prepare('SELECT id FROM articles WHERE version_of = ?').pluck().all(id) as number[]) {
    db.prepare('UPDATE articles SET version_of = ? WHERE id = ?').run(row.version_of, next);
    touched.push({ table: 'articles', key: next });
  }

  const captures = db.prepare('SELECT capture FROM article_captures WHERE article = ?').pluck().all(id) as string[];
  db.prepare('DELETE FROM article_captures WHERE article = ?').run(id);
  prep(db, 'DELETE FROM articles WHERE id = ?').run(id);
  gone.push({ table: 'articles', key: String(id), hash: null });
  for (const sha of captures) {
    if (db.prepare('SELECT 1 FROM article_captures WHERE capture = ? LIMIT 1').get(sha)) continue;
    db.prepare('DELETE FROM captures WHERE sha256 = ?').run(sha);
    gone.push({ table: 'captures', key: sha, hash: null });
  }
  const changed = touched.map((t) => recordOf(db, t.table, t.key));
  appendEntry(db, 'delete', [...gone, ...changed], toolVersion, { ...settings, reason });
}
