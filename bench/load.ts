// Load on `hearsay serve`: a workspace of N synthetic articles (default 10,000) served on loopback by a
// child process, driven by 50 connections in a closed loop for 20 s per endpoint (the story list, a
// claim's provenance, search over repeated words, search with a new query every time), then the story
// list's first render in Chromium. Prints throughput and p50/p95/p99; the bar is p95 < 100 ms for each
// and first render < 1 s. Asserts nothing.
//   node --import tsx bench/load.ts [--size 10000] [--db path (kept; built once, reused)] [--seconds 20] [--connections 50]
//     [--only stories,claim,search,search-new,render (default: all)] [--search-workers n (default: as hearsay serve)]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, get as httpGet } from 'node:http';
import Database from 'better-sqlite3';
import { ingest, open } from '../src/cli/workspace.ts';
import { createApp, defaultSearchWorkers } from '../src/server/app.ts';
import { listen } from '../src/server/serve.ts';
import { chromiumPath, launch } from '../src/web/browser-support.ts';
import { searchQueries } from './search-queries.ts';
import { coverage } from './synth/coverage.ts';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

// The child: serve a workspace and say where.
if (arg('--serve')) {
  const ws = open(arg('--serve')!, { command: 'bench' });
  const t = performance.now();
  // As `hearsay serve` does (--search-workers n to try another number).
  const { url } = await listen(createApp(ws, { searchWorkers: Number(arg('--search-workers') ?? defaultSearchWorkers()) }), '127.0.0.1', 0);
  process.stdout.write(`${JSON.stringify({ url, startS: (performance.now() - t) / 1000 })}\n`);
  await new Promise(() => {});
}

const size = Number(arg('--size') ?? 10_000);
const seconds = Number(arg('--seconds') ?? 20);
const connections = Number(arg('--connections') ?? 50);
const RUNS = ['stories', 'claim', 'search', 'search-new', 'render'];
const only = new Set(arg('--only')?.split(',') ?? RUNS);
for (const o of only) if (!RUNS.includes(o)) throw new Error(`--only: unknown run ${o} (${RUNS.join(', ')})`);
const tmp = arg('--db') ? null : mkdtempSync(join(tmpdir(), 'hearsay-load-'));
const db = arg('--db') ?? join(tmp!, 'load.db');

async function build(): Promise<void> {
  const input = join(tmpdir(), `hearsay-load-${process.pid}.jsonl`);
  writeFileSync(input, [...coverage(size)].map((r) => JSON.stringify(r)).join('\n') + '\n');
  const ws = open(db, { command: 'bench' });
  const t = performance.now();
  const tally = await ingest(ws, [input], { batchSize: 500 });
  ws.close();
  rmSync(input, { force: true });
  console.log(`built ${db}: ${tally.new} articles in ${((performance.now() - t) / 1000).toFixed(0)} s`);
}

/** Start the server in a child process (its own event loop and core), wait for its URL. */
function serve(): Promise<{ url: string; startS: number; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve', db, ...(arg('--search-workers') ? ['--search-workers', arg('--search-workers')!] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ ...JSON.parse(out.split('\n')[0]!), stop: () => child.kill() });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

const pct = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** `connections` loops, each sending its next request as soon as the last one is answered. */
async function drive(base: string, name: string, paths: () => string, secs = seconds, quiet = false): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const once = (path: string) => new Promise<number>((resolve, reject) => {
    httpGet(base + path, { agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    }).on('error', reject);
  });
  const times: number[] = [];
  let errors = 0;
  const end = performance.now() + secs * 1000;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < end) {
      const t = performance.now();
      try {
        if ((await once(paths())) !== 200) errors++;
      } catch {
        errors++;
      }
      times.push(performance.now() - t);
    }
  }));
  agent.destroy();
  if (quiet) return;
  const sorted = Float64Array.from(times).sort();
  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`  ${name.padEnd(22)} ${(times.length / seconds).toFixed(0).padStart(6)} req/s   p50 ${f(pct(sorted, 50))}  p95 ${f(pct(sorted, 95))}  p99 ${f(pct(sorted, 99))}${errors ? `  (${errors} errors)` : ''}${pct(sorted, 95) < 100 ? '' : '  — over the 100 ms bar'}`);
}

if (!existsSync(db)) await build();
const server = await serve();
console.log(`load — ${db} served at ${server.url} (state loaded in ${server.startS.toFixed(1)} s); ${connections} connections, closed loop, ${seconds} s each; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
try {
  const get = async (p: string) => (await (await fetch(server.url.replace(/\/$/, '') + p)).json()) as any;
  const first = await get('/api/stories?limit=50');
  // The claim with the most appearances (the largest provenance), and words from the story terms.
  const claims: { id: string; appearances: number }[] = (await get('/api/claims')).claims;
  const claim = claims.reduce((a, b) => (b.appearances > a.appearances ? b : a));
  const words = [...new Set(first.stories.flatMap((s: any) => s.terms.slice(0, 3)))] as string[];
  console.log(`  ${first.total} stories, ${claims.length} claims; provenance of claim ${claim.id} (${claim.appearances} appearances); search over ${words.length} words`);
  const base = server.url.replace(/\/$/, '');
  let i = 0;
  // Warm-up, not reported: the JIT, and the collector's clean-up after linking.
  await drive(base, 'warm-up', () => ['/api/stories?limit=50', `/api/claims/${claim.id}`][i++ % 2]!, 5, true);
  if (only.has('stories')) await drive(base, 'GET /api/stories', () => `/api/stories?limit=50&offset=${50 * (i++ % 4)}`);
  if (only.has('claim')) await drive(base, 'GET /api/claims/:id', () => `/api/claims/${claim.id}`);
  if (only.has('search')) await drive(base, 'GET /api/search', () => `/api/search?q=${encodeURIComponent(words[i++ % words.length]!)}`);
  if (only.has('search-new')) {
    // The server keeps search answers until the workspace changes; queries never asked before show the
    // cost of search itself: words, phrases, prefixes and ORs a reader might take from the headlines and
    // texts (a sample of the articles, read from the workspace), each asked once.
    const sample = new Database(db, { readonly: true });
    const rows = sample.prepare('SELECT title, substr(text, 1, 3000) AS text FROM articles WHERE id % 5 = 0').all() as { title: string | null; text: string }[];
    sample.close();
    const queries = searchQueries(rows.flatMap((r) => (r.title ? [r.title] : [])), rows.map((r) => r.text), { avoid: words });
    let asked = 0;
    await drive(base, 'GET /api/search new q', () => {
      const q = queries.next();
      if (q.done) throw new Error('bench/load.ts: out of new search queries');
      asked++;
      return `/api/search?q=${encodeURIComponent(q.value)}`;
    });
    console.log(`    (${asked} different queries, none asked before)`);
  }

  const exe = only.has('render') ? chromiumPath() : null;
  if (only.has('render') && !exe) console.log('  first render: skipped (apt-get install -y chromium)');
  if (exe) {
    const browser = await launch(exe);
    // In the page: from the navigation's start to the app's mark once the rows are in the DOM; and the
    // wall time from asking for the page until the rows are there (a new tab included).
    const marks: number[] = [], walls: number[] = [];
    for (let n = 0; n < 6; n++) {
      const page = await browser.newPage();
      const t = performance.now();
      await page.goto(server.url);
      await page.waitForSelector('table.stories tbody tr');
      walls.push(performance.now() - t);
      marks.push(await page.evaluate(() => performance.getEntriesByName('view:stories')[0]!.startTime));
      await page.close();
    }
    await browser.close();
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(`  story list first render in Chromium: ${marks[0]!.toFixed(0)} ms cold, ${median(marks.slice(1)).toFixed(0)} ms median of 5 more (navigation start → rows); wall ${walls[0]!.toFixed(0)} / ${median(walls.slice(1)).toFixed(0)} ms${marks[0]! < 1000 ? '' : ' — over the 1 s bar'}`);
  }
} finally {
  server.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
process.exit(0);
