// `hearsay trace --input PACK.jsonl`: the provenance of every claim in a set of articles, without a
// workspace. Bad records are reported and left out; the rest is traced.
import { readFileSync, writeFileSync } from 'node:fs';
import { exportOptionsOf, exportTrace } from '../export/index.ts';
import { loadAttributionModel } from '../analyze/attribution/load-node.ts';
import { jsonlRecords } from '../capture/jsonl.ts';
import { analyzeDocument, type DocumentInput } from '../pipeline.ts';
import { trace, type TraceInput } from '../trace/trace.ts';
import { traceToJson } from '../trace/trace-json.ts';
import { parseCorrections, type Correction } from '../trace/corrections.ts';
import { renderTrace } from '../output/trace-terminal.ts';

export interface TraceOptions {
  input: string;
  format: 'text' | 'json';
  color: boolean;
  /** Also write the HTML report here. */
  report?: string;
  /** A JSON file of corrections to apply. */
  corrections?: string;
}

interface Sink {
  write(s: string): void;
}

export async function runTrace(opts: TraceOptions, out: Sink = process.stdout, err: Sink = process.stderr): Promise<number> {
  let corrections: Correction[] = [];
  if (opts.corrections) {
    try {
      corrections = parseCorrections(readFileSync(opts.corrections, 'utf8'), opts.corrections);
    } catch (e) {
      err.write(`hearsay: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const model = loadAttributionModel();
  const inputs: TraceInput[] = [];
  let failed = 0;
  const source = opts.input === '-' ? process.stdin : opts.input;
  for await (const item of jsonlRecords(source, { input: opts.input === '-' ? 'stdin' : opts.input })) {
    if ('error' in item) {
      failed++;
      err.write(`hearsay: ${item.error.message} (left out of the trace)\n`);
      continue;
    }
    const r = item.record;
    const doc: DocumentInput = { id: r.id, sha256: r.capture.sha256 };
    if (r.html !== undefined) doc.html = r.html;
    else doc.text = r.text ?? '';
    if (r.url) doc.url = r.url;
    if (r.title) doc.title = r.title;
    if (r.published) doc.published = r.published;
    if (r.byline) doc.byline = r.byline;
    inputs.push({ analysis: analyzeDocument(doc, model), url: r.url ?? null, outlet: r.outlet ?? null, published: r.published ?? null });
  }
  const t = trace(inputs, { corrections });
  for (const c of t.corrections) if (!c.applied) err.write(`hearsay: correction ${c.id} (${c.kind}) names something not in this coverage; not applied\n`);
  if (opts.report) {
    writeFileSync(opts.report, exportTrace('html', traceToJson(t), exportOptionsOf(t)).body);
    err.write(`wrote ${opts.report}: the claim table, a provenance graph per claim, the timeline and the hash of every source\n`);
  }
  if (opts.format === 'json') out.write(`${JSON.stringify(traceToJson(t), null, 2)}\n`);
  else out.write(renderTrace(t, { color: opts.color && Boolean((out as NodeJS.WriteStream).isTTY) && !process.env.NO_COLOR }));
  return failed ? 1 : 0;
}
