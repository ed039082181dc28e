// Ingest and link N synthetic articles into a fresh workspace, timing each stage, in one process so
// its peak memory is this run's alone. `npm run bench` runs it for 5,000 and 20,000 articles.
//   node --import tsx bench/scale.ts --size 10000
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest, link, open } from '../src/cli/workspace.ts';
import { coverage } from './synth/coverage.ts';

const args = process.argv.slice(2);
const size = Number(args[args.indexOf('--size') + 1] ?? 5000);
const dir = mkdtempSync(join(tmpdir(), 'hearsay-scale-'));
const input = join(dir, 'coverage.jsonl');
writeFileSync(input, [...coverage(size)].map((r) => JSON.stringify(r)).join('\n') + '\n');

// CPU time too (this process with its worker threads): on a shared machine the wall time measures the
// neighbours as much as hearsay. The load average is the machine's, read before and after.
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const loadBefore = load();
const ws = open(join(dir, 'bench.db'), { command: 'bench' });
let t = performance.now(), c = cpu();
const tally = await ingest(ws, [input], { batchSize: 500 });
const ingestS = (performance.now() - t) / 1000, ingestCpu = cpu() - c;
const rssIngest = process.resourceUsage().maxRSS * 1024;
t = performance.now(), c = cpu();
const linked = link(ws);
const linkS = (performance.now() - t) / 1000, linkCpu = cpu() - c;
// What a read command (stories, claims, trace claim, the server) pays afterwards: the kept result.
t = performance.now();
link(ws);
const readS = (performance.now() - t) / 1000;
ws.close();
rmSync(dir, { recursive: true, force: true });
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
console.log(`scale — ${size} synthetic articles (${tally.new} stored, ${tally.failed} failed)`);
console.log(`  ingest (read, extract, analyse on worker threads, store): ${ingestS.toFixed(1)} s, ${(size / ingestS).toFixed(0)} articles/s, ${ingestCpu.toFixed(1)} s CPU; peak RSS ${mb(rssIngest)}`);
console.log(`  link (copies, stories, entities, claims, provenance, drift, saved with stable ids): ${linkS.toFixed(1)} s, ${linkCpu.toFixed(1)} s CPU`);
console.log(`  found ${linked.trace.copies.length} copies, ${linked.stories.length} stories, ${linked.claims.length} claims`);
console.log(`  a read afterwards (the kept link result): ${readS.toFixed(1)} s`);
console.log(`  total ${(ingestS + linkS).toFixed(1)} s, ${(ingestCpu + linkCpu).toFixed(1)} s CPU; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}; load average ${loadBefore} before, ${load()} after (${availableParallelism()} cores)`);
console.log(JSON.stringify({ size, ingestS, linkS, ingestCpu, linkCpu, readS, peakRss: process.resourceUsage().maxRSS * 1024 }));
