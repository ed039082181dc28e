// What every export reads: the trace JSON, plus what the trace JSON does not carry (yet) about each
// article. Pure: no I/O, no Node-only API, so the exports also run in a browser.
import type { traceToJson } from '../trace/trace-json.ts';

export type TraceJson = ReturnType<typeof traceToJson>;
export type TraceArticleJson = TraceJson['articles'][number];
export type TraceClaimJson = TraceJson['claims'][number];

/** Facts about an article known to the caller (from the input records), keyed by article id. */
export interface ArticleMeta {
  url?: string | null;
  title?: string | null;
  published?: string | null;
  outlet?: string | null;
}

export interface ExportOptions {
  /** Article metadata; wins over the same fields when a later trace JSON carries them itself. */
  articles?: Record<string, ArticleMeta>;
  /** SHA-256 (hex) of each article's captured bytes, keyed by article id. */
  hashes?: Record<string, string>;
  /** ISO time the export is stamped with; now when absent (tests pass a fixed one). */
  generatedAt?: string;
  /** Report title (HTML). */
  title?: string;
  /** The fact-checking organisation that will publish ClaimReviews. */
  organization?: { name: string; url?: string; type?: 'Organization' | 'Person' };
  /** The page the fact checks will be published on; each ClaimReview gets `url#claim-<id>`. */
  reviewUrl?: string;
}

/** One article with everything known about it, whichever side it came from. */
export interface ArticleInfo {
  id: string;
  outlet: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
  /** Milliseconds since the epoch, or null when the published value is missing or unreadable. */
  time: number | null;
  sha256: string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** Publication instant of a value as written in the input ("2025-03-13T09:00Z", "2025-03-13"). */
export function timeOf(published: string | null): number | null {
  if (!published) return null;
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(published.trim()) ? `${published.trim()}T00:00:00Z` : published);
  return Number.isNaN(t) ? null : t;
}

/** Articles by id, merging the trace JSON's own fields (if a later version has them) with `opts`. */
export function articleInfo(trace: TraceJson, opts: ExportOptions = {}): Map<string, ArticleInfo> {
  const out = new Map<string, ArticleInfo>();
  for (const a of trace.articles) {
    const own = a as unknown as Record<string, unknown>;
    const given = opts.articles?.[a.id] ?? {};
    const published = str(given.published) ?? str(own.published);
    out.set(a.id, {
      id: a.id,
      outlet: str(given.outlet) ?? str(a.outlet),
      url: str(given.url) ?? str(own.url),
      title: str(given.title) ?? str(own.title),
      published,
      time: timeOf(published),
      sha256: str(opts.hashes?.[a.id]) ?? str(own.sha256),
    });
  }
  return out;
}

/** Appearance stances that contest the claim rather than carry it. */
export const CONTESTED = new Set(['disputed', 'denied']);

/** A URL that may become a link or an IRI: absolute http(s) only (never `javascript:`, `data:`, …). */
export function webUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** An instant as UTC text, the same on every machine: "2025-03-13 09:00 UTC". */
export function utc(t: number): string {
  return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** An article's publication time for people: UTC, or the bare date when only a date was given. */
export function shownTime(a: ArticleInfo | undefined, withZone = true): string | null {
  if (!a || a.time === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(a.published?.trim() ?? '')) return a.published!.trim();
  return withZone ? utc(a.time) : utc(a.time).slice(0, 16);
}

/** `generatedAt` or now, as an ISO string. */
export function stamp(opts: ExportOptions): string {
  return opts.generatedAt ?? new Date().toISOString();
}
