// Writing one record: its original, the article it yields (new, the same again, or a new version of
// the same URL) and its analysis, with one custody entry for what changed. Called inside the caller's
// transaction; when nothing changes (the record was stored already), nothing is written at all.
import type Database from 'better-sqlite3';
import { prep } from './prep.ts';
import type { Analysis, Article, Capture } from '../types.ts';
import { sha256 } from './canonical.ts';
import { appendEntry } from './custody.ts';
import { normaliseUrl, textHash } from './normalize.ts';
import { analysisKey, recordOf } from './records.ts';
import { StoreError, type Analyzer, type ArticleInfo, type ArticleStatus, type CustodyRecord, type IngestRecord, type IngestResult } from './types.ts';

type Db = Database.Database;

export function insertCapture(db: Db, c: Capture): boolean {
  const r = prep(db, 'INSERT INTO captures (sha256, bytes, size, content_type, captured_at, origin) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING')
    .run(c.sha256, Buffer.from(c.bytes.buffer, c.bytes.byteOffset, c.bytes.byteLength), c.bytes.byteLength, c.contentType ?? null, c.capturedAt, JSON.stringify(c.origin));
  return r.changes === 1;
}

interface Placed { id: number; status: ArticleStatus; versionOf: number | null; changed: boolean; text: string }

/**
 * The same article is the same normalised text at the same URL (or where either has no URL): a feed
 * item and an archived page of one story. The same URL with other text is a new version of it, linked
 * to the latest version. The same text at another URL is another article (syndication is found later,
 * by the link stage, and must keep both outlets).
 */
export function placeArticle(db: Db, sha256: string, article: Article, info: ArticleInfo = {}): Placed {
  const url = normaliseUrl(info.url ?? article.meta.canonicalUrl?.value);
  const hash = textHash(article.text);
  const same = (prep(db, 'SELECT id, url, version_of, text FROM articles WHERE text_hash = ? ORDER BY id').all(hash) as { id: number; url: string | null; version_of: number | null; text: string }[])
    .find((a) => a.url === url || a.url === null || url === null);
  if (same) {
    const linked = prep(db, 'INSERT INTO article_captures (article, capture) VALUES (?, ?) ON CONFLICT DO NOTHING').run(same.id, sha256).changes === 1;
    return { id: same.id, status: 'same', versionOf: same.version_of, changed: linked, text: same.text };
  }
  const prev = url === null ? undefined : (prep(db, 'SELECT id FROM articles WHERE url = ? ORDER BY id DESC LIMIT 1').pluck().get(url) as number | undefined);
  // The text is stored once, in its column; the capture link lives in article_captures.
  const { text, captureSha256: _capture, ...body } = article;
  const firstSeen = (prep(db, 'SELECT captured_at FROM captures WHERE sha256 = ?').pluck().get(sha256) as string | undefined) ?? new Date().toISOString();
  const id = Number(
    prep(db, 'INSERT INTO articles (source_id, url, text_hash, title, text, body, version_of, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(article.id, url, hash, article.meta.title?.value ?? null, text, JSON.stringify(body), prev ?? null, firstSeen).lastInsertRowid,
  );
  prep(db, 'INSERT INTO article_captures (article, capture) VALUES (?, ?)').run(id, sha256);
  return { id, status: prev === undefined ? 'new' : 'new-version', versionOf: prev ?? null, changed: true, text };
}

/**
 * Store an analysis unless the same analyzer's identical one is there. Its offsets must point into the
 * stored text, so an analysis of another rendering of the text (the feed's whitespace) is refused.
 */
export function storeAnalysis(db: Db, articleId: number, storedText: string, analysis: Analysis, analyzer: Analyzer): { stored: boolean; record?: CustodyRecord; first: boolean } {
  if (analysis.article.text !== storedText) {
    throw new StoreError(`article ${articleId}: the analysis was made from another text than the stored one; analyse the stored article`, 'bad-input');
  }
  const { article: _article, ...rest } = analysis;
  const json = JSON.stringify(rest);
  const prior = prep(db, 'SELECT tool_version, model_hash, json FROM analyses WHERE article = ?').all(articleId) as { tool_version: string; model_hash: string; json: string }[];
  const mine = prior.find((p) => p.tool_version === analyzer.toolVersion && p.model_hash === analyzer.modelHash);
  if (mine?.json === json) return { stored: false, first: false };
  prep(db, 
    `INSERT INTO analyses (article, tool_version, model_hash, json, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (article, tool_version, model_hash) DO UPDATE SET json = excluded.json, created_at = excluded.created_at`,
  ).run(articleId, analyzer.toolVersion, analyzer.modelHash, json, new Date().toISOString());
  const key = analysisKey({ article: articleId, tool_version: analyzer.toolVersion, model_hash: analyzer.modelHash });
  return { stored: true, record: recordOf(db, 'analyses', key), first: prior.length === 0 };
}

function describe(rec: IngestRecord): string {
  const o = rec.capture.origin;
  return o.kind === 'file' ? o.path : o.kind === 'url' ? o.url : o.kind === 'jsonl' ? `${o.path}:${o.line}` : 'stdin';
}

export interface IngestContext {
  toolVersion: string;
  settings: Record<string, unknown>;
}

export function ingestRecord(db: Db, rec: IngestRecord, ctx: IngestContext): IngestResult {
  // The key of an original is the hash of its bytes: a capture that says otherwise is refused.
  if (sha256(rec.capture.bytes) !== rec.capture.sha256) {
    throw new StoreError(`${describe(rec)}: the capture's sha256 does not match its bytes`, 'bad-input');
  }
  const records: CustodyRecord[] = [];
  const captureStored = insertCapture(db, rec.capture);
  if (captureStored) records.push(recordOf(db, 'captures', rec.capture.sha256));
  const result: IngestResult = { sha256: rec.capture.sha256, captureStored, noop: false };
  if (rec.article) {
    const placed = placeArticle(db, rec.capture.sha256, rec.article, rec.info);
    result.article = { id: placed.id, status: placed.status, versionOf: placed.versionOf };
    if (placed.changed) records.push(recordOf(db, 'articles', placed.id));
    // Another rendering of a stored text keeps the stored analysis; the caller re-analyses if it wants.
    if (rec.analysis && rec.analysis.article.text === placed.text) {
      const analyzer = rec.analyzer ?? { toolVersion: ctx.toolVersion, modelHash: 'unknown' };
      const a = storeAnalysis(db, placed.id, placed.text, rec.analysis, analyzer);
      result.analysisStored = a.stored;
      if (a.record) records.push(a.record);
    } else if (rec.analysis) result.analysisStored = false;
  }
  result.noop = records.length === 0;
  if (!result.noop) {
    const settings = { ...ctx.settings, origin: rec.capture.origin.kind, ...(rec.analyzer ? { analyzer: rec.analyzer } : {}) };
    appendEntry(db, 'ingest', records, ctx.toolVersion, settings);
  }
  return result;
}
