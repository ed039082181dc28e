// Provenance accuracy on the synthetic story packs: `hearsay trace --input PACK --format json` through
// the CLI, scored by ../shared/eval/score-trace.mjs against each pack's gold; each pack also with its
// publication dates removed (the interface allows them to be missing), headline only.
//   node --import tsx bench/trace-packs.ts [--keep DIR]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
// Each pack twice: as given, and with every publication date removed (held-out packs may lack them).
for (const file of readdirSync(PACKS).filter((f) => f.endsWith('.jsonl')).sort()) {
  for (const undated of [false, true]) {
    const pack = file.replace(/\.jsonl$/, '');
    let input = join(PACKS, file);
    if (undated) {
      input = join(dir, `${pack}.undated.jsonl`);
      const lines = readFileSync(join(PACKS, file), 'utf8').split('\n').filter((l) => l.trim());
      writeFileSync(input, lines.map((l) => JSON.stringify({ ...JSON.parse(l), published: null })).join('\n') + '\n');
    }
    const start = performance.now();
    const run = spawnSync(process.execPath, [bin, 'trace', '--input', input, '--format', 'json'], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
    const seconds = (performance.now() - start) / 1000;
    const pred = join(dir, `${pack}${undated ? '.undated' : ''}.trace.json`);
    writeFileSync(pred, run.stdout);
    console.log(`\n${pack}${undated ? ' (dates removed)' : ''}: traced in ${seconds.toFixed(1)} s (exit ${run.status})`);
    const score = spawnSync(process.execPath, [scorer, join(PACKS, 'gold', `${pack}.json`), pred], { stdio: undated ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8' });
    if (undated) process.stdout.write(score.stdout.split('\n').filter((l) => l.startsWith('headline')).join('\n') + '\n');
    status ||= score.status ?? 1;
  }
}
if (keep) console.log(`\npredictions kept in ${dir}`);
process.exit(status);
