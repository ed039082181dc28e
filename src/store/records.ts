// The content hash of each stored record, read back from the database the same way at write time (to
// log it) and at verify time (to compare), so the custody log pins exactly what a row holds.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { canonicalJson, hashOf } from './canonical.ts';
import { prep } from './prep.ts';
import type { CustodyRecord } from './types.ts';

type Db = Database.Database;
type Table = CustodyRecord['table'];

export interface CaptureRow { sha256: string; bytes: Buffer; size: number; content_type: string | null; captured_at: string; origin: string }
export interface ArticleRow { id: number; source_id: string; url: string | null; text_hash: string; title: string | null; text: string; body: string; version_of: number | null; first_seen: string }
export interface AnalysisRow { article: number; tool_version: string; model_hash: string; json: string; created_at: string }

/**
 * The hash of a row: each field by name, type tag and byte length, then its value. Long text fields
 * (article text, analysis JSON) go into the hash as they are, without being escaped into JSON first.
 */
export function rowHash(row: Record<string, unknown>): string {
  const h = createHash('sha256');
  for (const k of Object.keys(row).sort()) {
    const v = row[k];
    const [tag, s] = v === null || v === undefined ? ['n', ''] : typeof v === 'string' ? ['s', v] : ['j', canonicalJson(v)];
    h.update(`${k}\0${tag}${Buffer.byteLength(s)}\0`);
    h.update(s);
  }
  return h.digest('hex');
}

/** A capture's record covers its metadata; its bytes are pinned by the sha256 that is its key. */
export const captureHash = (r: Omit<CaptureRow, 'bytes'>) =>
  rowHash({ sha256: r.sha256, size: r.size, content_type: r.content_type, captured_at: r.captured_at, origin: r.origin });

export const articleHash = (r: ArticleRow, captures: string[]) => rowHash({ ...r, captures: [...captures].sort() });

export const analysisKey = (r: { article: number; tool_version: string; model_hash: string }) => `${r.article}/${r.tool_version}/${r.model_hash}`;
export const analysisHash = (r: AnalysisRow) => rowHash({ ...r });

export function storyHash(db: Db, id: number): string | null {
  const s = prep(db, 'SELECT id, retired FROM stories WHERE id = ?').get(id) as { id: number; retired: number } | undefined;
  if (!s) return null;
  const articles = (prep(db, 'SELECT article FROM story_articles WHERE story = ? ORDER BY article').pluck().all(id) as number[]);
  return hashOf({ ...s, articles });
}

export function claimHash(db: Db, id: number): string | null {
  const c = prep(db, 'SELECT * FROM claims WHERE id = ?').get(id);
  if (!c) return null;
  const appearances = prep(db, 'SELECT * FROM claim_appearances WHERE claim = ? ORDER BY n').all(id);
  return hashOf({ ...(c as object), appearances });
}

export function articleCaptures(db: Db, id: number): string[] {
  return prep(db, 'SELECT capture FROM article_captures WHERE article = ? ORDER BY capture').pluck().all(id) as string[];
}

/** The current hash of one record, or null when it does not exist. */
export function recordHash(db: Db, table: Table, key: string): string | null {
  switch (table) {
    case 'captures': {
      const r = prep(db, 'SELECT * FROM captures WHERE sha256 = ?').get(key) as CaptureRow | undefined;
      return r ? captureHash(r) : null;
    }
    case 'articles': {
      const r = prep(db, 'SELECT * FROM articles WHERE id = ?').get(Number(key)) as ArticleRow | undefined;
      return r ? articleHash(r, articleCaptures(db, r.id)) : null;
    }
    case 'analyses': {
      const [article, tool, model] = key.split('/');
      const r = prep(db, 'SELECT * FROM analyses WHERE article = ? AND tool_version = ? AND model_hash = ?').get(Number(article), tool, model) as AnalysisRow | undefined;
      return r ? analysisHash(r) : null;
    }
    case 'stories':
      return storyHash(db, Number(key));
    case 'claims':
      return claimHash(db, Number(key));
    case 'corrections':
      return correctionHash(db, key);
  }
}

/** A correction's hash: its body and whether (and when) it was withdrawn. */
export function correctionHash(db: Db, id: string): string | null {
  const r = prep(db, 'SELECT body, withdrawn_at FROM corrections WHERE id = ?').get(id) as { body: string; withdrawn_at: string | null } | undefined;
  return r ? hashOf({ body: r.body, withdrawnAt: r.withdrawn_at }) : null;
}

/** The log record of a row as it is now (hash null if it is gone). */
export const recordOf = (db: Db, table: Table, key: string | number): CustodyRecord => ({ table, key: String(key), hash: recordHash(db, table, String(key)) });
