// Provenance accuracy on the synthetic story packs: `hearsay trace --input PACK --format json` through
// the CLI, scored by ../shared/eval/score-trace.mjs against each pack's gold.
//   node --import tsx bench/trace-packs.ts [--keep DIR]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED } from './corpus.ts';

const PACKS = `${SHARED}data/synthetic-packs/`;
const scorer = `${SHARED}eval/score-trace.mjs`;
if (!existsSync(PACKS) || !existsSync(scorer)) {
  console.log(`skipped: ${PACKS} is absent (the story packs live in ../shared, beside the project)`);
  process.exit(0);
}
const args = process.argv.slice(2);
const keep = args.includes('--keep') ? args[args.indexOf('--keep') + 1]! : null;
const dir = keep ?? mkdtempSync(join(tmpdir(), 'hearsay-trace-'));
mkdirSync(dir, { recursive: true });
const bin = fileURLToPath(new URL('../bin/hearsay.js', import.meta.url));
let status = 0;
for (const file of readdirSync(PACKS).filter((f) => f.endsWith('.jsonl')).sort()) {
  const pack = file.replace(/\.jsonl$/, '');
  const start = performance.now();
  const run = spawnSync(process.execPath, [bin, 'trace', '--input', join(PACKS, file), '--format', 'json'], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
  const seconds = (performance.now() - start) / 1000;
  const pred = join(dir, `${pack}.trace.json`);
  writeFileSync(pred, run.stdout);
  console.log(`\n${pack}: traced in ${seconds.toFixed(1)} s (exit ${run.status})`);
  const score = spawnSync(process.execPath, [scorer, join(PACKS, 'gold', `${pack}.json`), pred], { stdio: 'inherit' });
  status ||= score.status ?? 1;
}
if (keep) console.log(`\npredictions kept in ${dir}`);
process.exit(status);
