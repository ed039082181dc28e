// Full-text search over article title and text (FTS5). A user's query is not FTS5 syntax: it is
// words (all required), "quoted phrases", word* prefixes and OR between them; everything else is taken
// literally, so no query can be an FTS5 syntax error. The best matches are ranked with bm25 (over a
// window of the newest when there are many, below), and only the rows returned are highlighted: matches
// come back as offsets into the stored text, found as FTS5's highlight() finds them.
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Span } from '../types.ts';
import { StoreError, type SearchHit } from './types.ts';

const WORDISH = /[\p{L}\p{N}]/u;
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** A user query's terms in order: quoted text or a word, a prefix when it ended in *, `or` when joined to the one before by OR. */
export function queryTerms(query: string): { text: string; prefix: boolean; or: boolean }[] {
  const terms: { text: string; prefix: boolean; or: boolean }[] = [];
  let pendingOr = false;
  for (const m of query.normalize('NFC').matchAll(/"([^"]*)"?|(\S+)/gu)) {
    if (m[1] !== undefined) {
      if (WORDISH.test(m[1])) terms.push({ text: m[1], prefix: false, or: pendingOr }), (pendingOr = false);
      continue;
    }
    const word = m[2]!;
    if (word === 'OR') {
      pendingOr = terms.length > 0;
      continue;
    }
    const prefix = word.endsWith('*') && WORDISH.test(word.slice(0, -1));
    const bare = prefix ? word.slice(0, -1) : word;
    if (!WORDISH.test(bare)) continue;
    terms.push({ text: bare, prefix, or: pendingOr });
    pendingOr = false;
  }
  return terms;
}

/** The FTS5 expression for a user query. Throws StoreError when nothing in it can be searched for. */
export function ftsQuery(query: string): string {
  const parts: string[] = [];
  for (const t of queryTerms(query)) {
    const term = quote(t.text) + (t.prefix ? '*' : '');
    if (t.or) parts.push(`${parts.pop()!} OR ${term}`);
    else parts.push(term);
  }
  if (!parts.length) throw new StoreError(`search: the query ${JSON.stringify(query)} has no words to search for`, 'bad-query');
  return parts.map((p) => (p.includes(' OR ') ? `(${p})` : p)).join(' AND ');
}

/** Spans of the marked regions, as offsets into the text without the markers. */
export function markedSpans(marked: string, open: string, close: string): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let text = '';
  let i = 0;
  let start = -1;
  while (i < marked.length) {
    if (marked.startsWith(open, i)) (start = text.length), (i += open.length);
    else if (marked.startsWith(close, i)) {
      if (start >= 0) spans.push({ start, end: text.length });
      start = -1;
      i += close.length;
    } else {
      const next = Math.min(...[marked.indexOf(open, i), marked.indexOf(close, i), marked.length].filter((x) => x >= 0));
      text += marked.slice(i, next);
      i = next;
    }
  }
  return { text, spans };
}

// Ranking. FTS5's bm25() costs a pass over every match (and, for each phrase, a pass over every article
// holding it, for its idf); a word in most articles makes that thousands of rows per search. So a search
// ranks at most RANK_WINDOW matches: all of them when there are fewer, else the most recently stored
// (highest id). The window is read newest first, which FTS5 does without touching older rows.
export const RANK_WINDOW = 200;

interface Statements {
  ranked: Database.Statement;
  row: Database.Statement;
  highlight: Database.Statement;
}
const statements = new WeakMap<Database.Database, Statements>();
function statementsOf(db: Database.Database): Statements {
  let s = statements.get(db);
  if (!s) {
    s = {
      ranked: db.prepare(`SELECT rowid, bm25(articles_fts) FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?`).raw(),
      row: db.prepare(`SELECT title, text FROM articles WHERE id = ?`),
      highlight: db.prepare(`SELECT highlight(articles_fts, 0, @open, @close) AS mt, highlight(articles_fts, 1, @open, @close) AS mx FROM articles_fts WHERE articles_fts MATCH @expr AND rowid = @id`),
    };
    statements.set(db, s);
  }
  return s;
}

export function searchArticles(db: Database.Database, query: string, limit = 20): SearchHit[] {
  const expr = ftsQuery(query);
  const patterns = asciiPatterns(query);
  const st = statementsOf(db);
  let ids: number[];
  try {
    const rows = st.ranked.all(expr, Math.max(RANK_WINDOW, limit)) as [number, number][];
    ids = rows.sort((a, b) => a[1] - b[1] || a[0] - b[0]).slice(0, limit).map((r) => r[0]);
  } catch (e) {
    throw new StoreError(`search: cannot run the query ${JSON.stringify(query)}: ${(e as Error).message}`, 'bad-query', { cause: e });
  }
  return ids.map((id) => {
    const row = st.row.get(id) as { title: string | null; text: string };
    const body = patterns && highlightAscii(row.text, patterns);
    const title = patterns && (row.title === null ? [] : highlightAscii(row.title, patterns));
    if (body && title) return { article: id, spans: body, titleSpans: title };
    return { article: id, ...highlightFts(st, expr, id, row) };
  });
}

// FTS5's highlight() for text the ASCII highlighter cannot read: it marks matches with a fresh random
// marker (article text is hostile and could contain any fixed one) whose positions become spans.
function highlightFts(st: Statements, expr: string, id: number, row: { title: string | null; text: string }): { spans: Span[]; titleSpans: Span[] } {
  const nonce = randomBytes(8).toString('hex');
  const open = `\uE000${nonce}[`, close = `]${nonce}\uE001`;
  // A BigInt: FTS5 ignores a rowid constraint bound as a float (what a JS number is), and returns every match.
  const h = st.highlight.get({ open, close, expr, id: BigInt(id) }) as { mt: string | null; mx: string };
  const body = markedSpans(h.mx, open, close);
  const title = h.mt === null ? { text: '', spans: [] } : markedSpans(h.mt, open, close);
  // highlight() returns the stored text with markers; fail loudly rather than return offsets into another text.
  if (body.text !== row.text || (row.title !== null && title.text !== row.title)) {
    throw new StoreError(`search: highlighted text of article ${id} does not match the stored text`, 'bad-query');
  }
  return { spans: body.spans, titleSpans: title.spans };
}

// The ASCII highlighter: the same matches as FTS5's highlight() with its default tokenizer (unicode61),
// without a second FTS5 query per hit (which, for a prefix, expands the prefix again). unicode61 makes
// tokens of letters and digits (Unicode L*, N*, Co) and folds case and diacritics; for ASCII tokens that
// is [0-9A-Za-z]+ compared case-insensitively, so a text whose letters and digits are all ASCII is read
// here and any other goes to FTS5. Other non-ASCII characters (quotation marks, dashes, spaces) only
// separate tokens, in unicode61 as here.

const NON_ASCII = /[^\0-\x7F]/g;
const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u;

/** Whether every letter and digit in `text` is ASCII (and it has no character outside the BMP). */
export function asciiTokensOnly(text: string): boolean {
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(text); m; m = NON_ASCII.exec(text)) {
    const c = m[0].charCodeAt(0);
    if ((c >= 0xd800 && c <= 0xdfff) || TOKEN_CHAR.test(m[0])) return false;
  }
  return true;
}

/**
 * A pattern per phrase of the query for the ASCII highlighter (an occurrence runs from its first token to
 * its last), or null when a phrase has a non-ASCII letter or digit.
 */
export function asciiPatterns(query: string): RegExp[] | null {
  const out: RegExp[] = [];
  for (const term of queryTerms(query)) {
    if (!asciiTokensOnly(term.text)) return null;
    const tokens = term.text.match(/[A-Za-z0-9]+/g);
    if (!tokens) continue;
    const last = term.prefix ? '[A-Za-z0-9]*' : '(?![A-Za-z0-9])';
    // Not the u flag: then i never folds a non-ASCII character to an ASCII one.
    out.push(new RegExp(`(?<![A-Za-z0-9])${tokens.join('[^A-Za-z0-9]+')}${last}`, 'gi'));
  }
  return out;
}

/**
 * Where the phrases occur in `text`, as FTS5's highlight() marks them: each occurrence covers its first
 * token to its last, and occurrences that share a token are one span. Null when the text has a
 * non-ASCII letter or digit (FTS5 must read it).
 */
export function highlightAscii(text: string, patterns: readonly RegExp[]): Span[] | null {
  if (!asciiTokensOnly(text)) return null;
  const found: [number, number][] = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found.push([m.index, m.index + m[0].length]);
      // Occurrences of one phrase may overlap ("a a" in "a a a").
      re.lastIndex = m.index + 1;
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const spans: Span[] = [];
  for (const [start, end] of found) {
    const cur = spans[spans.length - 1];
    // Occurrences start and end at token edges, so two share a token exactly when they overlap.
    if (cur && start < cur.end) cur.end = Math.max(cur.end, end);
    else spans.push({ start, end });
  }
  return spans;
}
