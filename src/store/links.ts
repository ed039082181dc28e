// Stories and claims with stable ids. Each save is the whole current grouping: groups take the ids of
// the stored ones they overlap most (ids.ts), new groups get new ids, stored groups left unmatched are
// retired (kept, so a cited id still says what it was). One custody entry lists what changed.
import type Database from 'better-sqlite3';
import { appendEntry } from './custody.ts';
import { matchIds, type OldGroup } from './ids.ts';
import { prep } from './prep.ts';
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

/** Claims keep their id by shared appearances (same article and span); re-analysis that moves spans gives new ids. */
export function saveClaims(db: Db, claims: ClaimInput[], toolVersion: string, settings: Record<string, unknown>): SavedClaim[] {
  const old = oldGroups(db, `SELECT c.id, ca.article || ':' || ca.start || ':' || ca."end" AS m FROM claims c LEFT JOIN claim_appearances ca ON ca.claim = c.id WHERE c.retired = 0`);
  const before = new Map(old.map((g) => [g.id, claimHash(db, g.id)]));
  const match = matchIds(claims.map((c) => c.appearances.map(appearanceKey)), old);
  const saved: SavedClaim[] = [];
  try {
    claims.forEach((c, i) => {
      const kept = match[i] !== null;
      const id = match[i] ?? Number(prep(db, 'INSERT INTO claims DEFAULT VALUES').run().lastInsertRowid);
      prep(db, 'UPDATE claims SET retired = 0, story = ?, statement = ?, primary_sources = ?, independent_sources = ?, first_appearance = ?, drift = ? WHERE id = ?').run(
        c.story, JSON.stringify(c.statement), JSON.stringify(c.primarySources), c.independentSources, c.firstAppearance, JSON.stringify(c.drift), id,
      );
      prep(db, 'DELETE FROM claim_appearances WHERE claim = ?').run(id);
      c.appearances.forEach((a, n) => {
        prep(db, 'INSERT INTO claim_appearances (claim, n, article, start, "end", stance, speaker, parent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
          id, n, a.article, a.span.start, a.span.end, a.stance, a.speaker, a.parent ? JSON.stringify(a.parent) : null,
        );
      });
      saved.push({ ...c, id, kept });
    });
  } catch (e) {
    fkError(e, 'saveClaims');
  }
  const live = new Set(saved.map((s) => s.id));
  for (const g of old) if (!live.has(g.id)) prep(db, 'UPDATE claims SET retired = 1 WHERE id = ?').run(g.id);
  const records = changedRecords(db, 'claims', [...old.map((g) => g.id), ...live], before);
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
