// The workspace: what any store (SQLite now, PostgreSQL later) must offer. Methods may return a value or
// a Promise of it, so a synchronous store (better-sqlite3) and an asynchronous one (pg) both fit, and
// the conformance suite awaits every call. Article, story and claim ids are workspace integers.
import type { Drift } from '../assess/drift.ts';
import type { PrimarySource } from '../assess/provenance.ts';
import type { Stance } from '../link/claim-units.ts';
import type { Analysis, Article, Capture, Span } from '../types.ts';

export type MaybePromise<T> = T | Promise<T>;

/** What the caller knows about an article beyond its text (from a feed, a JSONL record, the fetch). */
export interface ArticleInfo {
  url?: string;
  outlet?: string;
  published?: string;
}

/** Which analyser made an analysis, so a newer tool or model can be detected. */
export interface Analyzer {
  toolVersion: string;
  /** sha256 of the model bytes. */
  modelHash: string;
}

/** One record to ingest: its original, and what was derived from it when that is known. */
export interface IngestRecord {
  capture: Capture;
  article?: Article;
  info?: ArticleInfo;
  analysis?: Analysis;
  analyzer?: Analyzer;
}

export type ArticleStatus = 'new' | 'same' | 'new-version';

export interface IngestResult {
  sha256: string;
  /** False when the same bytes were stored already. */
  captureStored: boolean;
  /** extractionDiffers: these bytes gave another text before (a newer extractor); the stored article is kept. */
  article?: { id: number; status: ArticleStatus; versionOf: number | null; extractionDiffers?: true };
  analysisStored?: boolean;
  /** Nothing was written: the record was in the workspace already, or it was refused. */
  noop: boolean;
  /** Why ingestBatch refused this record (the others were stored). */
  error?: string;
}

export interface StoredCapture {
  sha256: string;
  bytes: Uint8Array;
  size: number;
  contentType: string | null;
  capturedAt: string;
  origin: Capture['origin'];
}

export interface StoredArticle {
  id: number;
  article: Article;
  url: string | null;
  /** sha256 of the normalised text: how the same text arriving twice is recognised. */
  textHash: string;
  versionOf: number | null;
  captures: string[];
  firstSeen: string;
}

export interface StoredAnalysis {
  article: number;
  analyzer: Analyzer;
  analysis: Analysis;
  createdAt: string;
}

/** A changed region between two versions: spans into A's and B's text (either may be empty). */
export interface DiffChange {
  kind: 'insert' | 'delete' | 'replace';
  a: Span;
  b: Span;
}

export interface SearchHit {
  article: number;
  /** Where the query's terms occur in the article text and in its title. */
  spans: Span[];
  titleSpans: Span[];
}

export interface StoryInput {
  /** The caller's name for the group (e.g. the trace's "s3"), returned with its workspace id. */
  key?: string;
  articles: number[];
}

export interface SavedStory {
  id: number;
  key?: string;
  articles: number[];
  /** Whether the id was kept from an earlier grouping or is new. */
  kept: boolean;
  /** Read back after a later grouping no longer had it: the id stays, never reused. */
  retired?: true;
}

export interface ClaimAppearance {
  article: number;
  span: Span;
  stance: Stance;
  speaker: string | null;
  parent: { article: number; rule: string } | null;
}

export interface ClaimInput {
  key?: string;
  story: number | null;
  statement: { article: number; span: Span };
  appearances: ClaimAppearance[];
  primarySources: PrimarySource[];
  independentSources: number;
  /** Article id of the first appearance. */
  firstAppearance: number;
  /** Drift with article ids in place of trace indexes. */
  drift: Drift[];
}

export interface SavedClaim extends ClaimInput {
  id: number;
  kept: boolean;
  retired?: true;
}

export interface Head {
  seq: number;
  hash: string;
}

export interface SignedHead {
  head: Head;
  /** Ed25519 signature over the canonical JSON of the head, base64. */
  signature: string;
  /** SPKI PEM of the key that signed it. */
  publicKey: string;
}

/** One thing verify() found wrong, naming the table and the record or log entry. */
export interface Finding {
  table: string;
  key: string;
  problem: string;
}

export interface VerifyOptions {
  /** A head kept outside the workspace: the log must still contain it unchanged. */
  head?: Head;
  /** A signed head: its signature is checked with publicKey (or the one it carries), then the head. */
  signed?: SignedHead;
  publicKey?: string;
}

export interface CustodyEntry {
  seq: number;
  time: string;
  action: CustodyAction;
  /** The records the action touched, each with the hash of its content at that moment. */
  records: CustodyRecord[];
  toolVersion: string;
  settings: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export type CustodyAction = 'ingest' | 'analyze' | 're-analyze' | 'link' | 'export' | 'delete' | 'correct';

/** A record as the log saw it; hash null means it was deleted. */
export interface CustodyRecord {
  table: 'captures' | 'articles' | 'analyses' | 'stories' | 'claims' | 'corrections';
  key: string;
  hash: string | null;
}

export interface Workspace {
  ingest(record: IngestRecord): MaybePromise<IngestResult>;
  /** Several records in one transaction: all are stored or, if the run dies, none. A record refused
   * as unusable (StoreError) is reported in its result and the others are stored. */
  ingestBatch(records: IngestRecord[]): MaybePromise<IngestResult[]>;
  addArticle(capture: Capture, article: Article, info?: ArticleInfo): MaybePromise<IngestResult>;
  /** Store an analysis; a different analyzer than the last one's is logged as a re-analysis. */
  addAnalysis(article: number, analysis: Analysis, analyzer: Analyzer): MaybePromise<boolean>;
  capture(sha256: string): MaybePromise<StoredCapture | null>;
  article(id: number): MaybePromise<StoredArticle | null>;
  articleIds(): MaybePromise<number[]>;
  /** The versions of an article's URL, oldest first. */
  versions(id: number): MaybePromise<number[]>;
  articleDiff(a: number, b: number): MaybePromise<DiffChange[]>;
  analysis(article: number): MaybePromise<StoredAnalysis | null>;
  /** Articles with no analysis by this analyzer (never analysed, or by another version or model). */
  needsAnalysis(analyzer: Analyzer): MaybePromise<number[]>;
  deleteArticle(id: number, reason: string): MaybePromise<void>;
  saveStories(groups: StoryInput[]): MaybePromise<SavedStory[]>;
  stories(): MaybePromise<SavedStory[]>;
  saveClaims(claims: ClaimInput[]): MaybePromise<SavedClaim[]>;
  claim(id: number): MaybePromise<SavedClaim | null>;
  claims(): MaybePromise<SavedClaim[]>;
  search(query: string, limit?: number): MaybePromise<SearchHit[]>;
  /** Record that something was exported (what, in which format, the hashes of what went out). */
  logExport(what: string, settings: Record<string, unknown>, records?: CustodyRecord[]): MaybePromise<CustodyEntry>;
  /** A record as it is now, with its content hash (null if absent): what logExport lists as exported. */
  recordOf(table: CustodyRecord['table'], key: string | number): MaybePromise<CustodyRecord>;
  custodyLog(fromSeq?: number): MaybePromise<CustodyEntry[]>;
  exportHead(): MaybePromise<Head>;
  signHead(keyDir?: string): MaybePromise<SignedHead>;
  verify(options?: VerifyOptions): MaybePromise<Finding[]>;
  close(): MaybePromise<void>;
}

/** Misuse or unusable input at the store (a bad query, an unknown id), with what was asked. */
export class StoreError extends Error {
  override name = 'StoreError';
  readonly code: 'bad-query' | 'not-found' | 'bad-input' | 'bad-key';
  constructor(message: string, code: StoreError['code'], options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
