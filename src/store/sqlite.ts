// The SQLite workspace: one file, WAL, every write one IMMEDIATE transaction together with its custody
// entry. A run killed at any moment leaves the last committed state; rerunning it skips what is stored
// (keys are content hashes) and completes the rest.
//
// synchronous=NORMAL, not FULL: in WAL mode NORMAL loses no committed transaction when the process is
// killed (the WAL is in the OS's cache), and after a power cut the newest transactions roll back
// together with their log entries, so the log and the data never disagree. What NORMAL could lose is
// only work a rerun redoes, except a head that has left the machine; so exportHead(), signHead() and
// logExport() checkpoint first, which syncs the WAL to disk, instead of paying an fsync on every record.
import Database from 'better-sqlite3';
import { resolve } from 'node:path';
import type { Analysis, Article, Capture } from '../types.ts';
import { VERSION } from '../version.ts';
import { appendEntry, coverageHead, entries, head } from './custody.ts';
import { deleteArticle } from './delete.ts';
import { wordDiff } from './diff.ts';
import { ingestRecord, storeAnalysis, type IngestContext } from './ingest.ts';
import { defaultKeyDir, loadOrCreateKey, signHeadWith } from './keys.ts';
import { readClaims, readStories, saveClaims, saveStories } from './links.ts';
import { migrate } from './schema.ts';
import { addCorrection, listCorrections, withdrawCorrection, type StoredCorrection } from './corrections.ts';
import type { Correction, CorrectionBody } from '../trace/corrections.ts';
import { searchArticles } from './search.ts';
import { prep } from './prep.ts';
import { recordOf, type AnalysisRow, type ArticleRow, type CaptureRow } from './records.ts';
import {
  StoreError, type Analyzer, type ArticleInfo, type ClaimInput, type CustodyEntry, type CustodyRecord, type DiffChange, type Finding, type Head,
  type IngestRecord, type IngestResult, type SavedClaim, type SavedStory, type SearchHit, type SignedHead, type StoredAnalysis, type StoredArticle,
  type StoredCapture, type StoryInput, type VerifyOptions, type Workspace,
} from './types.ts';
import { verifyWorkspace } from './verify.ts';

export interface OpenOptions {
  /** Recorded in every custody entry. Default: hearsay's version. */
  toolVersion?: string;
  /** Settings of the run (CLI options), recorded in every custody entry. */
  settings?: Record<string, unknown>;
  /** Where the signing key lives. Default $XDG_CONFIG_HOME/hearsay or ~/.config/hearsay. */
  keyDir?: string;
  /** How long to wait for another process's write transaction, in ms. Default 30000. */
  busyTimeout?: number;
}

export const DEFAULT_WORKSPACE = './hearsay.db';

/** One article as a link reads it (see currentAnalyses). */
export interface CurrentAnalysis {
  id: number;
  url: string | null;
  /** The sha256 of its first capture (in hash order). */
  capture: string | null;
  analysis: Analysis;
}

export function openWorkspace(path: string = DEFAULT_WORKSPACE, options: OpenOptions = {}): SqliteWorkspace {
  return new SqliteWorkspace(path, options);
}

export class SqliteWorkspace implements Workspace {
  readonly path: string;
  readonly db: Database.Database;
  private readonly ctx: IngestContext;
  private readonly keyDir: string;

  constructor(path: string, options: OpenOptions = {}) {
    this.path = path === ':memory:' ? path : resolve(path);
    try {
      this.db = new Database(path, { timeout: options.busyTimeout ?? 30_000 });
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      // A larger page cache (64 MB) than the 2 MB default, for workspaces of many thousand articles.
      this.db.pragma('cache_size = -65536');
      migrate(this.db, this.path);
    } catch (e) {
      if (e instanceof StoreError) throw e;
      throw new StoreError(`${this.path}: cannot open the workspace: ${(e as Error).message}`, 'bad-input', { cause: e });
    }
    this.ctx = { toolVersion: options.toolVersion ?? VERSION, settings: options.settings ?? {} };
    this.keyDir = options.keyDir ?? defaultKeyDir();
  }

  /** Run fn in one write transaction, taken at BEGIN so the custody head cannot move under it. */
  private write<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  ingest(record: IngestRecord): IngestResult {
    return this.write(() => ingestRecord(this.db, record, this.ctx));
  }

  ingestBatch(records: IngestRecord[]): IngestResult[] {
    // Each record in a savepoint (a nested transaction): a refused record is reported and the rest of
    // the batch still commits; any other error rolls the whole batch back.
    const one = this.db.transaction((r: IngestRecord) => ingestRecord(this.db, r, this.ctx));
    return this.write(() =>
      records.map((r) => {
        try {
          return one(r);
        } catch (e) {
          if (!(e instanceof StoreError)) throw e;
          return { sha256: r.capture.sha256, captureStored: false, noop: true, error: e.message };
        }
      }),
    );
  }

  addArticle(capture: Capture, article: Article, info?: ArticleInfo): IngestResult {
    return this.ingest({ capture, article, ...(info ? { info } : {}) });
  }

  addAnalysis(article: number, analysis: Analysis, analyzer: Analyzer): boolean {
    return this.write(() => {
      const text = this.db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(article) as string | undefined;
      if (text === undefined) throw new StoreError(`addAnalysis: no article ${article}`, 'not-found');
      const r = storeAnalysis(this.db, article, text, analysis, analyzer);
      if (r.record) appendEntry(this.db, r.first ? 'analyze' : 're-analyze', [r.record], this.ctx.toolVersion, { ...this.ctx.settings, analyzer });
      return r.stored;
    });
  }

  capture(sha256: string): StoredCapture | null {
    const r = this.db.prepare('SELECT * FROM captures WHERE sha256 = ?').get(sha256) as CaptureRow | undefined;
    if (!r) return null;
    return { sha256: r.sha256, bytes: new Uint8Array(r.bytes), size: r.size, contentType: r.content_type, capturedAt: r.captured_at, origin: JSON.parse(r.origin) };
  }

  article(id: number): StoredArticle | null {
    const r = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    if (!r) return null;
    const captures = this.db.prepare('SELECT capture FROM article_captures WHERE article = ? ORDER BY capture').pluck().all(id) as string[];
    const article = { ...(JSON.parse(r.body) as Omit<Article, 'text'>), text: r.text } as Article;
    return { id: r.id, article, url: r.url, textHash: r.text_hash, versionOf: r.version_of, captures, firstSeen: r.first_seen };
  }

  articleIds(): number[] {
    return this.db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
  }

  versions(id: number): number[] {
    const up = this.db.prepare('SELECT version_of FROM articles WHERE id = ?').pluck();
    const down = this.db.prepare('SELECT id FROM articles WHERE version_of = ? ORDER BY id').pluck();
    if (up.get(id) === undefined) throw new StoreError(`versions: no article ${id}`, 'not-found');
    let root = id;
    for (let prev = up.get(root) as number | null; prev !== null; prev = up.get(root) as number | null) root = prev;
    const chain = [root];
    for (let next = down.get(root) as number | undefined; next !== undefined; next = down.get(next) as number | undefined) chain.push(next);
    return chain;
  }

  articleDiff(a: number, b: number): DiffChange[] {
    const text = this.db.prepare('SELECT text FROM articles WHERE id = ?').pluck();
    const ta = text.get(a) as string | undefined, tb = text.get(b) as string | undefined;
    if (ta === undefined || tb === undefined) throw new StoreError(`articleDiff: no article ${ta === undefined ? a : b}`, 'not-found');
    return wordDiff(ta, tb);
  }

  analysis(article: number): StoredAnalysis | null {
    const r = this.db.prepare('SELECT * FROM analyses WHERE article = ? ORDER BY created_at DESC, rowid DESC LIMIT 1').get(article) as AnalysisRow | undefined;
    const a = r && this.article(article);
    if (!r || !a) return null;
    const analysis = { ...(JSON.parse(r.json) as Omit<Analysis, 'article'>), article: a.article };
    return { article, analyzer: { toolVersion: r.tool_version, modelHash: r.model_hash }, analysis, createdAt: r.created_at };
  }

  /**
   * What a link reads: the latest version of each article that has an analysis, with its newest
   * analysis, its URL and first capture, in article order. One query, each row parsed once.
   */
  currentAnalyses(): CurrentAnalysis[] {
    const rows = prep(
      this.db,
      `SELECT a.id, a.url, a.text, a.body,
         (SELECT capture FROM article_captures c WHERE c.article = a.id ORDER BY capture LIMIT 1) AS capture,
         (SELECT json FROM analyses n WHERE n.article = a.id ORDER BY created_at DESC, rowid DESC LIMIT 1) AS json
       FROM articles a WHERE NOT EXISTS (SELECT 1 FROM articles b WHERE b.version_of = a.id) ORDER BY a.id`,
    ).iterate() as Iterable<{ id: number; url: string | null; text: string; body: string; capture: string | null; json: string | null }>;
    const out: CurrentAnalysis[] = [];
    for (const r of rows) {
      if (r.json === null) continue;
      const article = { ...(JSON.parse(r.body) as Omit<Article, 'text'>), text: r.text } as Article;
      out.push({ id: r.id, url: r.url, capture: r.capture, analysis: { ...(JSON.parse(r.json) as Omit<Analysis, 'article'>), article } });
    }
    return out;
  }

  /** The last entry of the log that changed the coverage (not a link or an export). */
  coverageHead(): Head {
    return coverageHead(this.db);
  }

  /** The parts of the stored result of the last link, in order, if it was made on this basis; null otherwise. */
  linkResult(basis: string): string[] | null {
    const parts = prep(this.db, 'SELECT part FROM link_result WHERE basis = ? ORDER BY n').pluck().all(basis) as string[];
    return parts.length ? parts : null;
  }

  /**
   * Keep a link's result for the reads that follow, until the basis changes: in parts, each a string of
   * its own, so a result larger than the longest string JavaScript can hold is still kept.
   */
  saveLinkResult(basis: string, parts: Iterable<string>): void {
    this.write(() => {
      prep(this.db, 'DELETE FROM link_result').run();
      let n = 0;
      for (const part of parts) prep(this.db, 'INSERT INTO link_result (n, basis, part) VALUES (?, ?, ?)').run(n++, basis, part);
    });
  }

  needsAnalysis(analyzer: Analyzer): number[] {
    return this.db
      .prepare('SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM analyses n WHERE n.article = a.id AND n.tool_version = ? AND n.model_hash = ?) ORDER BY id')
      .pluck()
      .all(analyzer.toolVersion, analyzer.modelHash) as number[];
  }

  deleteArticle(id: number, reason: string): void {
    this.write(() => deleteArticle(this.db, id, reason, this.ctx.toolVersion, this.ctx.settings));
  }

  saveStories(groups: StoryInput[]): SavedStory[] {
    return this.write(() => saveStories(this.db, groups, this.ctx.toolVersion, this.ctx.settings));
  }

  stories(): SavedStory[] {
    return readStories(this.db);
  }

  saveClaims(claims: ClaimInput[]): SavedClaim[] {
    return this.write(() => saveClaims(this.db, claims, this.ctx.toolVersion, this.ctx.settings));
  }

  claim(id: number): SavedClaim | null {
    return readClaims(this.db, id)[0] ?? null;
  }

  claims(): SavedClaim[] {
    return readClaims(this.db);
  }

  search(query: string, limit = 20): SearchHit[] {
    return searchArticles(this.db, query, limit);
  }

  logExport(what: string, settings: Record<string, unknown>, records: CustodyRecord[] = []): CustodyEntry {
    const entry = this.write(() => appendEntry(this.db, 'export', records, this.ctx.toolVersion, { ...this.ctx.settings, ...settings, what }));
    this.sync();
    return entry;
  }

  /** Record a user's correction (logged); it applies from the next link on. */
  addCorrection(body: CorrectionBody & { by: string; note?: string }): Correction {
    return this.write(() => addCorrection(this.db, this.ctx, body));
  }

  /** Withdraw a correction (logged); it stays on record. */
  withdrawCorrection(id: string): StoredCorrection {
    return this.write(() => withdrawCorrection(this.db, this.ctx, id));
  }

  /** Corrections in the order made; inForce leaves out withdrawn ones. */
  corrections(opts: { inForce?: boolean } = {}): StoredCorrection[] {
    return listCorrections(this.db, opts);
  }

  /** The current record of a row, for logExport: what exactly went out. */
  recordOf(table: CustodyRecord['table'], key: string | number): CustodyRecord {
    return recordOf(this.db, table, key);
  }

  custodyLog(fromSeq = 1): CustodyEntry[] {
    return [...entries(this.db, fromSeq)].map((e) => e.entry);
  }

  exportHead(): Head {
    this.sync();
    return head(this.db);
  }

  signHead(keyDir?: string): SignedHead {
    return signHeadWith(this.exportHead(), loadOrCreateKey(keyDir ?? this.keyDir, this.path));
  }

  verify(options: VerifyOptions = {}): Finding[] {
    const integrity = this.db.pragma('integrity_check') as { integrity_check: string }[];
    const findings: Finding[] = integrity.filter((r) => r.integrity_check !== 'ok').map((r) => ({ table: 'sqlite', key: 'integrity_check', problem: r.integrity_check }));
    return [...findings, ...verifyWorkspace(this.db, options)];
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Make everything committed so far durable: a checkpoint syncs the WAL before copying it. */
  private sync(): void {
    if (this.path !== ':memory:') this.db.pragma('wal_checkpoint(FULL)');
  }
}
