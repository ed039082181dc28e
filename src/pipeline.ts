// One document through the stages: input (text or HTML) → extract → analyze. The CLI, the server and
// library callers all go through here, so there is one way to turn input into an Analysis.
import { analyzeArticle } from './analyze/analyze.ts';
import type { AttributionModel } from './analyze/attribution/index.ts';
import { extractHtml, extractText } from './extract/index.ts';
import type { Analysis, Article, MetaField } from './types.ts';

export interface DocumentInput {
  id: string;
  /** Plain text, taken verbatim: offsets in the analysis refer to exactly this string. */
  text?: string;
  /** An HTML page; its main text is extracted and the analysis's offsets refer to that. */
  html?: string;
  url?: string;
  /** Metadata the caller knows better than the page (from a feed or a JSONL record). */
  title?: string;
  outlet?: string;
  published?: string;
  byline?: string;
  sha256?: string;
}

const given = (value: string): MetaField => ({ value, raw: value, from: 'input' });

/** The Article for an input: HTML is extracted, text is kept as it is. */
export function articleOf(input: DocumentInput): Article {
  const article =
    input.html !== undefined
      ? extractHtml(input.html, { id: input.id, ...(input.url ? { url: input.url } : {}) })
      : extractText(input.text ?? '', { id: input.id });
  if (input.title) article.meta.title = given(input.title);
  if (input.outlet) article.meta.outlet = given(input.outlet);
  if (input.published) article.meta.published = given(input.published);
  if (input.byline) article.meta.byline = given(input.byline);
  if (input.url && !article.meta.canonicalUrl) article.meta.canonicalUrl = { value: input.url, raw: input.url, from: 'url' };
  if (input.sha256) article.captureSha256 = input.sha256;
  return article;
}

export function analyzeDocument(input: DocumentInput, model: AttributionModel): Analysis {
  const article = articleOf(input);
  let host: string | undefined;
  try {
    host = input.url ? new URL(input.url).hostname : undefined;
  } catch {
    host = undefined;
  }
  return analyzeArticle(article, { model, ...(host ? { host } : {}) });
}

/** Whether a string is an HTML document rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  const head = s.slice(0, 2048).trimStart().toLowerCase();
  return /^(?:<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)/.test(head) || (/<(?:p|div|article|span|br|a)\b[^>]*>/.test(head) && /<\/(?:p|div|article|a)>/.test(s.slice(0, 20000)));
}
