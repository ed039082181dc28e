// extractText: plain text → Article, taken verbatim. Every offset refers to the input exactly, so
// nothing is normalised or trimmed in the text itself; paragraphs and the title are spans/metadata.

import type { Article, ArticleMeta, Span } from '../types.ts';
import { bodyMessages } from './checks.ts';
import { truncation } from './flags.ts';
import { detectLanguage } from './language.ts';

export interface ExtractTextOptions {
  id: string;
}

/** Non-blank runs between separators, trimmed of surrounding whitespace (as spans). */
function splitSpans(text: string, separator: RegExp): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (const m of text.matchAll(separator)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return spans;
}

/** Paragraphs: blocks between blank lines; a text without blank lines has one paragraph a line. */
export function paragraphSpans(text: string): Span[] {
  const blank = /\r?\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+|\r[ \t]*\r/;
  return blank.test(text) ? splitSpans(text, new RegExp(blank.source, 'g')) : splitSpans(text, /\r\n|\n|\r/g);
}

/** Whether a line reads as a headline: short, several words, not a sentence ending in a period. */
export function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  if (t.length < 8 || t.length > 160 || /[.,;:]$/.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length >= 2 && words.length <= 25;
}

/** The article in a plain text; the first line becomes the title (metadata only) when it looks like one. */
export function extractText(text: string, opts: ExtractTextOptions): Article {
  const paragraphs = paragraphSpans(text);
  const meta: ArticleMeta = {};
  const first = paragraphs[0];
  if (first && paragraphs.length > 1) {
    const lineEnd = text.slice(first.start, first.end).search(/\r|\n/);
    const line = lineEnd < 0 ? text.slice(first.start, first.end) : text.slice(first.start, first.start + lineEnd);
    if (looksLikeHeadline(line)) meta.title = { value: line.trim().normalize('NFC'), raw: line, from: 'input' };
  }
  const language = detectLanguage(text);
  const messages = bodyMessages(text, paragraphs, language);
  const cut = truncation(text);
  if (cut) {
    messages.push({ reason: `Text looks truncated: ${cut}`, rule: 'extract:truncated', severity: 'warning', span: paragraphs.at(-1) });
  }
  return {
    id: opts.id,
    text,
    paragraphs,
    meta,
    links: [],
    flags: { paywall: false, liveBlog: false, truncated: cut !== undefined },
    language,
    messages,
  };
}
