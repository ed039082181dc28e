// Extraction benchmark: extractHtml over the dev half of the article-extraction benchmark, scored by
// the shared scorer (token 4-shingle F1). Usage: node --import tsx bench/extraction.ts [--per-page]
// Prints the scorer's output and pages/s. Node-only (fs, zlib, child_process) by design: it is a bench.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../src/extract/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// HEARSAY_SHARED points elsewhere (or nowhere, to check the skip).
export const shared = process.env.HEARSAY_SHARED ?? resolve(root, '../shared');
export const dataDir = join(shared, 'data/article-extraction/dev');
const scorer = join(shared, 'eval/score-extraction.mjs');

export interface BenchResult {
  output: string;
  f1: number;
  pages: number;
  seconds: number;
  /** CPU time of the extraction loop (less sensitive than wall time to a busy machine). */
  cpuSeconds: number;
  predFile: string;
}

/** Runs the extractor over every dev page and scores it; extra args go to the scorer. */
export function runBench(scorerArgs: string[] = []): BenchResult {
  const htmlDir = join(dataDir, 'html');
  const files = readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz')).sort();
  const pages = files.map((f) => ({
    id: f.slice(0, -'.html.gz'.length),
    html: gunzipSync(readFileSync(join(htmlDir, f))).toString('utf8'),
  }));
  const lines: string[] = [];
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const { id, html } of pages) lines.push(JSON.stringify({ id, text: extractHtml(html, { id }).text }));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const predFile = join(mkdtempSync(join(tmpdir(), 'hearsay-extract-')), 'pred.jsonl');
  writeFileSync(predFile, lines.join('\n') + '\n');
  const output = execFileSync(
    process.execPath,
    [scorer, join(dataDir, 'ground-truth.json'), predFile, ...scorerArgs],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const m = /F1\s*[=:]?\s*([0-9.]+)/.exec(output) ?? /([01]\.[0-9]{3,})/.exec(output);
  return { output, f1: m ? Number(m[1]) : NaN, pages: pages.length, seconds, cpuSeconds, predFile };
}

export function benchAvailable(): boolean {
  return existsSync(scorer) && existsSync(join(dataDir, 'ground-truth.json'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!benchAvailable()) {
    console.error(`benchmark data not found under ${shared}`);
    process.exit(1);
  }
  const r = runBench(process.argv.slice(2));
  process.stdout.write(r.output);
  console.log(`${r.pages} pages in ${r.seconds.toFixed(2)} s wall: ${(r.pages / r.seconds).toFixed(1)} pages/s; CPU ${r.cpuSeconds.toFixed(2)} s: ${(r.pages / r.cpuSeconds).toFixed(1)} pages/CPU-s`);
  console.log(`predictions: ${r.predFile}`);
}
