// Per-article precomputation shared by the cue and role models: tokens, sentences, paragraphs,
// quotation state and hashed lexical attributes of every token (computed once, reused per cue).
import { lineBreakBetween, tokenize, sentenceTokenRanges, tokenText, TokenKind, type Tokens } from '../tokens.ts';
import * as hash from './hash.ts';
import { lemma, reportClass, shape } from './lexical.ts';

export interface Doc {
  text: string;
  tokens: Tokens;
  n: number;
  /** Hashes of the lowercased word, lemma, shape and 3-letter suffix. */
  word: Int32Array;
  lem: Int32Array;
  shp: Int32Array;
  suf: Int32Array;
  /** Hashes of the 1-, 2- and 4-letter suffixes and the first character, as typed (for the class tagger). */
  suf1: Int32Array;
  suf2: Int32Array;
  suf4: Int32Array;
  pre1: Int32Array;
  /** 1 when the token is capitalised. */
  cap: Uint8Array;
  /** Reporting-word class of the token (see reportClass): 0 none, 1 verb, 2 noun. */
  rep: Uint8Array;
  /** Word class of the token (word-classes.ts: by the class tagger, or from a lexicon by tagWords); 0 until tagged. */
  pos: Uint8Array;
  /** Index of the quotation the token lies in (marks included), -1 outside any. */
  quote: Int32Array;
  /** Quotations as token ranges [first, last + 1), marks included. */
  quotes: Array<[number, number]>;
  sentOf: Int32Array;
  sentences: Array<[number, number]>;
  paraOf: Int32Array;
}

const OPEN = new Set(['“', '«', '„', '``']);
const CLOSE = new Set(['”', '»']);

const BOS = hash.hashString('<s>'), EOS = hash.hashString('</s>');
export const PAD_BEFORE = BOS, PAD_AFTER = EOS;

/** Builds the document view; pass the tokens of `text` when the caller has them already. */
export function buildDoc(text: string, tokens: Tokens = tokenize(text)): Doc {
  const n = tokens.length;
  const word = new Int32Array(n), lem = new Int32Array(n), shp = new Int32Array(n), suf = new Int32Array(n);
  const suf1 = new Int32Array(n), suf2 = new Int32Array(n), suf4 = new Int32Array(n), pre1 = new Int32Array(n);
  const cap = new Uint8Array(n), rep = new Uint8Array(n);
  // attributes of each distinct word, computed once:
  // [word, lemma, shape, suffix, capitalised, class, suffix 1, suffix 2, suffix 4, first character]
  const cache = new Map<string, [number, number, number, number, number, number, number, number, number, number]>();
  for (let i = 0; i < n; i++) {
    const w = tokenText(tokens, i);
    let e = cache.get(w);
    if (!e) {
      const lower = w.toLowerCase().replace(/’/g, "'");
      const h = hash.hashString;
      e = [
        h(lower), h('L' + lemma(lower)), h('S' + shape(w)), h('F' + lower.slice(-3)), w[0]!.toLowerCase() !== w[0] ? 1 : 0, reportClass(lower),
        h(lower.slice(-1)), h(lower.slice(-2)), h(lower.slice(-4)), h(w.slice(0, 1)),
      ];
      cache.set(w, e);
    }
    word[i] = e[0]; lem[i] = e[1]; shp[i] = e[2]; suf[i] = e[3]; cap[i] = e[4]; rep[i] = e[5];
    suf1[i] = e[6]; suf2[i] = e[7]; suf4[i] = e[8]; pre1[i] = e[9];
  }
  const sentences = sentenceTokenRanges(text, tokens);
  const sentOf = new Int32Array(n);
  sentences.forEach(([a, b], s) => sentOf.fill(s, a, b));
  const paraOf = new Int32Array(n);
  let p = 0;
  for (let i = 1; i < n; i++) {
    if (lineBreakBetween(text, tokens.ends[i - 1]!, tokens.starts[i]!)) p++;
    paraOf[i] = p;
  }
  const { quote, quotes } = findQuotes(tokens, paraOf);
  return { text, tokens, n, word, lem, shp, suf, suf1, suf2, suf4, pre1, cap, rep, pos: new Uint8Array(n), quote, quotes, sentOf, sentences, paraOf };
}

// Quotations: curly and guillemet marks open and close; a straight double quote opens when it is not
// glued to the preceding word, otherwise closes. A quotation left open at a paragraph end continues
// no further than its paragraph (multi-paragraph quotes reopen with a mark on each paragraph).
function findQuotes(tokens: Tokens, paraOf: Int32Array): { quote: Int32Array; quotes: Array<[number, number]> } {
  const n = tokens.length;
  const quote = new Int32Array(n).fill(-1);
  const quotes: Array<[number, number]> = [];
  let open = -1;
  const close = (end: number): void => {
    if (open >= 0) { quotes.push([open, end]); quote.fill(quotes.length - 1, open, end); }
    open = -1;
  };
  for (let i = 0; i < n; i++) {
    if (open >= 0 && i > 0 && paraOf[i] !== paraOf[i - 1]) {
      close(i);
    }
    if (tokens.kinds[i] !== TokenKind.Quote) continue;
    const ch = tokens.text.slice(tokens.starts[i]!, tokens.ends[i]!);
    if (OPEN.has(ch)) { close(i); open = i; }
    else if (CLOSE.has(ch)) { if (open >= 0) close(i + 1); }
    else if (ch === '"' || ch === "''") {
      const glued = i > 0 && tokens.ends[i - 1] === tokens.starts[i] && tokens.kinds[i - 1] !== TokenKind.Quote;
      if (open >= 0 && (glued || i + 1 >= n || tokens.starts[i + 1]! > tokens.ends[i]!)) close(i + 1);
      else if (open < 0) open = i;
      else { close(i); open = i; }
    }
  }
  close(n);
  return { quote, quotes };
}

/** Fills doc.pos from a word-class lexicon (hashed lowercased word → class, `bits` wide). */
export function tagWords(doc: Doc, lexicon: Uint8Array, bits: number): void {
  const mask = (1 << bits) - 1;
  for (let i = 0; i < doc.n; i++) doc.pos[i] = lexicon[doc.word[i]! & mask]!;
}
