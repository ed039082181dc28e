// The user's corrections in the workspace: added and withdrawn, never edited or deleted, each change
// written in one transaction with its custody entry. A link reads the ones in force and applies them
// (src/trace/corrections.ts), so they hold however often the coverage is re-analysed and re-linked.
import type Database from 'better-sqlite3';
import { parseCorrection, type Correction, type CorrectionBody } from '../trace/corrections.ts';
import { appendEntry } from './custody.ts';
import { prep } from './prep.ts';
import { recordOf } from './records.ts';
import { StoreError } from './types.ts';

export interface StoredCorrection {
  correction: Correction;
  /** When the user withdrew it; null while it is in force. */
  withdrawnAt: string | null;
}

export interface CorrectionContext {
  toolVersion: string;
  settings: Record<string, unknown>;
}

/** Store a new correction (checked as any correction file entry is), with the next id and the time now. */
export function addCorrection(db: Database.Database, ctx: CorrectionContext, body: CorrectionBody & { by: string; note?: string }, at = new Date().toISOString()): Correction {
  const last = prep(db, "SELECT max(CAST(substr(id, 2) AS INTEGER)) FROM corrections WHERE id LIKE 'k%'").pluck().get() as number | null;
  const id = `k${(last ?? 0) + 1}`;
  let correction: Correction;
  try {
    correction = parseCorrection({ ...body, id, at }, 'correction');
  } catch (e) {
    throw new StoreError((e as Error).message, 'bad-input');
  }
  prep(db, 'INSERT INTO corrections (id, body, withdrawn_at) VALUES (?, ?, NULL)').run(id, JSON.stringify(correction));
  appendEntry(db, 'correct', [recordOf(db, 'corrections', id)], ctx.toolVersion, { ...ctx.settings, correction: id, kind: correction.kind });
  return correction;
}

/** Withdraw a correction: it stops applying at the next link and stays on record. */
export function withdrawCorrection(db: Database.Database, ctx: CorrectionContext, id: string, at = new Date().toISOString()): StoredCorrection {
  const row = prep(db, 'SELECT body, withdrawn_at FROM corrections WHERE id = ?').get(id) as { body: string; withdrawn_at: string | null } | undefined;
  if (!row) throw new StoreError(`no correction ${id}`, 'not-found');
  if (row.withdrawn_at) throw new StoreError(`correction ${id} was withdrawn at ${row.withdrawn_at}`, 'bad-input');
  prep(db, 'UPDATE corrections SET withdrawn_at = ? WHERE id = ?').run(at, id);
  appendEntry(db, 'correct', [recordOf(db, 'corrections', id)], ctx.toolVersion, { ...ctx.settings, withdrawn: id });
  return { correction: JSON.parse(row.body) as Correction, withdrawnAt: at };
}

/** Every correction, in the order made; `inForce` leaves out withdrawn ones. */
export function listCorrections(db: Database.Database, opts: { inForce?: boolean } = {}): StoredCorrection[] {
  const rows = prep(db, "SELECT body, withdrawn_at FROM corrections ORDER BY CAST(substr(id, 2) AS INTEGER)").all() as { body: string; withdrawn_at: string | null }[];
  return rows
    .map((r) => ({ correction: JSON.parse(r.body) as Correction, withdrawnAt: r.withdrawn_at }))
    .filter((c) => !opts.inForce || c.withdrawnAt === null);
}
