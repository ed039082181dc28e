// Stories and claims with stable ids. Each save is the whole current grouping: groups take the ids of
// the stored ones they overlap most (ids.ts), new groups get new ids, stored groups left unmatched are
// retired (kept, so a cited id still says what it was). One custody entry lists what changed.
import type Database from 'better-sqlite3';
import { appendEntry } from './custody.ts';
import { matchIds, type OldGroup } from './ids.ts';
import { prep } from './prep.ts';
import { hashOf } from './canonical.ts';
import { claimHash, storyHash } from './records.ts';
import { StoreError, type ClaimInput, type CustodyRecord, type SavedClaim, type SavedStory, type StoryInput } from './types.ts';

type Db = Database.Database;

function oldGroups(db: Db, sql: string): OldGroup[] {
  const groups = new Map<number, Set<string>>();
  for (const r of db.prepare(sql).iterate() as Iterable<{ id: number; m: string | number | null }>) {
    const set = groups.get(r.id) ?? new Set<string>();
    if (r.m !== null) set.add(String(r.m));
    groups.set(r.id, set);
  }
  return [...groups].map(([id, members]) => ({ id, members }));
}

function changedRecords(db: Db, table: 'stories' | 'claims', ids: Iterable<number>, before: Map<number, string | null>): CustodyRecord[] {
  const hash = table === 'stories' ? storyHash : claimHash;
  const out: CustodyRecord[] = [];
  for (const id of ids) {
    const now = hash(db, id);
    if (now !== before.get(id)) out.push({ table, key: String(id), hash: now });
  }
  return out;
}

function fkError(e: unknown, what: string): never {
  if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new StoreError(`${what}: refers to an article or story that is not in the workspace`, 'bad-input', { cause: e });
  throw e;
}

export function saveStories(db: Db, groups: StoryInput[], toolVersion: string, settings: Record<string, unknown>): SavedStory[] {
  groups.forEach((g, i) => {
    if (!g.articles.length) throw new StoreError(`saveStories: group ${g.key ?? i} has no articles`, 'bad-input');
  });
  const old = oldGroups(db, 'SELECT s.id, sa.article AS m FROM stories s LEFT JOIN story_articles sa ON sa.story = s.id WHERE s.retired = 0');
  const before = new Map(old.map((g) => [g.id, storyHash(db, g.id)]));
  const match = matchIds(groups.map((g) => g.articles.map(String)), old);
  const saved: SavedStory[] = [];
  try {
    groups.forEach((g, i) => {
      const kept = match[i] !== null;
      const id = match[i] ?? Number(prep(db, 'INSERT INTO stories DEFAULT VALUES').run().lastInsertRowid);
      prep(db, 'DELETE FROM story_articles WHERE story = ?').run(id);
      const articles = [...new Set(g.articles)].sort((a, b) => a - b);
      for (const a of articles) prep(db, 'INSERT INTO story_articles (story, article) VALUES (?, ?)').run(id, a);
      saved.push({ id, ...(g.key !== undefined ? { key: g.key } : {}), articles, kept });
    });
  } catch (e) {
    fkError(e, 'saveStories');
  }
  const live = new Set(saved.map((s) => s.id));
  for (const g of old) if (!live.has(g.id)) prep(db, 'UPDATE stories SET retired = 1 WHERE id = ?').run(g.id);
  const records = changedRecords(db, 'stories', [...old.map((g) => g.id), ...live], before);
  if (records.length) appendEntry(db, 'link', records, toolVersion, { ...settings, what: 'stories' });
  return saved;
}

const appearanceKey = (a: { article: number; span: { start: number; end: number } }) => `${a.article}:${a.span.start}:${a.span.end}`;

type ClaimRowOut = { id: number; retired: number; story: number | null; statement: string; primary_sources: string; independent_sources: number; first_appearance: number; drift: string };
type AppearanceRowOut = { claim: number; n: number; article: number; start: number; end: number; stance: string; speaker: string | null; parent: string | null };

/** The live claims as their rows read back, each with its appearances, in one pass of two queries. */
function liveClaims(db: Db): Map<number, { row: ClaimRowOut; appearances: AppearanceRowOut[] }> {
  const live = new Map<number, { row: ClaimRowOut; appearances: AppearanceRowOut[] }>();
  for (const row of prep(db, 'SELECT * FROM claims WHERE retired = 0 ORDER BY id').iterate() as Iterable<ClaimRowOut>) live.set(row.id, { row, appearances: [] });
  for (const a of prep(db, 'SELECT ca.* FROM claim_appearances ca JOIN claims c ON c.id = ca.claim WHERE c.retired = 0 ORDER BY ca.claim, ca.n').iterate() as Iterable<AppearanceRowOut>) {
    live.get(a.claim)?.appearances.push(a);
  }
  return live;
}

/** claimHash of a claim as these rows hold it, without reading it back (the rows are what SELECT * gives). */
const claimHashOf = (c: { row: ClaimRowOut; appearances: AppearanceRowOut[] }) => hashOf({ ...c.row, appearances: c.appearances });

/**
 * Claims keep their id by shared appearances (same article and span); re-analysis that moves spans gives
 * new ids. A kept claim whose rows would come out the same is not rewritten, and the log lists only the
 * claims that changed, hashed as claimHash reads them (verify() re-reads and checks every one).
 */
export function saveClaims(db: Db, claims: ClaimInput[], toolVersion: string, settings: Record<string, unknown>): SavedClaim[] {
  const current = liveClaims(db);
  const old: OldGroup[] = [...current].map(([id, c]) => ({ id, members: new Set(c.appearances.map((a) => `${a.article}:${a.start}:${a.end}`)) }));
  const before = new Map([...current].map(([id, c]) => [id, claimHashOf(c)]));
  const match = matchIds(claims.map((c) => c.appearances.map(appearanceKey)), old);
  const saved: SavedClaim[] = [];
  const records: CustodyRecord[] = [];
  try {
    claims.forEach((c, i) => {
      const kept = match[i] !== null;
      const id = match[i] ?? Number(prep(db, 'INSERT INTO claims DEFAULT VALUES').run().lastInsertRowid);
      const row: ClaimRowOut = {
        id, retired: 0, story: c.story, statement: JSON.stringify(c.statement), primary_sources: JSON.stringify(c.primarySources),
        independent_sources: c.independentSources, first_appearance: c.firstAppearance, drift: JSON.stringify(c.drift),
      };
      const appearances: AppearanceRowOut[] = c.appearances.map((a, n) => ({
        claim: id, n, article: a.article, start: a.span.start, end: a.span.end, stance: a.stance, speaker: a.speaker, parent: a.parent ? JSON.stringify(a.parent) : null,
      }));
      const hash = claimHashOf({ row, appearances });
      if (hash !== before.get(id)) {
        prep(db, 'UPDATE claims SET retired = 0, story = ?, statement = ?, primary_sources = ?, independent_sources = ?, first_appearance = ?, drift = ? WHERE id = ?').run(
          row.story, row.statement, row.primary_sources, row.independent_sources, row.first_appearance, row.drift, id,
        );
        prep(db, 'DELETE FROM claim_appearances WHERE claim = ?').run(id);
        for (const a of appearances) {
          prep(db, 'INSERT INTO claim_appearances (claim, n, article, start, "end", stance, speaker, parent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
            a.claim, a.n, a.article, a.start, a.end, a.stance, a.speaker, a.parent,
          );
        }
        records.push({ table: 'claims', key: String(id), hash });
      }
      saved.push({ ...c, id, kept });
    });
  } catch (e) {
    fkError(e, 'saveClaims');
  }
  const live = new Set(saved.map((s) => s.id));
  for (const [id, c] of current) {
    if (live.has(id)) continue;
    prep(db, 'UPDATE claims SET retired = 1 WHERE id = ?').run(id);
    records.push({ table: 'claims', key: String(id), hash: claimHashOf({ row: { ...c.row, retired: 1 }, appearances: c.appearances }) });
  }
  // Old ids first, then new ones; each once.
  const order = new Map<number, number>();
  for (const id of [...current.keys(), ...live]) if (!order.has(id)) order.set(id, order.size);
  records.sort((a, b) => order.get(Number(a.key))! - order.get(Number(b.key))!);
  if (records.length) appendEntry(db, 'link', records, toolVersion, { ...settings, what: 'claims' });
  return saved;
}

export function readStories(db: Db, id?: number): SavedStory[] {
  const rows = (id === undefined ? db.prepare('SELECT id, retired FROM stories WHERE retired = 0 ORDER BY id').all() : db.prepare('SELECT id, retired FROM stories WHERE id = ?').all(id)) as { id: number; retired: number }[];
  return rows.map((r) => ({
    id: r.id,
    articles: prep(db, 'SELECT article FROM story_articles WHERE story = ? ORDER BY article').pluck().all(r.id) as number[],
    kept: true,
    ...(r.retired ? { retired: true } : {}),
  }));
}

interface ClaimRow { id: number; retired: number; story: number | null; statement: string; primary_sources: string; independent_sources: number; first_appearance: number; drift: string }
interface AppearanceRow { article: number; start: number; end: number; stance: ClaimInput['appearances'][number]['stance']; speaker: string | null; parent: string | null }

export function readClaims(db: Db, id?: number): SavedClaim[] {
  const rows = (id === undefined ? db.prepare('SELECT * FROM claims WHERE retired = 0 ORDER BY id').all() : db.prepare('SELECT * FROM claims WHERE id = ?').all(id)) as ClaimRow[];
  return rows.map((r) => ({
    id: r.id,
    kept: true,
    ...(r.retired ? { retired: true } : {}),
    story: r.story,
    statement: JSON.parse(r.statement) as ClaimInput['statement'],
    appearances: (prep(db, 'SELECT * FROM claim_appearances WHERE claim = ? ORDER BY n').all(r.id) as AppearanceRow[]).map((a) => ({
      article: a.article, span: { start: a.start, end: a.end }, stance: a.stance, speaker: a.speaker, parent: a.parent ? JSON.parse(a.parent) : null,
    })),
    primarySources: JSON.parse(r.primary_sources) as ClaimInput['primarySources'],
    independentSources: r.independent_sources,
    firstAppearance: r.first_appearance,
    drift: JSON.parse(r.drift) as ClaimInput['drift'],
  }));
}
