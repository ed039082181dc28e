// `npm run eval`: the PolNeAR dev evaluation end to end, through the same interface held-out evaluation
// uses (`hearsay analyze --format jsonl` reading {"id","text"} lines on stdin), scored by the shared
// scorer. Options: --split dev|train, --keep FILE to keep the predictions.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED } from './corpus.ts';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const split = opt('--split') ?? 'dev';
const gold = `${SHARED}data/polnear/${split}.jsonl`;
const scorer = `${SHARED}eval/score-attributions.mjs`;
if (!existsSync(gold) || !existsSync(scorer)) {
  console.log(`skipped: ${gold} or the scorer is absent (the PolNeAR data lives in ../shared, beside the project)`);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'hearsay-eval-'));
const pred = opt('--keep') ?? join(dir, 'pred.jsonl');
const bin = fileURLToPath(new URL('../bin/hearsay.js', import.meta.url));
const start = performance.now();
const run = spawnSync(process.execPath, [bin, 'analyze', '--format', 'jsonl'], {
  input: readFileSync(gold),
  maxBuffer: 1 << 30,
  stdio: ['pipe', 'pipe', 'inherit'],
});
if (run.status !== 0) {
  console.error(`hearsay analyze exited with ${run.status}`);
  process.exit(1);
}
writeFileSync(pred, run.stdout);
const seconds = (performance.now() - start) / 1000;
const lines = run.stdout.toString().split('\n').filter(Boolean).length;
console.log(`PolNeAR ${split}: ${lines} articles analysed through the CLI in ${seconds.toFixed(1)} s\n`);
const score = spawnSync(process.execPath, [scorer, gold, pred, '--by-type'], { stdio: 'inherit' });
if (!opt('--keep')) rmSync(dir, { recursive: true, force: true });
process.exit(score.status ?? 1);
