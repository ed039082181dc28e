// Dev loop: runs findAttributions over PolNeAR dev, writes predictions, scores them with the shared
// scorer and reports speed.   node --import tsx scripts/dev-polnear.ts [MODEL] [--by-type]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findAttributions } from '../src/analyze/attribution/index.ts';
import { loadAttributionModel } from '../src/analyze/attribution/load-node.ts';
import { predictionLine, readPolnear } from './attribution-data.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const modelPath = args.find((a) => !a.startsWith('--'));
const DEV = process.env.DEV ?? `${root}../shared/data/polnear/dev.jsonl`;
const PRED = process.env.PRED ?? '/tmp/hearsay-attribution-dev.jsonl';

const model = modelPath ? loadAttributionModel(modelPath) : loadAttributionModel();
if (process.env.CUE_BIAS) model.cueBias = Number(process.env.CUE_BIAS); // for tuning experiments
const articles = readPolnear(DEV);
for (const a of articles) findAttributions(a.text, model); // one pass to warm up the JIT: we time the steady state
const t0 = performance.now();
const c0 = process.cpuUsage();
const lines = articles.map((a) => predictionLine(a, model));
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
const cpuMs = (cpu.user + cpu.system) / 1000; // less sensitive than wall time to other processes on the machine
writeFileSync(PRED, lines.join('\n') + '\n');
const chars = articles.reduce((s, a) => s + a.text.length, 0);
process.stdout.write(execFileSync('node', [`${root}../shared/eval/score-attributions.mjs`, DEV, PRED, ...args.filter((a) => a.startsWith('--'))], { encoding: 'utf8' }));
console.log(
  `findAttributions: ${(articles.length / (ms / 1000)).toFixed(0)} articles/s wall (${(ms / articles.length).toFixed(2)} ms/article), ` +
    `${(articles.length / (cpuMs / 1000)).toFixed(0)} articles/s CPU (${(cpuMs / articles.length).toFixed(2)} ms/article); ` +
    `mean ${Math.round(chars / articles.length)} chars; predictions in ${PRED}`,
);
