// The workspace schema as ordered migrations. schema_version records each applied step; opening a
// workspace applies the missing ones, each in its own transaction, so an old file is brought up to date
// and a newer one (from a later hearsay) is refused rather than misread.
import type Database from 'better-sqlite3';
import { StoreError } from './types.ts';

export const MIGRATIONS: readonly string[] = [
  // 1: originals, articles and their versions, analyses, stories, claims, search, custody log.
  `
  CREATE TABLE captures (
    sha256 TEXT PRIMARY KEY,
    bytes BLOB NOT NULL,
    size INTEGER NOT NULL,
    content_type TEXT,
    captured_at TEXT NOT NULL,
    origin TEXT NOT NULL            -- JSON Origin
  ) WITHOUT ROWID;
  -- Originals are never modified in place (deleting one is a logged action, see deleteArticle).
  CREATE TRIGGER captures_immutable BEFORE UPDATE ON captures
  BEGIN SELECT RAISE(ABORT, 'captures are originals and are never modified'); END;

  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL,        -- Article.id as the input named it
    url TEXT,                       -- normalised, see normalize.ts
    text_hash TEXT NOT NULL,        -- sha256 of the normalised text
    title TEXT,
    text TEXT NOT NULL,
    body TEXT NOT NULL,             -- JSON Article without its text
    version_of INTEGER REFERENCES articles(id),
    first_seen TEXT NOT NULL
  );
  CREATE INDEX articles_url ON articles(url, id);
  CREATE INDEX articles_text_hash ON articles(text_hash);
  CREATE INDEX articles_version_of ON articles(version_of);

  CREATE TABLE article_captures (
    article INTEGER NOT NULL REFERENCES articles(id),
    capture TEXT NOT NULL REFERENCES captures(sha256),
    PRIMARY KEY (article, capture)
  ) WITHOUT ROWID;
  CREATE INDEX article_captures_capture ON article_captures(capture);

  CREATE TABLE analyses (
    article INTEGER NOT NULL REFERENCES articles(id),
    tool_version TEXT NOT NULL,
    model_hash TEXT NOT NULL,
    json TEXT NOT NULL,             -- Analysis without its article (the text lives once, in articles)
    created_at TEXT NOT NULL,
    PRIMARY KEY (article, tool_version, model_hash)
  );

  -- AUTOINCREMENT: a retired or deleted story or claim id is never given to another.
  CREATE TABLE stories (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    retired INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE story_articles (
    story INTEGER NOT NULL REFERENCES stories(id),
    article INTEGER NOT NULL REFERENCES articles(id),
    PRIMARY KEY (story, article)
  ) WITHOUT ROWID;
  CREATE INDEX story_articles_article ON story_articles(article);

  CREATE TABLE claims (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    retired INTEGER NOT NULL DEFAULT 0,
    story INTEGER REFERENCES stories(id),
    statement TEXT,                 -- JSON {article, span}
    primary_sources TEXT,           -- JSON PrimarySource[]
    independent_sources INTEGER,
    first_appearance INTEGER REFERENCES articles(id),
    drift TEXT                      -- JSON Drift[] with article ids
  );
  CREATE TABLE claim_appearances (
    claim INTEGER NOT NULL REFERENCES claims(id),
    n INTEGER NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    stance TEXT NOT NULL,
    speaker TEXT,
    parent TEXT,                    -- JSON {article, rule} or null
    PRIMARY KEY (claim, n)
  ) WITHOUT ROWID;
  CREATE INDEX claim_appearances_article ON claim_appearances(article);

  -- External content: the text is stored once, in articles; triggers keep the index in step.
  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles
  BEGIN INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles
  BEGIN INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END;

  CREATE TABLE custody (
    seq INTEGER PRIMARY KEY,
    time TEXT NOT NULL,
    action TEXT NOT NULL,
    records TEXT NOT NULL,          -- JSON CustodyRecord[]
    tool_version TEXT NOT NULL,
    settings TEXT NOT NULL,         -- JSON
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
  );
  -- Append-only through the API; verify() still re-checks the chain, since SQL can drop triggers.
  CREATE TRIGGER custody_no_update BEFORE UPDATE ON custody
  BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END;
  CREATE TRIGGER custody_no_delete BEFORE DELETE ON custody
  BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END;
  `,
  // 2: the last link's result, so reading stories and claims does not link again. Derived from what the
  // log already pins (articles, analyses, stories, claims), so it is neither logged nor verified: a
  // result whose basis is not the workspace's current one is never read.
  `
  CREATE TABLE link_result (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    basis TEXT NOT NULL,            -- what it was linked from: the last change to the coverage, the code
    body TEXT NOT NULL,             -- JSON, see src/cli/workspace.ts
    created_at TEXT NOT NULL
  );
  `,
  // 3: the link result in parts, each its own string, since one string cannot hold a large coverage's.
  `
  DROP TABLE link_result;
  CREATE TABLE link_result (
    n INTEGER PRIMARY KEY,          -- the part's place: parts are read back in this order
    basis TEXT NOT NULL,            -- what it was linked from: the last change to the coverage, the code
    part TEXT NOT NULL              -- JSON, one slice of the result (see src/cli/workspace.ts)
  );
  `,
  // 4: the user's corrections (src/trace/corrections.ts), applied on every link; each logged when made
  // and when withdrawn, and verified like any other record.
  `
  CREATE TABLE corrections (
    id TEXT PRIMARY KEY,            -- "k1", "k2", … in the order they were made
    body TEXT NOT NULL,             -- JSON Correction (kind and what it names, who, when, note)
    withdrawn_at TEXT               -- set when the user withdraws it; the row stays for the record
  );
  `,
];

export function migrate(db: Database.Database, path: string): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const current = (db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null }).v ?? 0;
  if (current > MIGRATIONS.length) {
    throw new StoreError(`${path}: workspace schema version ${current} is newer than this hearsay supports (${MIGRATIONS.length})`, 'bad-input');
  }
  for (let v = current + 1; v <= MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v - 1]!);
      db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(v, new Date().toISOString());
    }).immediate();
  }
  return MIGRATIONS.length;
}
