// Prepared statements cached per connection: preparing is the costly part of a small query, and
// ingest runs the same few queries for every record.
import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The statement for sql on db, prepared once. Callers must use pluck() consistently for one sql. */
export function prep(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.prepare(sql)));
  return s;
}
