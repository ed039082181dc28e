import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { asciiPatterns, asciiTokensOnly, ftsQuery, highlightAscii, markedSpans, RANK_WINDOW, searchArticles } from './search.ts';
import { StoreError } from './types.ts';

test('should turn a user query into FTS5 terms with nothing taken as syntax', () => {
  assert.equal(ftsQuery('dam safety'), '"dam" AND "safety"');
  assert.equal(ftsQuery('"safety board" insp*'), '"safety board" AND "insp"*');
  assert.equal(ftsQuery('dam OR bridge collapse'), '("dam" OR "bridge") AND "collapse"');
  assert.equal(ftsQuery('NEAR(a b) "x AND -y:^'), '"NEAR(a" AND "b)" AND "x AND -y:^"');
  assert.equal(ftsQuery('said "he'), '"said" AND "he"');
  assert.throws(() => ftsQuery(' * ( ) '), (e: unknown) => e instanceof StoreError && e.code === 'bad-query' && /has no words/.test(e.message));
});

test('should turn highlight markers into offsets of the unmarked text', () => {
  assert.deepEqual(markedSpans('a <b> c <d>', '<', '>'), { text: 'a b c d', spans: [{ start: 2, end: 3 }, { start: 6, end: 7 }] });
  assert.deepEqual(markedSpans('no marks', '<', '>'), { text: 'no marks', spans: [] });
});

// A table like the workspace's: articles and their FTS5 index over title and text.
function ftsDb(rows: { title: string | null; text: string }[]): Database.Database {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE articles(id INTEGER PRIMARY KEY, title TEXT, text TEXT NOT NULL);
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END;`);
  const insert = db.prepare('INSERT INTO articles(title, text) VALUES (?, ?)');
  for (const r of rows) insert.run(r.title, r.text);
  return db;
}

/** FTS5's own answer: every match (no window) in bm25 order, spans from highlight(). */
function ftsAnswer(db: Database.Database, query: string) {
  const rows = db
    .prepare(`SELECT rowid AS id, highlight(articles_fts, 0, '\u0001', '\u0002') AS mt, highlight(articles_fts, 1, '\u0001', '\u0002') AS mx FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank, rowid`)
    .all(ftsQuery(query)) as { id: number; mt: string | null; mx: string }[];
  return rows.map((r) => ({ article: r.id, spans: markedSpans(r.mx, '\u0001', '\u0002').spans, titleSpans: r.mt === null ? [] : markedSpans(r.mt, '\u0001', '\u0002').spans }));
}

// A small seeded generator, so a failure names a query that fails again.
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return a / 4294967296;
  };
  return { int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

test('should find and mark what FTS5 finds and marks, in its order, for words, phrases, prefixes and OR', () => {
  const r = rng(11);
  const vocab = ['dam', 'Dams', 'DAM', 'safety', 'board', 'boarded', 'said', 'a', 'x1', '2019', 'inspector', 'inspectors', 'insp', 'it', 'its', 'U', 'S'];
  // Separators, ASCII and not; now and then a letter outside ASCII (those texts go to FTS5's highlight()).
  const seps = [' ', ' ', ' ', ', ', '. ', '\n\n', '-', '—', ' ‘', '’ ', '\u00a0', '_', "'", ' “', '” ', '…'];
  const words = (n: number) => Array.from({ length: n }, () => r.pick(vocab) + r.pick(seps)).join('');
  const texts = Array.from({ length: 120 }, (_, i) => ({
    title: i % 7 === 0 ? null : words(r.int(1, 6)),
    text: words(r.int(0, 60)) + (i % 9 === 0 ? 'café Dam ' : '') + (i % 13 === 0 ? 'damé 𝐝am ' : '') + words(r.int(0, 5)),
  }));
  const db = ftsDb(texts);
  const word = () => r.pick(vocab);
  const forms = [
    () => word(),
    () => `${word()} ${word()}`,
    () => `"${word()} ${word()}"`,
    () => `"${word()} ${word()} ${word()}"`,
    () => `${word().slice(0, r.int(1, 3))}*`,
    () => `${word()} OR ${word()}`,
    () => `"${word()} ${word().slice(0, 2)}"*`,
    () => `${word()} OR "${word()} ${word()}" ${word()}*`,
    () => 'U.S',
    () => 'cafe',
  ];
  for (let n = 0; n < 400; n++) {
    const q = r.pick(forms)();
    assert.deepEqual(searchArticles(db, q, 1000), ftsAnswer(db, q).slice(0, 1000), q);
  }
});

test('should rank only the most recently stored matches when there are more than the window, and honour the limit', () => {
  const db = ftsDb(Array.from({ length: RANK_WINDOW + 50 }, (_, i) => ({ title: null, text: i < 10 ? 'dam dam dam dam' : `dam ${'filler '.repeat(i % 20)}` })));
  const hits = searchArticles(db, 'dam', 20);
  assert.equal(hits.length, 20);
  // The best-ranked of the newest RANK_WINDOW: never one of the ten oldest, though they score best.
  const window = ftsAnswer(db, 'dam').filter((h) => h.article > 50);
  assert.deepEqual(hits, window.slice(0, 20));
  assert.equal(searchArticles(db, 'dam', 3).length, 3);
  // A limit above the window ranks that many.
  assert.equal(searchArticles(db, 'dam', RANK_WINDOW + 50).length, RANK_WINDOW + 50);
  // Fewer matches than the window: all of them, best first.
  const few = ftsDb([{ title: 'x', text: 'dam' }, { title: null, text: 'dam dam dam' }, { title: null, text: 'no' }]);
  assert.deepEqual(searchArticles(few, 'dam').map((h) => h.article), [2, 1]);
});

test('should see which texts the ASCII highlighter can read', () => {
  assert.equal(asciiTokensOnly('Plain text — with ‘quotes’, dashes… and\u00a0spaces.'), true);
  assert.equal(asciiTokensOnly('café'), false);
  assert.equal(asciiTokensOnly('x 𝐝 y'), false);
  assert.equal(asciiTokensOnly('² apples'), false);
  assert.deepEqual(highlightAscii('A dam, the DAM and dams.', asciiPatterns('dam')!), [{ start: 2, end: 5 }, { start: 11, end: 14 }]);
  assert.deepEqual(highlightAscii('a a a b', asciiPatterns('"a a"')!), [{ start: 0, end: 5 }]);
  assert.equal(asciiPatterns('café'), null);
});
