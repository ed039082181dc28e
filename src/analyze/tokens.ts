// Tokens and sentences with offsets into the text. Tokens live in flat typed arrays (wink-nlp style):
// callers read them through the accessors of `Tokens`, never through the layout.
import type { Span } from '../types.ts';

export const enum TokenKind {
  Word = 0,
  Number = 1,
  Punct = 2,
  Quote = 3,
}

export interface Tokens {
  readonly text: string;
  readonly length: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
}

// Initialisms (U.S., D.C., D-N.Y.), numbers (1,000.5, 9:30), words with inner hyphens or apostrophes
// (well-known, don't), runs of dots or dashes, doubled apostrophes used as quote marks; anything else
// is one character.
const TOKEN =
  /(?:\p{L}+-)?(?:\p{L}\.){2,}|\d+(?:[.,:]\d+)*\p{L}*|[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*|\.{2,}|…|-{2,}|''|``|\S/gu;
const QUOTES = new Set(['"', '“', '”', '‘', '’', '«', '»', '„', '‚', "'", '`']);
const POSSESSIVE = /^(.+?)(['’][sS])$/u;

/** Whether a one-character token is a letter or digit: ASCII by its code, the rest by Unicode property. */
function letterOrNumber(code: number, ch: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(ch);
}

export function tokenize(text: string): Tokens {
  let cap = Math.max(16, text.length >> 2);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let kinds = new Uint8Array(cap);
  let n = 0;
  const push = (s: number, e: number, k: TokenKind): void => {
    if (n === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap), e2 = new Int32Array(cap), k2 = new Uint8Array(cap);
      s2.set(starts); e2.set(ends); k2.set(kinds);
      starts = s2; ends = e2; kinds = k2;
    }
    starts[n] = s; ends[n] = e; kinds[n] = k; n++;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const w = m[0];
    const s = m.index;
    const c = w.charCodeAt(0);
    if ((w.length === 1 && QUOTES.has(w)) || w === "''" || w === '``') push(s, s + w.length, TokenKind.Quote);
    else if (c >= 48 && c <= 57) push(s, s + w.length, TokenKind.Number);
    else if (w.length === 1 && !letterOrNumber(c, w)) push(s, s + 1, TokenKind.Punct);
    else if (w.length > 2 && (w.endsWith('s') || w.endsWith('S')) && POSSESSIVE.test(w)) {
      // "Smith's" → "Smith" "'s": the possessor is often a source boundary.
      const cut = s + w.length - 2;
      push(s, cut, TokenKind.Word);
      push(cut, s + w.length, TokenKind.Word);
    } else if (c === 46 /* . */ || c === 0x2026 /* … */ || c === 45 /* - */) push(s, s + w.length, TokenKind.Punct);
    else push(s, s + w.length, TokenKind.Word);
  }
  return { text, length: n, starts: starts.subarray(0, n), ends: ends.subarray(0, n), kinds: kinds.subarray(0, n) };
}

/** Whether text[from, to) holds a line break (the gap between two tokens). */
export function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

export const tokenText = (t: Tokens, i: number): string => t.text.slice(t.starts[i]!, t.ends[i]!);

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof sen rep gov gen lt col maj capt sgt st jr sr inc co corp ltd vs etc rev fr pres ' +
    'jan feb mar apr aug sep sept oct nov dec no nos fig approx dept univ ave blvd mt ft est messrs hon atty supt adm cmdr')
    .split(' '),
);
const CLOSERS = new Set([')', ']', '”', '’', '"', "'", '»', "''"]);

/** Paragraphs: runs of text between line breaks (blank lines or single newlines). */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let s = m.index, e = s + m[0].length;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}

/** Sentence spans (character offsets), never crossing a line break. */
export function splitSentences(text: string, tokens: Tokens): Span[] {
  return sentenceTokenRanges(text, tokens).map(([a, b]) => ({ start: tokens.starts[a]!, end: tokens.ends[b - 1]! }));
}

/** Sentences as half-open token index ranges [first, last + 1). */
export function sentenceTokenRanges(text: string, tokens: Tokens): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = tokens.length;
  let first = 0;
  const isBreakBetween = (i: number): boolean => lineBreakBetween(text, tokens.ends[i]!, tokens.starts[i + 1]!);
  for (let i = 0; i < n; i++) {
    if (i + 1 === n) break;
    if (isBreakBetween(i)) { out.push([first, i + 1]); first = i + 1; continue; }
    const last = text.charCodeAt(tokens.ends[i]! - 1);
    if (last !== 46 /* . */ && last !== 33 /* ! */ && last !== 63 /* ? */ && last !== 0x2026 /* … */) continue;
    const w = tokenText(tokens, i);
    if (w !== '.' && w !== '!' && w !== '?' && w !== '…' && w !== '...' && !/^(?:\p{L}+-)?(?:\p{L}\.){2,}$/u.test(w)) continue;
    // the sentence ends after any closing quotes or brackets that follow the stop
    let j = i;
    // only marks glued to the stop close the sentence: in `years. "Next` the quote opens the next one
    while (j + 1 < n && CLOSERS.has(tokenText(tokens, j + 1)) && tokens.starts[j + 1] === tokens.ends[j]) j++;
    if (j + 1 >= n) break;
    if (isBreakBetween(j)) { out.push([first, j + 1]); first = j + 1; i = j; continue; }
    const next = tokenText(tokens, j + 1);
    const nc = next.charCodeAt(0);
    const upperOrOpen = /^[\p{Lu}\d“‘"'(«„[]/u.test(next) || (nc >= 48 && nc <= 57);
    if (!upperOrOpen) continue;
    if (w === '.' && i > 0 && tokens.ends[i - 1] === tokens.starts[i]) {
      const prev = tokenText(tokens, i - 1);
      if (ABBREVIATIONS.has(prev.toLowerCase())) continue;
      if (/^\p{Lu}$/u.test(prev)) continue; // an initial: "John F. Kennedy"
    }
    if (w.length > 2 && w.endsWith('.') && w !== '...') {
      // an initialism: ends the sentence only before a typical sentence opener ("in the U.S. The …")
      if (!/^(?:The|A|An|But|And|In|It|He|She|They|We|I|This|That|On|At|For|However|Now|Still|Meanwhile)$/.test(next)) continue;
    }
    out.push([first, j + 1]);
    first = j + 1;
    i = j;
  }
  if (first < n) out.push([first, n]);
  return out;
}
