// What the readers of files, folders, feeds and archives yield: a capture to ingest, a reference
// to content captured before (a WARC revisit), or an error that did not stop the reading.

import type { Capture } from '../types.ts';
import type { CaptureError } from './error.ts';

export interface SourceCapture {
  capture: Capture;
  kind: 'html' | 'text';
  /** Where it came from, for people: "crawl.warc.gz#record 12", "feed.xml#item 3", "page.html". */
  via: string;
  url?: string;
  title?: string;
  published?: string;
  outlet?: string;
  /** True when a feed gave only a summary of the article, not its full text. */
  summary?: boolean;
  /** The archive's payload digest, canonical "sha1:<hex>", to match revisit records against. */
  payloadDigest?: string;
  /** HTTP status of an archived response. */
  status?: number;
}

/** A WARC revisit record: the same content as an earlier capture, identified by URI, date and digest. */
export interface SourceRevisit {
  revisit: {
    url?: string;
    capturedAt?: string;
    refersToUri?: string;
    refersToDate?: string;
    refersToRecordId?: string;
    /** Canonical "sha1:<hex>" (see normalizeDigest). */
    payloadDigest?: string;
    profile?: string;
  };
  via: string;
}

export interface SourceFailure {
  error: CaptureError;
  via?: string;
}

export type SourceItem = SourceCapture | SourceRevisit | SourceFailure;
