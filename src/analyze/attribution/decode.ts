// Turning tag sequences into spans: cue BIO tags into token ranges, role tags into a source and
// content fragments. Shared by run time and training so that both decode identically.
import type { Doc } from './document.ts';
import { TokenKind } from '../tokens.ts';
import { Role, ROLE_TAGS } from './role-features.ts';

export const ALLOWED_CUE = allowed(3, (p, t) => t !== 2 || p === 1 || p === 2);
export const ALLOWED_ROLE = allowed(ROLE_TAGS, (p, t) =>
  t === Role.IS ? p === Role.BS || p === Role.IS : t === Role.IC ? p === Role.BC || p === Role.IC : true,
);

function allowed(T: number, ok: (prev: number, tag: number) => boolean): Uint8Array {
  const a = new Uint8Array((T + 1) * T);
  for (let p = 0; p <= T; p++) for (let t = 0; t < T; t++) a[p * T + t] = ok(p === T ? -1 : p, t) ? 1 : 0;
  return a;
}

/** Token ranges [start, end) of B I* runs, offset by `base`. */
export function cueRuns(tags: Uint8Array, base: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== 1) continue;
    let j = i + 1;
    while (j < tags.length && tags[j] === 2) j++;
    out.push([base + i, base + j]);
    i = j - 1;
  }
  return out;
}

/** The cue itself carries neither source nor content: forbid every tag but O on its tokens. */
export function maskCue(scores: Float32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) for (let t = 1; t < ROLE_TAGS; t++) scores[i * ROLE_TAGS + t] = -1e9;
}

export interface RoleSpans {
  source: [number, number] | null;
  content: Array<[number, number]>;
}

/** A cue's report in token ranges, as the completing rules (fragments.ts, shared-source.ts, passive.ts) read and mend it. */
export interface TokenReport extends RoleSpans {
  cue: [number, number];
}

/** Reads the source (the run nearest the cue) and the content fragments from role tags. */
export function roleSpans(tags: Uint8Array, base: number, cs: number, ce: number): RoleSpans {
  let source: [number, number] | null = null;
  let bestDist = Infinity;
  const content: Array<[number, number]> = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t !== Role.BS && t !== Role.BC) continue;
    const inside = t === Role.BS ? Role.IS : Role.IC;
    let j = i + 1;
    while (j < tags.length && tags[j] === inside) j++;
    const run: [number, number] = [base + i, base + j];
    if (t === Role.BS) {
      const d = run[1] <= cs ? cs - run[1] : run[0] - ce;
      if (d < bestDist) { bestDist = d; source = run; }
    } else content.push(run);
    i = j - 1;
  }
  return { source, content };
}

/** Gold role tags for a window [a, b) from token ranges. */
export function goldRoleTags(a: number, b: number, source: [number, number] | null, content: Array<[number, number]>): Uint8Array {
  const tags = new Uint8Array(b - a);
  const paint = (r: [number, number], begin: number, inside: number): void => {
    const s = Math.max(a, r[0]), e = Math.min(b, r[1]);
    for (let i = s; i < e; i++) tags[i - a] = i === s ? begin : inside;
  };
  for (const c of content) paint(c, Role.BC, Role.IC);
  if (source) paint(source, Role.BS, Role.IS);
  return tags;
}

/**
 * Content runs separated only by marks are one; after the cue, a second run in a later sentence is a new
 * statement, not more of this content. Which side of a cue is quoted decides nothing here: lead-ins and
 * quotations are completed later (fragments.ts).
 */
export function tidyFragments(doc: Doc, content: Array<[number, number]>, cueStart: number): Array<[number, number]> {
  content = mergeAcrossMarks(doc, content, cueStart);
  if (content.length >= 2 && content[0]![0] > cueStart) {
    const s0 = doc.sentOf[content[0]![1] - 1]!;
    content = content.filter((r, k) => k === 0 || doc.sentOf[r[0]]! === s0);
  }
  return content;
}

/** Content runs of one sentence separated only by a few marks (not by the cue) are one span: 'that, “…' stays whole. */
function mergeAcrossMarks(doc: Doc, content: Array<[number, number]>, cueStart: number): Array<[number, number]> {
  if (content.length < 2) return content;
  const out: Array<[number, number]> = [content[0]!];
  for (let k = 1; k < content.length; k++) {
    const prev = out[out.length - 1]!, cur = content[k]!;
    let marksOnly = !(prev[1] <= cueStart && cur[0] > cueStart) && cur[0] - prev[1] <= 3 && doc.sentOf[prev[1] - 1] === doc.sentOf[cur[0]];
    for (let i = prev[1]; i < cur[0] && marksOnly; i++) if (doc.tokens.kinds[i] !== TokenKind.Quote && doc.tokens.kinds[i] !== TokenKind.Punct) marksOnly = false;
    if (marksOnly) out[out.length - 1] = [prev[0], cur[1]];
    else out.push(cur);
  }
  return out;
}
