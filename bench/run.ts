// `npm run bench`: speed of the analysis on one core; a 10,000-article JSONL batch through the CLI
// streamed in constant memory; and ingest + link of 5,000 and 20,000 synthetic articles into a
// workspace, stage by stage. Prints figures; asserts nothing (tests check behaviour, not time).
//   npm run bench                          everything
//   npm run bench -- --size 2000           a smaller or larger JSONL batch
//   npm run bench -- --scale 10000,40000   other corpus sizes for ingest + link (--scale 0 skips)
//   npm run bench -- --speed-only          the first part only
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAttributionModel } from '../src/analyze/attribution/load-node.ts';
import { analyzeDocument } from '../src/pipeline.ts';
import { benchCorpus, syntheticDocs } from './corpus.ts';

const args = process.argv.slice(2);
const sizeArg = args.indexOf('--size');
const batchSize = sizeArg >= 0 ? Number(args[sizeArg + 1]) : 10_000;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function speed(): void {
  const { name, docs } = benchCorpus();
  const t0 = performance.now();
  const model = loadAttributionModel();
  const loadMs = performance.now() - t0;
  for (const d of docs.slice(0, 10)) analyzeDocument(d, model); // warm the JIT
  const chars = docs.reduce((n, d) => n + d.text.length, 0) / docs.length;
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < 5000) for (const d of docs) (analyzeDocument(d, model), n++);
  const seconds = (performance.now() - start) / 1000;
  console.log(`analysis speed — corpus: ${name}, ${docs.length} articles of ${chars.toFixed(0)} characters on average`);
  console.log(`  model load ${loadMs.toFixed(0)} ms`);
  console.log(`  ${(n / seconds).toFixed(1)} articles/s on one core (${n} analyses in ${seconds.toFixed(1)} s; ${((n * chars) / seconds / 1e6).toFixed(2)} M chars/s)`);
  console.log(`  peak RSS of this process ${mb(process.resourceUsage().maxRSS * 1024)}`);
}

/** Peak resident memory of a running child, read from /proc while it runs (Linux). */
function watchPeak(pid: number): () => number {
  let peak = 0;
  const read = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) * 1024);
    } catch {
      /* the child has exited */
    }
  };
  const timer = setInterval(read, 50);
  return () => (clearInterval(timer), read(), peak);
}

async function batch(size: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-bench-'));
  const input = join(dir, 'batch.jsonl');
  const out = createWriteStream(input);
  for (let i = 0; i < size; i += 500) {
    for (const d of syntheticDocs(Math.min(500, size - i), 1000 + i)) out.write(`${JSON.stringify({ id: `${i}-${d.id}`, text: d.text })}\n`);
  }
  await new Promise((r) => out.end(r));
  const bin = fileURLToPath(new URL('../bin/hearsay.js', import.meta.url));
  const start = performance.now();
  const child = spawn(process.execPath, [bin, 'analyze', '--format', 'jsonl'], {
    stdio: [openSync(input, 'r'), 'pipe', 'inherit'],
  });
  const stop = watchPeak(child.pid!);
  let lines = 0;
  child.stdout!.on('data', (b: Buffer) => {
    for (let i = 0; i < b.length; i++) if (b[i] === 10) lines++;
  });
  const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? 1)));
  const seconds = (performance.now() - start) / 1000;
  const peak = stop();
  rmSync(dir, { recursive: true, force: true });
  console.log(`JSONL batch — ${size} synthetic articles through \`hearsay analyze --format jsonl\` (exit ${code})`);
  console.log(`  ${lines} output lines in ${seconds.toFixed(1)} s: ${(lines / seconds).toFixed(1)} articles/s including start-up`);
  console.log(`  peak RSS of the CLI process ${mb(peak)}`);
}

/** Ingest and link in a child per size, so each peak RSS is that run's own. */
function scale(sizes: number[]): void {
  const script = fileURLToPath(new URL('./scale.ts', import.meta.url));
  const results: { size: number; ingestS: number; linkS: number; linkCpu?: number }[] = [];
  for (const size of sizes) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', script, '--size', String(size)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = r.stdout.trim().split('\n');
    console.log(lines.slice(0, -1).join('\n'));
    try {
      results.push(JSON.parse(lines[lines.length - 1]!));
    } catch {
      console.log(`  (run of ${size} failed: exit ${r.status})`);
    }
  }
  if (results.length >= 2) {
    const [a, b] = [results[0]!, results[results.length - 1]!];
    const cpu = a.linkCpu && b.linkCpu ? ` (CPU time ${(b.linkCpu / a.linkCpu).toFixed(2)}×)` : '';
    console.log(`linking grew ${(b.linkS / a.linkS).toFixed(2)}×${cpu} for ${(b.size / a.size).toFixed(1)}× the articles; ingest ${(b.ingestS / a.ingestS).toFixed(2)}×`);
  }
}

speed();
if (!args.includes('--speed-only')) {
  await batch(Math.max(100, Math.round(batchSize / 10)));
  await batch(batchSize);
  const scaleArg = args.indexOf('--scale');
  const sizes = scaleArg >= 0 ? args[scaleArg + 1]!.split(',').map(Number).filter((n) => n > 0) : [5000, 20000];
  if (sizes.length) scale(sizes);
  spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./load.ts', import.meta.url))], { stdio: 'inherit' }); // serve under load: bench/load.ts
}
