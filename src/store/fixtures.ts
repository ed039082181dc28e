// Articles, analyses and records for the store's tests, built directly (not through extract/analyze)
// so the store's tests depend on the shared types only.
import { makeCapture } from '../capture/capture.ts';
import type { Analysis, Article, Origin, Span } from '../types.ts';
import type { IngestRecord } from './types.ts';

export function articleOf(id: string, text: string, opts: { title?: string; url?: string } = {}): Article {
  const paragraphs: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  return {
    id,
    text,
    paragraphs,
    meta: {
      ...(opts.title ? { title: { value: opts.title, raw: opts.title, from: 'input' as const } } : {}),
      ...(opts.url ? { canonicalUrl: { value: opts.url, raw: opts.url, from: 'url' as const } } : {}),
    },
    links: [],
    flags: { paywall: false, liveBlog: false, truncated: false },
    language: { code: 'eng', english: true },
    messages: [],
  };
}

/** A small but well-formed analysis: sentences and one unattributed claim per sentence. */
export function analysisOf(article: Article): Analysis {
  const sentences: Span[] = [...article.text.matchAll(/[^.!?\n]+[.!?]?/g)].filter((m) => m[0].trim()).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return {
    article,
    sentences,
    mentions: [],
    attributions: [],
    hedges: [],
    claims: sentences.map((span) => ({ span, attributions: [], unattributed: true, hedges: [] })),
    citedOutlets: [],
    messages: [],
  };
}

export interface RecordOptions {
  id?: string;
  url?: string;
  title?: string;
  /** The bytes as received; defaults to the text. Different bytes, same text: a feed and an archive. */
  bytes?: string;
  origin?: Origin;
  capturedAt?: Date;
  analyze?: boolean;
  analyzer?: { toolVersion: string; modelHash: string };
}

export function recordFor(text: string, o: RecordOptions = {}): IngestRecord {
  const bytes = new TextEncoder().encode(o.bytes ?? text);
  const capture = makeCapture(bytes, o.origin ?? { kind: 'stdin' }, 'text/plain; charset=utf-8', o.capturedAt ?? new Date('2026-01-01T00:00:00Z'));
  const article = articleOf(o.id ?? capture.sha256.slice(0, 12), text, { ...(o.title ? { title: o.title } : {}), ...(o.url ? { url: o.url } : {}) });
  const rec: IngestRecord = { capture, article, ...(o.url ? { info: { url: o.url } } : {}) };
  if (o.analyze !== false) {
    rec.analysis = analysisOf(article);
    rec.analyzer = o.analyzer ?? { toolVersion: '0.1.0', modelHash: 'm1' };
  }
  return rec;
}
