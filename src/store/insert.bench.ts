// Insert speed: 10,000 synthetic articles with analysis JSON into a fresh workspace, committed in
// batches (a killed run redoes at most one batch). Run: node --import tsx src/store/insert.bench.ts [count] [batch]
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Mention } from '../types.ts';
import { openWorkspace } from './sqlite.ts';
import { syntheticRecords } from './synthetic.ts';

const count = Number(process.argv[2] ?? 10_000);
const batch = Number(process.argv[3] ?? 500);
const records = syntheticRecords(count, 7);
// Analyses as large as real ones: a mention for every capitalised word.
for (const r of records) {
  const text = r.article!.text;
  const mentions: Mention[] = [...text.matchAll(/\p{Lu}\p{L}+/gu)].map((m) => ({ span: { start: m.index, end: m.index + m[0].length }, kind: 'person', key: `person:${m[0].toLowerCase()}`, form: 'name' }));
  r.analysis!.mentions = mentions;
}
const analysisBytes = records.reduce((n, r) => n + JSON.stringify({ ...r.analysis!, article: undefined }).length, 0);
const path = join(mkdtempSync(join(tmpdir(), 'hearsay-bench-')), 'bench.db');
const ws = openWorkspace(path);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (let i = 0; i < records.length; i += batch) ws.ingestBatch(records.slice(i, i + batch));
const t1 = performance.now();
// CPU time too: on a shared machine wall time measures the neighbours as much as the store.
const cpu = process.cpuUsage(cpu0);
const s = (t1 - t0) / 1000;
const findings = ws.verify();
const t2 = performance.now();
ws.close();
console.log(`${count} articles (${(analysisBytes / count / 1024).toFixed(1)} KB analysis JSON each), batches of ${batch}: ${s.toFixed(2)} s wall (${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU), ${Math.round(count / s)} articles/s, file ${(statSync(path).size / 2 ** 20).toFixed(0)} MB; verify() ${((t2 - t1) / 1000).toFixed(2)} s, ${findings.length} findings`);
