// The custody log: an append-only, hash-chained list of what was done to the workspace. Each entry's
// hash covers its canonical serialisation including the previous entry's hash, so changing, removing
// or reordering any entry breaks every hash after it. Entries are written in the same transaction as
// the change they describe: a change and its log entry are committed together or not at all.
import type Database from 'better-sqlite3';
import { hashOf } from './canonical.ts';
import { prep } from './prep.ts';
import type { CustodyAction, CustodyEntry, CustodyRecord, Head } from './types.ts';

export const GENESIS = '0'.repeat(64);

interface CustodyRow { seq: number; time: string; action: string; records: string; tool_version: string; settings: string; prev_hash: string; hash: string }

/** The hash an entry must have: over every field but the hash itself. */
export function entryHash(e: Omit<CustodyEntry, 'hash'>): string {
  return hashOf({ seq: e.seq, time: e.time, action: e.action, records: e.records, toolVersion: e.toolVersion, settings: e.settings, prevHash: e.prevHash });
}

export function head(db: Database.Database): Head {
  const row = prep(db, 'SELECT seq, hash FROM custody ORDER BY seq DESC LIMIT 1').get() as Head | undefined;
  return row ?? { seq: 0, hash: GENESIS };
}

/**
 * The last entry that changed the coverage (an ingest, an analysis, a deletion), not a link or an
 * export: a link made at this head still holds.
 */
export function coverageHead(db: Database.Database): Head {
  const row = prep(db, "SELECT seq, hash FROM custody WHERE action NOT IN ('link', 'export') ORDER BY seq DESC LIMIT 1").get() as Head | undefined;
  return row ?? { seq: 0, hash: GENESIS };
}

/** Append an entry. Call inside the write transaction of the change it records. */
export function appendEntry(
  db: Database.Database,
  action: CustodyAction,
  records: CustodyRecord[],
  toolVersion: string,
  settings: Record<string, unknown> = {},
  time = new Date().toISOString(),
): CustodyEntry {
  const prev = head(db);
  const body = { seq: prev.seq + 1, time, action, records, toolVersion, settings, prevHash: prev.hash };
  const entry: CustodyEntry = { ...body, hash: entryHash(body) };
  prep(db, 'INSERT INTO custody (seq, time, action, records, tool_version, settings, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    entry.seq, entry.time, entry.action, JSON.stringify(records), toolVersion, JSON.stringify(settings), entry.prevHash, entry.hash,
  );
  return entry;
}

/** Parse a stored row; a row whose JSON no longer parses is returned with what could be read. */
export function entryOf(r: CustodyRow): { entry: CustodyEntry; error?: string } {
  let records: CustodyRecord[] = [];
  let settings: Record<string, unknown> = {};
  let error: string | undefined;
  try {
    records = JSON.parse(r.records) as CustodyRecord[];
    settings = JSON.parse(r.settings) as Record<string, unknown>;
  } catch (e) {
    error = `unreadable JSON: ${(e as Error).message}`;
  }
  const entry: CustodyEntry = { seq: r.seq, time: r.time, action: r.action as CustodyAction, records, toolVersion: r.tool_version, settings, prevHash: r.prev_hash, hash: r.hash };
  return error ? { entry, error } : { entry };
}

export function* entries(db: Database.Database, fromSeq = 1): Generator<{ entry: CustodyEntry; error?: string }> {
  for (const r of prep(db, 'SELECT * FROM custody WHERE seq >= ? ORDER BY seq').iterate(fromSeq)) yield entryOf(r as CustodyRow);
}
