// `npm run bench`: speed of the analysis on one core, and a 10,000-article JSONL batch through the CLI
// streamed in constant memory. Prints figures; asserts nothing (tests check behaviour, not time).
//   npm run bench                 both parts
//   npm run bench -- --size 2000  a smaller or larger batch
import { spawn } from 'node:child_process';
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

speed();
if (!args.includes('--speed-only')) {
  await batch(Math.max(100, Math.round(batchSize / 10)));
  await batch(batchSize);
}
