// Content problems worth telling the user about, as messages (never exceptions).

import type { Language, Message, Span } from '../types.ts';

// A word (a run of characters that are neither white space nor CJK), or one CJK character.
const WORD_OR_CJK = /[^\s\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+|([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])/g;

/**
 * Words in a text, counting CJK characters in halves (they carry no spaces). With `atLeast`, counting
 * stops there, for callers that only ask whether a text is that long (a body is read once, not split).
 */
export function wordCount(text: string, atLeast = Infinity): number {
  let words = 0;
  let cjk = 0;
  WORD_OR_CJK.lastIndex = 0;
  for (let m = WORD_OR_CJK.exec(text); m; m = WORD_OR_CJK.exec(text)) {
    if (m[1]) cjk++;
    else words++;
    if (words + Math.ceil(cjk / 2) >= atLeast) break;
  }
  return words + Math.ceil(cjk / 2);
}

export const SHORT_BODY_WORDS = 50;

/** no-body / short-body / language-unknown messages for an extracted text. */
export function bodyMessages(text: string, paragraphs: Span[], language: Language): Message[] {
  const out: Message[] = [];
  const words = wordCount(text, SHORT_BODY_WORDS); // only a short body's count is reported
  if (words === 0) {
    out.push({ reason: 'No article text found', rule: 'extract:no-body', severity: 'error' });
    return out;
  }
  if (words < SHORT_BODY_WORDS) {
    const span = { start: paragraphs[0]?.start ?? 0, end: paragraphs.at(-1)?.end ?? text.length };
    out.push({ reason: `Very short article body (${words} words)`, rule: 'extract:short-body', severity: 'warning', span });
  }
  if (language.code === 'und') {
    out.push({ reason: 'Text too short to detect its language; treated as English', rule: 'extract:language-unknown', severity: 'info' });
  }
  return out;
}

const COUNTED = /<(\/?)(div|table|ul|ol|section|article)[\s>]/gi;

/** Signs of damaged markup in raw HTML: unbalanced containers, an unterminated comment or script. */
export function htmlMessages(html: string): Message[] {
  if (!/<[a-z!/][^>]*>/i.test(html)) {
    return [{ reason: 'Input has no HTML markup; read as text in one block', rule: 'extract:not-html', severity: 'warning' }];
  }
  // One pass over the page counts opening and closing tags of the containers that hold a body.
  const open = new Map<string, number>();
  const close = new Map<string, number>();
  for (const m of html.matchAll(COUNTED)) {
    const tag = m[2].toLowerCase();
    const counts = m[1] ? close : open;
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const problems: string[] = [];
  for (const tag of new Set([...open.keys(), ...close.keys()])) {
    const o = open.get(tag) ?? 0;
    const c = close.get(tag) ?? 0;
    if (Math.abs(o - c) > Math.max(3, o * 0.1)) problems.push(`${o} <${tag}> vs ${c} </${tag}>`);
  }
  if (html.lastIndexOf('<!--') > html.lastIndexOf('-->')) problems.push('an unterminated comment');
  const lastScript = html.toLowerCase().lastIndexOf('<script');
  if (lastScript >= 0 && !/<\/script\s*>/i.test(html.slice(lastScript))) problems.push('an unterminated script');
  if (problems.length === 0) return [];
  return [{ reason: `Broken HTML: ${problems.join(', ')}; the text may be incomplete`, rule: 'extract:broken-html', severity: 'warning' }];
}
