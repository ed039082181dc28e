// `hearsay correct …` and `hearsay corrections`: a user's fixes to what the analysis found, kept in the
// workspace, logged, and applied on every link (src/trace/corrections.ts says what each kind does).
import { userInfo } from 'node:os';
import { StoreError } from '../store/index.ts';
import type { CorrectionBody } from '../trace/corrections.ts';
import { link, open } from './workspace.ts';

const out = process.stdout;
const err = process.stderr;

export const CORRECTION_KINDS = ['merge', 'split-entity', 'copy', 'citation', 'speaker', 'split-claim', 'withdraw'] as const;

export interface CorrectOptions {
  db: string;
  confirm?: boolean;
  reject?: boolean;
  articles?: string;
  kind?: string;
  anonymous?: boolean;
  by?: string;
  note?: string;
}

class UsageError extends Error {}

function who(opts: CorrectOptions): string {
  if (opts.by?.trim()) return opts.by.trim();
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

function verdictOf(opts: CorrectOptions): 'confirm' | 'reject' {
  if (opts.confirm === opts.reject) throw new UsageError('say --confirm or --reject');
  return opts.confirm ? 'confirm' : 'reject';
}

function need(args: string[], n: number, usage: string): string[] {
  if (args.length !== n) throw new UsageError(`usage: hearsay correct ${usage}`);
  return args;
}

/** `hearsay correct KIND ARGS…`: record one correction, relink, and say whether it applied. */
export function runCorrect(kind: string, args: string[], opts: CorrectOptions): number {
  const ws = open(opts.db, { command: 'correct', kind });
  try {
    if (kind === 'withdraw') {
      const [id] = need(args, 1, 'withdraw <correction id>');
      const w = ws.withdrawCorrection(id!);
      link(ws);
      out.write(`withdrew ${id} (${w.correction.kind}, made by ${w.correction.by} at ${w.correction.at}); the workspace is relinked without it\n`);
      return 0;
    }
    let body: CorrectionBody;
    switch (kind) {
      case 'merge': {
        if (args.length < 2) throw new UsageError('usage: hearsay correct merge <name> <name>… (the first name is kept)');
        body = { kind: 'merge-entities', names: args };
        break;
      }
      case 'split-entity': {
        const [form] = need(args, 1, 'split-entity <form>');
        body = { kind: 'split-entity', form: form! };
        break;
      }
      case 'copy': {
        const [article, of] = need(args, 2, 'copy <article> <of-article> --confirm|--reject');
        body = { kind: 'copy', article: article!, of: of!, verdict: verdictOf(opts) };
        break;
      }
      case 'citation': {
        const [article, outlet] = need(args, 2, 'citation <article> <outlet> --confirm|--reject');
        body = { kind: 'citation', article: article!, outlet: outlet!, verdict: verdictOf(opts) };
        break;
      }
      case 'speaker': {
        const [article, at, speaker] = need(args, 3, 'speaker <article> <offset | "words of the source or cue"> <speaker> [--kind person] [--anonymous]');
        const offset = offsetIn(ws, article!, at!);
        body = { kind: 'speaker', article: article!, offset, speaker: speaker! };
        if (opts.kind) body.speakerKind = opts.kind as NonNullable<typeof body.speakerKind>;
        if (opts.anonymous) body.anonymous = true;
        break;
      }
      case 'split-claim': {
        const [claimId] = need(args, 1, 'split-claim <claim id> --articles <id,id,…>');
        const moved = (opts.articles ?? '').split(',').map((s) => s.trim()).filter(Boolean);
        if (!moved.length) throw new UsageError('say which articles carry the second claim: --articles 4,7');
        const claim = link(ws).json.claims.find((c) => c.id === claimId);
        if (!claim) throw new UsageError(`no claim ${claimId} in ${opts.db} (hearsay claims lists them)`);
        const anchor = claim.appearances.find((a) => !moved.includes(String(a.article)));
        if (!anchor) throw new UsageError(`every appearance of claim ${claimId} is in --articles: nothing would be left of the first claim`);
        const missing = moved.filter((id) => !claim.appearances.some((a) => String(a.article) === id));
        if (missing.length) throw new UsageError(`claim ${claimId} does not appear in article ${missing.join(', ')}`);
        body = { kind: 'split-claim', article: String(anchor.article), offset: anchor.span.start, articles: moved };
        break;
      }
      default:
        throw new UsageError(`unknown correction "${kind}" (one of ${CORRECTION_KINDS.join(', ')})`);
    }
    const c = ws.addCorrection({ ...body, by: who(opts), ...(opts.note ? { note: opts.note } : {}) });
    const use = link(ws).trace.corrections.find((u) => u.id === c.id);
    out.write(`${c.id}: ${describe(c)} — by ${c.by} at ${c.at}\n`);
    if (use?.applied) out.write('applied: the workspace is relinked with it\n');
    else out.write('kept, but it names nothing in the current coverage, so it changes nothing yet\n');
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      err.write(`hearsay: ${e.message}\n`);
      return 2;
    }
    if (e instanceof StoreError) {
      err.write(`hearsay: ${e.message}\n`);
      return e.code === 'not-found' ? 1 : 2;
    }
    throw e;
  } finally {
    ws.close();
  }
}

/** An offset given as a number, or the first place the article's text has these words. */
function offsetIn(ws: ReturnType<typeof open>, article: string, at: string): number {
  if (/^\d+$/.test(at)) return Number(at);
  const id = Number(article);
  const stored = Number.isInteger(id) ? ws.article(id) : null;
  if (!stored) throw new UsageError(`no article ${article} in the workspace`);
  const i = stored.article.text.indexOf(at);
  if (i < 0) throw new UsageError(`article ${article} does not contain "${at}"`);
  return i;
}

function describe(c: CorrectionBody): string {
  switch (c.kind) {
    case 'merge-entities':
      return `${c.names.slice(1).join(', ')} → ${c.names[0]}`;
    case 'split-entity':
      return `"${c.form}" is an entity of its own`;
    case 'copy':
      return `${c.verdict} that article ${c.article} copies article ${c.of}`;
    case 'citation':
      return `${c.verdict} that article ${c.article} cites ${c.outlet}`;
    case 'speaker':
      return `the attribution at ${c.article}:${c.offset} is ${c.speaker}'s`;
    case 'split-claim':
      return `the claim at ${c.article}:${c.offset} is two; articles ${c.articles.join(', ')} carry the second`;
  }
}

/** `hearsay corrections`: every correction, who made it and when, in force or withdrawn, applied or not. */
export function runCorrections(opts: { db: string; format: string }): number {
  const ws = open(opts.db, { command: 'corrections' });
  try {
    const all = ws.corrections();
    const applied = new Map(link(ws).trace.corrections.map((u) => [u.id, u.applied]));
    const rows = all.map((s) => ({ ...s.correction, withdrawnAt: s.withdrawnAt, applied: s.withdrawnAt === null ? (applied.get(s.correction.id) ?? false) : false }));
    if (opts.format === 'json') out.write(`${JSON.stringify(rows, null, 2)}\n`);
    else if (!rows.length) out.write('no corrections yet (hearsay correct --help)\n');
    else
      for (const r of rows) {
        const state = r.withdrawnAt ? `withdrawn ${r.withdrawnAt}` : r.applied ? 'applied' : 'not applied (names nothing in the coverage)';
        out.write(`${r.id} ${r.kind}: ${describe(r)} — by ${r.by} at ${r.at} · ${state}${r.note ? `\n    note: ${r.note}` : ''}\n`);
      }
    return 0;
  } finally {
    ws.close();
  }
}
