// Commands over a workspace: ingest, stories, claims, trace claim N, export, search, verify, head, demo.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exportOptionsOf, exportTrace, isExportFormat, EXPORT_FORMATS } from '../export/index.ts';
import { renderTrace } from '../output/trace-terminal.ts';
import type { ArchiveLimits } from '../capture/archive-limits.ts';
import type { SignedHead, SqliteWorkspace } from '../store/index.ts';
import type { Trace, TraceInput } from '../trace/trace.ts';
import { ingest, link, open, type IngestTally, type Linked } from './workspace.ts';

interface Sink {
  write(s: string): void;
}
const out: Sink = process.stdout;
const err: Sink = process.stderr;

const summary = (t: IngestTally) =>
  `${t.new} new, ${t.newVersion} new versions, ${t.same} already known, ${t.noop} unchanged, ${t.revisits} revisits, ${t.failed} failed`;

export async function runIngest(
  sources: string[],
  opts: { db: string; allowPrivate?: boolean; proxy?: string; userAgent?: string; limits?: Partial<ArchiveLimits> },
): Promise<number> {
  const ws = open(opts.db, { command: 'ingest', allowPrivate: Boolean(opts.allowPrivate) });
  try {
    const tty = Boolean((process.stderr as NodeJS.WriteStream).isTTY);
    const tally = await ingest(ws, sources, {
      allowPrivate: Boolean(opts.allowPrivate),
      fetch: { ...(opts.proxy ? { proxy: opts.proxy } : {}), ...(opts.userAgent ? { userAgent: opts.userAgent } : {}) },
      ...(opts.limits ? { limits: opts.limits } : {}),
      // A progress line only on a terminal; logs and pipes get the summary alone.
      ...(tty ? { progress: (t: IngestTally) => err.write(`\r\u001b[2Kingesting… ${summary(t)}`) } : {}),
      onError: (m) => err.write(`${tty ? '\r\u001b[2K' : ''}hearsay: ${m}\n`),
    });
    if (tty) err.write('\r\u001b[2K');
    const linked = link(ws);
    out.write(`${opts.db}: ${summary(tally)}\n`);
    out.write(`${linked.stories.length} stories, ${linked.claims.length} claims across ${linked.trace.articles.length} articles\n`);
    return tally.failed ? 1 : 0;
  } finally {
    ws.close();
  }
}

function withWorkspace<T>(db: string, fn: (l: Linked, ws: SqliteWorkspace) => T): T {
  const ws = open(db, { command: 'read' });
  try {
    return fn(link(ws), ws);
  } finally {
    ws.close();
  }
}

export function runStories(opts: { db: string; format: string }): number {
  return withWorkspace(opts.db, (l) => {
    const outlets = new Map(l.json.articles.map((a) => [a.id, a.outlet]));
    const rows = l.trace.stories.map((s, i) => {
      const published = s.articles.map((id) => l.trace.articles.find((a) => a.id === id)!.published).filter(Number.isFinite);
      return {
        id: l.json.stories[i]!.id,
        articles: s.articles,
        outlets: [...new Set(s.articles.map((id) => outlets.get(id)).filter(Boolean))],
        first: published.length ? new Date(Math.min(...published)).toISOString() : null,
        last: published.length ? new Date(Math.max(...published)).toISOString() : null,
        terms: s.score?.terms ?? [],
      };
    });
    if (opts.format === 'json') out.write(`${JSON.stringify(rows, null, 2)}\n`);
    else for (const r of rows) out.write(`story ${r.id}: ${r.articles.length} articles · ${r.outlets.join(', ') || 'outlets unknown'} · ${r.first?.slice(0, 10) ?? 'undated'}${r.last && r.last !== r.first ? ` to ${r.last.slice(0, 10)}` : ''}${r.terms.length ? ` · ${r.terms.join(', ')}` : ''}\n`);
    return 0;
  });
}

export function runClaims(opts: { db: string; story?: string; format: string }): number {
  return withWorkspace(opts.db, (l) => {
    const claims = l.json.claims.filter((c) => !opts.story || c.story === opts.story);
    if (opts.format === 'json') {
      out.write(`${JSON.stringify(claims, null, 2)}\n`);
      return 0;
    }
    for (const c of claims) {
      const kinds = [...new Set(c.drift.map((d) => d.kind))];
      out.write(`claim ${c.id} [story ${c.story ?? '-'}] ${c.appearances.length} articles · ${c.independentSources} independent · primary: ${c.primarySources.map((p) => p.name).join(', ') || 'unknown'} · first: article ${c.firstAppearance}${kinds.length ? ` · drift: ${kinds.join(', ')}` : ''}\n  ${c.text}\n`);
    }
    return 0;
  });
}

export function runTraceClaim(id: string, opts: { db: string; format: string; color: boolean }): number {
  return withWorkspace(opts.db, (l, ws) => {
    const at = l.json.claims.findIndex((c) => c.id === id);
    if (at < 0) {
      err.write(`hearsay: no claim ${id} in ${opts.db} (hearsay claims lists them)\n`);
      return 1;
    }
    if (opts.format === 'json') out.write(`${JSON.stringify(l.json.claims[at], null, 2)}\n`);
    else {
      // The texts of this claim's articles only: a kept link result reads the analyses when asked, and
      // one claim needs a handful of them, not the whole coverage.
      const claim = l.trace.claims[at]!;
      const inputs: TraceInput[] = [];
      for (const n of new Set([claim.statement.article, ...claim.appearances.map((a) => a.article), ...claim.drift.flatMap((d) => [d.article, d.source.article])])) {
        const analysis = ws.analysis(Number(l.trace.articles[n]!.id))?.analysis;
        if (analysis) inputs[n] = { analysis };
      }
      const one = Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(l.trace), inputs: { value: inputs, enumerable: true } }) as Trace;
      one.claims = [{ ...claim, id }];
      out.write(renderTrace(one, { color: opts.color && Boolean((process.stdout as NodeJS.WriteStream).isTTY) && !process.env.NO_COLOR }));
    }
    return 0;
  });
}

export function runExport(opts: { db: string; format: string; out?: string; title?: string }): number {
  if (!isExportFormat(opts.format)) {
    err.write(`hearsay: unknown export format "${opts.format}"; one of ${EXPORT_FORMATS.join(', ')}\n`);
    return 2;
  }
  const format = opts.format;
  const ws = open(opts.db, { command: 'export', format });
  try {
    const l = link(ws);
    const result = exportTrace(format, l.json, { ...exportOptionsOf(l.trace), ...(opts.title ? { title: opts.title } : {}) });
    if (opts.out) writeFileSync(opts.out, result.body);
    else out.write(result.body.endsWith('\n') ? result.body : `${result.body}\n`);
    ws.logExport(format, { out: opts.out ?? 'stdout' }, l.trace.articles.map((a) => ws.recordOf('articles', Number(a.id))));
    if (opts.out) err.write(`wrote ${opts.out} (${result.mediaType}, ${result.body.length.toLocaleString('en')} characters)\n`);
    return 0;
  } finally {
    ws.close();
  }
}

export function runSearch(query: string, opts: { db: string; limit: number }): number {
  const ws = open(opts.db, { command: 'search' });
  try {
    for (const hit of ws.search(query, opts.limit) as { article: number; spans: { start: number; end: number }[] }[]) {
      const a = ws.article(hit.article)!;
      const s = hit.spans[0];
      const excerpt = s ? a.article.text.slice(Math.max(0, s.start - 60), s.end + 60).replace(/\s+/g, ' ') : '';
      out.write(`article ${hit.article} · ${a.article.meta.title?.value ?? a.url ?? ''}\n  …${excerpt}… (${hit.spans.length} matches)\n`);
    }
    return 0;
  } finally {
    ws.close();
  }
}

export function runVerify(opts: { db: string; head?: string; signed?: string; publicKey?: string }): number {
  const ws = open(opts.db, { command: 'verify' });
  try {
    const read = (f: string) => JSON.parse(readFileSync(f, 'utf8'));
    const findings = ws.verify({
      ...(opts.head ? { head: read(opts.head) } : {}),
      ...(opts.signed ? { signed: read(opts.signed) as SignedHead } : {}),
      ...(opts.publicKey ? { publicKey: readFileSync(opts.publicKey, 'utf8') } : {}),
    }) as { table: string; key: string; problem: string }[];
    for (const f of findings) out.write(`${f.table} ${f.key}: ${f.problem}\n`);
    out.write(findings.length ? `${findings.length} problems found in ${opts.db}\n` : `${opts.db}: every original re-hashed and the custody log checks out\n`);
    return findings.length ? 1 : 0;
  } finally {
    ws.close();
  }
}

export function runHead(opts: { db: string; sign?: boolean; keyDir?: string }): number {
  const ws = open(opts.db, { command: 'head' });
  try {
    out.write(`${JSON.stringify(opts.sign ? ws.signHead(opts.keyDir) : ws.exportHead(), null, 2)}\n`);
    return 0;
  } finally {
    ws.close();
  }
}

/** The main job on the bundled pack: ingest into the workspace, show the claims, write the report. */
export async function runDemo(opts: { db: string; report: string }): Promise<number> {
  const pack = fileURLToPath(new URL('../../fixtures/packs/greymoor-reservoir.jsonl', import.meta.url));
  out.write(`Tracing the bundled demo story (${pack}): seven invented articles about a reservoir collapse.\n\n`);
  const status = await runIngest([pack], { db: opts.db });
  const ws = open(opts.db, { command: 'demo' });
  try {
    const l = link(ws);
    out.write(`\n${renderTrace(l.trace, { color: Boolean((process.stdout as NodeJS.WriteStream).isTTY) && !process.env.NO_COLOR })}`);
    const html = exportTrace('html', l.json, { ...exportOptionsOf(l.trace), title: 'hearsay demo: the Greymoor reservoir story' });
    writeFileSync(opts.report, html.body);
    ws.logExport('html', { out: opts.report }, l.trace.articles.map((a) => ws.recordOf('articles', Number(a.id))));
    out.write(`\nWrote ${opts.report}: open it in a browser. Next: hearsay claims, hearsay trace claim 1, hearsay export --format csv\n`);
  } finally {
    ws.close();
  }
  return status;
}
