// Writing one record: its original, the article it yields (new, the same again, or a new version of
// the same URL) and its analysis, with one custody entry for what changed. Called inside the caller's
// transaction; when nothing changes (the record was stored already), nothing is written at all.
import type Database from 'better-sqlite3';
import type { Analysis, Article, Capture } from '../types.ts';
import { sha256 } from './canonical.ts';
import { appendEntry } from './custody.ts';
import { normaliseUrl, textHash } from './normalize.ts';
import { prep } from './prep.ts';
import { analysisHash, analysisKey, articleHash, captureHash, recordOf } from './records.ts';
import { StoreError, type Analyzer, type ArticleInfo, type ArticleStatus, type CustodyRecord, type IngestRecord, type IngestResult } from './types.ts';

type Db = Database.Database;

/** Store an original unless it is there; the log record of the new row, or null. */
export function insertCapture(db: Db, c: Capture): CustodyRecord | null {
  const row = { sha256: c.sha256, size: c.bytes.byteLength, content_type: c.contentType ?? null, captured_at: c.capturedAt, origin: JSON.stringify(c.origin) };
  const r = prep(db, 'INSERT INTO captures (sha256, bytes, size, content_type, captured_at, origin) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING')
    .run(c.sha256, Buffer.from(c.bytes.buffer, c.bytes.byteOffset, c.bytes.byteLength), row.size, row.content_type, row.captured_at, row.origin);
  return r.changes === 1 ? { table: 'captures', key: c.sha256, hash: captureHash(row) } : null;
}

interface Placed { id: number; status: ArticleStatus; versionOf: number | null; text: string; records: CustodyRecord[]; extractionDiffers?: true }

/**
 * The same article is the same normalised text at the same URL (or where either has no URL): a feed
 * item and an archived page of one story. The same URL with other text is a new version, placed in the
 * URL's chain by capture time (an archive of last week's page arriving after today's fetch goes before
 * it). The same text at another URL is another article (syndication is the link stage's business).
 */
export function placeArticle(db: Db, sha256: string, article: Article, info: ArticleInfo = {}): Placed {
  const url = normaliseUrl(info.url ?? article.meta.canonicalUrl?.value);
  const hash = textHash(article.text);
  const same = (prep(db, 'SELECT id, url, version_of, text FROM articles WHERE text_hash = ? ORDER BY id').all(hash) as { id: number; url: string | null; version_of: number | null; text: string }[])
    .find((a) => a.url === url || a.url === null || url === null);
  if (same) {
    const linked = prep(db, 'INSERT INTO article_captures (article, capture) VALUES (?, ?) ON CONFLICT DO NOTHING').run(same.id, sha256).changes === 1;
    return { id: same.id, status: 'same', versionOf: same.version_of, text: same.text, records: linked ? [recordOf(db, 'articles', same.id)] : [] };
  }
  // These bytes gave an article before: another text now means another extractor, not an edit at the source.
  const earlier = prep(db, 'SELECT a.id, a.version_of, a.text FROM article_captures c JOIN articles a ON a.id = c.article WHERE c.capture = ? ORDER BY a.id LIMIT 1').get(sha256) as { id: number; version_of: number | null; text: string } | undefined;
  if (earlier) return { id: earlier.id, status: 'same', versionOf: earlier.version_of, text: earlier.text, records: [], extractionDiffers: true };

  const firstSeen = (prep(db, 'SELECT captured_at FROM captures WHERE sha256 = ?').pluck().get(sha256) as string | undefined) ?? new Date().toISOString();
  const versions = url === null ? [] : (prep(db, 'SELECT id, first_seen FROM articles WHERE url = ? ORDER BY first_seen, id').all(url) as { id: number; first_seen: string }[]);
  const after = versions.findIndex((v) => v.first_seen > firstSeen);
  const prev = after === -1 ? versions.at(-1) : versions[after - 1];
  const next = after === -1 ? undefined : versions[after];
  // The text is stored once, in its column; the capture link lives in article_captures.
  const { text, captureSha256: _capture, ...body } = article;
  const row = { source_id: article.id, url, text_hash: hash, title: article.meta.title?.value ?? null, text, body: JSON.stringify(body), version_of: prev?.id ?? null, first_seen: firstSeen };
  const id = Number(
    prep(db, 'INSERT INTO articles (source_id, url, text_hash, title, text, body, version_of, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(row.source_id, row.url, row.text_hash, row.title, row.text, row.body, row.version_of, row.first_seen).lastInsertRowid,
  );
  prep(db, 'INSERT INTO article_captures (article, capture) VALUES (?, ?)').run(id, sha256);
  const records: CustodyRecord[] = [{ table: 'articles', key: String(id), hash: articleHash({ id, ...row }, [sha256]) }];
  if (next) {
    prep(db, 'UPDATE articles SET version_of = ? WHERE id = ?').run(id, next.id);
    records.push(recordOf(db, 'articles', next.id));
  }
  return { id, status: versions.length ? 'new-version' : 'new', versionOf: prev?.id ?? null, text, records };
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
  const row = { article: articleId, tool_version: analyzer.toolVersion, model_hash: analyzer.modelHash, json, created_at: new Date().toISOString() };
  const mine = prep(db, 'SELECT json FROM analyses WHERE article = ? AND tool_version = ? AND model_hash = ?').pluck().get(articleId, row.tool_version, row.model_hash);
  if (mine === json) return { stored: false, first: false };
  const first = prep(db, 'SELECT count(*) FROM analyses WHERE article = ?').pluck().get(articleId) === 0;
  prep(
    db,
    `INSERT INTO analyses (article, tool_version, model_hash, json, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (article, tool_version, model_hash) DO UPDATE SET json = excluded.json, created_at = excluded.created_at`,
  ).run(row.article, row.tool_version, row.model_hash, row.json, row.created_at);
  return { stored: true, record: { table: 'analyses', key: analysisKey(row), hash: analysisHash(row) }, first };
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
  const captureRecord = insertCapture(db, rec.capture);
  if (captureRecord) records.push(captureRecord);
  const result: IngestResult = { sha256: rec.capture.sha256, captureStored: captureRecord !== null, noop: false };
  if (rec.article) {
    const placed = placeArticle(db, rec.capture.sha256, rec.article, rec.info);
    result.article = { id: placed.id, status: placed.status, versionOf: placed.versionOf, ...(placed.extractionDiffers ? { extractionDiffers: true as const } : {}) };
    records.push(...placed.records);
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
