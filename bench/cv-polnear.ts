// Five-fold cross-validation of the attribution model on PolNeAR's training split: trains on four
// fifths (scripts/train-attribution.ts with TRAIN= and OUT=), analyses the fifth left out, and scores
// all 840 articles' predictions together with the shared scorer. Ten times the articles of dev, so a
// change of a few tenths is told from chance more surely than on dev alone; this is where the
// training settings were chosen, never on dev.
//   node --import tsx bench/cv-polnear.ts [--folds 5] [--jobs 2] [--keep FILE] [--train-share S]
// --train-share S (0 < S <= 1) trains each fold on that share of its four fifths, spread evenly: two
// points of the learning curve (S = 0.75 against 1) say how much more data gives, and so how far
// cross-validation, at four fifths of the data, understates the model trained on all of it.
// Training settings pass through the environment (e.g. DROP_CUE=0 SEEDS=1).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAttributionModel } from '../src/analyze/attribution/load-node.ts';
import { predictionLine, readPolnear } from '../scripts/attribution-data.ts';
import { SHARED } from './corpus.ts';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const FOLDS = Number(opt('--folds') ?? 5), JOBS = Number(opt('--jobs') ?? 2), SHARE = Number(opt('--train-share') ?? 1);
if (!(SHARE > 0 && SHARE <= 1)) throw new Error(`--train-share: expected a number in (0, 1], got ${opt('--train-share')}`);
const train = `${SHARED}data/polnear/train.jsonl`, scorer = `${SHARED}eval/score-attributions.mjs`;
if (!existsSync(train) || !existsSync(scorer)) {
  console.log(`skipped: ${train} or the scorer is absent (the PolNeAR data lives in ../shared, beside the project)`);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'hearsay-cv-'));
const trainer = fileURLToPath(new URL('../scripts/train-attribution.ts', import.meta.url));
const lines = readFileSync(train, 'utf8').split('\n').filter((l) => l.trim());
// article k goes to fold k mod FOLDS: every outlet and date range is spread over the folds
for (let f = 0; f < FOLDS; f++) {
  const rest = lines.filter((_, k) => k % FOLDS !== f).filter((_, p) => Math.floor((p + 1) * SHARE) > Math.floor(p * SHARE));
  writeFileSync(join(dir, `train-${f}.jsonl`), rest.join('\n') + '\n');
  writeFileSync(join(dir, `test-${f}.jsonl`), lines.filter((_, k) => k % FOLDS === f).join('\n') + '\n');
}

function trainFold(f: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', trainer], {
      env: { ...process.env, TRAIN: join(dir, `train-${f}.jsonl`), OUT: join(dir, `model-${f}.bin`) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`training fold ${f} exited with ${code}`))));
  });
}

const start = performance.now();
const queue = [...Array(FOLDS).keys()];
await Promise.all(Array.from({ length: Math.min(JOBS, FOLDS) }, async () => {
  for (let f = queue.shift(); f !== undefined; f = queue.shift()) await trainFold(f);
}));
const trained = (performance.now() - start) / 1000;

const out: string[] = [];
for (let f = 0; f < FOLDS; f++) {
  const model = loadAttributionModel(join(dir, `model-${f}.bin`));
  for (const a of readPolnear(join(dir, `test-${f}.jsonl`))) out.push(predictionLine(a, model));
}
const pred = opt('--keep') ?? join(dir, 'pred.jsonl');
writeFileSync(pred, out.join('\n') + '\n');
const share = SHARE < 1 ? `, each on ${(SHARE * 100).toFixed(0)}% of its training folds` : '';
console.log(`PolNeAR train, ${FOLDS}-fold cross-validation: ${out.length} articles, ${FOLDS} models trained in ${trained.toFixed(0)} s${share}\n`);
const score = spawnSync(process.execPath, [scorer, train, pred], { stdio: 'inherit' });
rmSync(dir, { recursive: true, force: true });
process.exit(score.status ?? 1);
