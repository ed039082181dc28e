// Full-text search over article title and text (FTS5). A user's query is not FTS5 syntax: it is
// words (all required), "quoted phrases", word* prefixes and OR between them; everything else is taken
// literally, so no query can be an FTS5 syntax error. Matches come back as offsets: FTS5's highlight()
// marks them with a random marker, and the marker positions are turned into spans of the stored text.
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Span } from '../types.ts';
import { StoreError, type SearchHit } from './types.ts';

const WORDISH = /[\p{L}\p{N}]/u;
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The FTS5 expression for a user query. Throws StoreError when nothing in it can be searched for. */
export function ftsQuery(query: string): string {
  const parts: string[] = [];
  let pendingOr = false;
  for (const m of query.normalize('NFC').matchAll(/"([^"]*)"?|(\S+)/gu)) {
    if (m[1] !== undefined) {
      if (WORDISH.test(m[1])) parts.push(quote(m[1]));
      continue;
    }
    const word = m[2]!;
    if (word === 'OR') {
      pendingOr = parts.length > 0;
      continue;
    }
    const prefix = word.endsWith('*') && WORDISH.test(word.slice(0, -1));
    const bare = prefix ? word.slice(0, -1) : word;
    if (!WORDISH.test(bare)) continue;
    const term = quote(bare) + (prefix ? '*' : '');
    if (pendingOr) parts.push(`${parts.pop()!} OR ${term}`);
    else parts.push(term);
    pendingOr = false;
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

// The best rows are chosen first and only they are highlighted and joined to their text: computed in the
// select list of the ranked query, highlight() ran on every match (thousands for a common word).
export function searchArticles(db: Database.Database, query: string, limit = 20): SearchHit[] {
  const expr = ftsQuery(query);
  // A fresh marker per search: article text is hostile and could contain any fixed one.
  const nonce = randomBytes(8).toString('hex');
  const open = `\uE000${nonce}[`, close = `]${nonce}\uE001`;
  let rows: { id: number; title: string | null; text: string; mt: string | null; mx: string }[];
  try {
    rows = db
      .prepare(
        `SELECT f.rowid AS id, a.title, a.text, highlight(articles_fts, 0, @open, @close) AS mt, highlight(articles_fts, 1, @open, @close) AS mx
         FROM articles_fts f JOIN articles a ON a.id = f.rowid
         WHERE articles_fts MATCH @expr
           AND f.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @expr ORDER BY rank, rowid LIMIT @limit)
         ORDER BY rank, f.rowid`,
      )
      .all({ open, close, expr, limit }) as typeof rows;
  } catch (e) {
    throw new StoreError(`search: cannot run the query ${JSON.stringify(query)}: ${(e as Error).message}`, 'bad-query', { cause: e });
  }
  return rows.map((r) => {
    const body = markedSpans(r.mx, open, close);
    const title = r.mt === null ? { text: '', spans: [] } : markedSpans(r.mt, open, close);
    // highlight() returns the stored text with markers; fail loudly rather than return offsets into another text.
    if (body.text !== r.text || (r.title !== null && title.text !== r.title)) {
      throw new StoreError(`search: highlighted text of article ${r.id} does not match the stored text`, 'bad-query');
    }
    return { article: r.id, spans: body.spans, titleSpans: title.spans };
  });
}
