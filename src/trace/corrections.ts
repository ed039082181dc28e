// Corrections: what a user says the analysis got wrong, applied on every trace so they survive
// re-analysis. Each names what it corrects by things that do not change when the analysis does: article
// ids, offsets into the article text, and names as written in the coverage (never internal indexes).
// Each carries who made it and when; the trace reports which ones it applied and which no longer match.
import type { CopyLink } from '../link/copies.ts';
import type { Analysis, EntityKind, Speaker } from '../types.ts';

interface Made {
  /** Stable id of the correction, e.g. "k3". */
  id: string;
  /** Who made it. */
  by: string;
  /** When, as an ISO 8601 time. */
  at: string;
  note?: string;
}

export type CorrectionBody =
  /** These names are one entity; the first is its canonical name. */
  | { kind: 'merge-entities'; names: string[] }
  /** This surface form is not the entity it was resolved to: it stands alone. */
  | { kind: 'split-entity'; form: string }
  /** A copy link between two articles is right (kept even if the score falls) or wrong (dropped). */
  | { kind: 'copy'; article: string; of: string; verdict: 'confirm' | 'reject' }
  /** An article does or does not cite an outlet as a source of its information. */
  | { kind: 'citation'; article: string; outlet: string; verdict: 'confirm' | 'reject' }
  /** The attribution at this offset (UTF-16, into the article text) was made by someone else. */
  | { kind: 'speaker'; article: string; offset: number; speaker: string; speakerKind?: EntityKind; anonymous?: boolean }
  /** The claim appearing at this offset of this article is two claims: these articles carry the second. */
  | { kind: 'split-claim'; article: string; offset: number; articles: string[] };

export type Correction = CorrectionBody & Made;

/** What became of one correction in a trace. */
export interface CorrectionUse {
  id: string;
  kind: Correction['kind'];
  by: string;
  at: string;
  /** False when what it names is no longer in the coverage (an article removed, a span rewritten). */
  applied: boolean;
}

const KINDS = new Set(['merge-entities', 'split-entity', 'copy', 'citation', 'speaker', 'split-claim']);
const ENTITY_KINDS = new Set(['person', 'organization', 'outlet', 'group', 'place', 'unknown']);

/** Reads and checks one correction; the error says which field is wrong. */
export function parseCorrection(raw: unknown, where: string): Correction {
  const fail = (msg: string): never => {
    throw new Error(`${where}: ${msg}`);
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail('a correction is a JSON object');
  const r = raw as Record<string, unknown>;
  const str = (k: string, optional = false): string => {
    const v = r[k];
    if (v === undefined && optional) return '';
    if (typeof v !== 'string' || !v.trim()) fail(`"${k}" must be a non-empty string`);
    return (v as string).trim();
  };
  const offset = (k: string): number => {
    const v = r[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(`"${k}" must be an offset (a whole number ≥ 0)`);
    return v as number;
  };
  const verdict = (): 'confirm' | 'reject' => (r.verdict === 'confirm' || r.verdict === 'reject' ? r.verdict : fail('"verdict" must be "confirm" or "reject"'));
  const kind = str('kind');
  if (!KINDS.has(kind)) fail(`unknown kind "${kind}" (one of ${[...KINDS].join(', ')})`);
  const made: Made = { id: str('id'), by: str('by'), at: str('at') };
  if (Number.isNaN(Date.parse(made.at))) fail('"at" must be an ISO 8601 time');
  if (typeof r.note === 'string' && r.note.trim()) made.note = r.note.trim();
  switch (kind) {
    case 'merge-entities': {
      const names = r.names;
      if (!Array.isArray(names) || names.length < 2 || !names.every((n) => typeof n === 'string' && n.trim())) fail('"names" must list two or more names');
      return { ...made, kind, names: (names as string[]).map((n) => n.trim()) };
    }
    case 'split-entity':
      return { ...made, kind, form: str('form') };
    case 'copy':
      return { ...made, kind, article: str('article'), of: str('of'), verdict: verdict() };
    case 'citation':
      return { ...made, kind, article: str('article'), outlet: str('outlet'), verdict: verdict() };
    case 'speaker': {
      const sk = r.speakerKind;
      if (sk !== undefined && (typeof sk !== 'string' || !ENTITY_KINDS.has(sk))) fail(`"speakerKind" must be one of ${[...ENTITY_KINDS].join(', ')}`);
      if (r.anonymous !== undefined && typeof r.anonymous !== 'boolean') fail('"anonymous" must be true or false');
      const c: Extract<Correction, { kind: 'speaker' }> = { ...made, kind, article: str('article'), offset: offset('offset'), speaker: str('speaker') };
      if (sk !== undefined) c.speakerKind = sk as EntityKind;
      if (r.anonymous !== undefined) c.anonymous = r.anonymous as boolean;
      return c;
    }
    default: {
      const arts = r.articles;
      if (!Array.isArray(arts) || arts.length === 0 || !arts.every((a) => typeof a === 'string' && a)) fail('"articles" must list the article ids that carry the second claim');
      return { ...made, kind: 'split-claim', article: str('article'), offset: offset('offset'), articles: arts as string[] };
    }
  }
}

/** Reads a JSON array of corrections (a file's content); errors name the entry. */
export function parseCorrections(json: string, where: string): Correction[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new Error(`${where}: not JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(data)) throw new Error(`${where}: expected a JSON array of corrections`);
  const out = data.map((c, i) => parseCorrection(c, `${where}: correction ${i + 1}`));
  const seen = new Set<string>();
  for (const c of out) {
    if (seen.has(c.id)) throw new Error(`${where}: correction id "${c.id}" is used twice`);
    seen.add(c.id);
  }
  return out;
}

/**
 * The attribution a speaker correction points at: the one whose source covers the offset, else whose cue
 * does, else the innermost one whose content does (so a nested attribution is corrected apart from its container).
 */
export function attributionAt(analysis: Analysis, at: number): number {
  const covers = (s: { start: number; end: number } | null) => s !== null && s.start <= at && at < s.end;
  let best = -1;
  let bestRank = Infinity;
  analysis.attributions.forEach((a, i) => {
    const place = covers(a.source) ? 0 : covers(a.cue) ? 1 : a.content.some(covers) ? 2 : -1;
    if (place < 0) return;
    const rank = place * 1e9 + a.content.reduce((n, c) => n + c.end - c.start, 0);
    if (rank < bestRank) (best = i), (bestRank = rank);
  });
  return best;
}

/**
 * Speaker corrections, applied to copies of the analyses before anything else reads them, so every later
 * stage (entities, speakers, claims, provenance) sees the corrected speaker.
 */
export function correctSpeakers(analyses: Analysis[], corrections: Correction[], used: Set<string>): Analysis[] {
  const byId = new Map(analyses.map((a, n) => [a.article.id, n]));
  const out = [...analyses];
  for (const c of corrections) {
    if (c.kind !== 'speaker') continue;
    const n = byId.get(c.article);
    if (n === undefined) continue;
    const analysis = out[n]!;
    const i = attributionAt(analysis, c.offset);
    if (i < 0) continue;
    const kind: EntityKind = c.speakerKind ?? 'unknown';
    const speaker: Speaker = {
      name: c.speaker,
      key: `${c.anonymous ? 'anonymous' : 'corrected'}:${c.speaker.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`,
      kind,
      anonymous: c.anonymous ?? false,
    };
    const attributions = [...analysis.attributions];
    attributions[i] = { ...attributions[i]!, speaker };
    out[n] = { ...analysis, attributions };
    used.add(c.id);
  }
  return out;
}

/** Copy corrections: rejected links dropped, confirmed ones added (the earlier-published one is the original). */
export function correctCopies(copies: CopyLink[], corrections: Correction[], ids: Set<string>, publishedOf: (id: string) => number, used: Set<string>): CopyLink[] {
  let out = [...copies];
  for (const c of corrections) {
    if (c.kind !== 'copy' || !ids.has(c.article) || !ids.has(c.of)) continue;
    const same = (l: CopyLink) => (l.article === c.article && l.of === c.of) || (l.article === c.of && l.of === c.article);
    if (c.verdict === 'reject') out = out.filter((l) => !same(l));
    else if (!out.some(same)) {
      const [later, earlier] = publishedOf(c.article) >= publishedOf(c.of) ? [c.article, c.of] : [c.of, c.article];
      // An article copies one original: a confirmed link replaces what it was said to copy.
      out = out.filter((l) => l.article !== later);
      out.push({ article: later, of: earlier, similarity: 1, rule: 'correction' });
    }
    used.add(c.id);
  }
  return out.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
}
