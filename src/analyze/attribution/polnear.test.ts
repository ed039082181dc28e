// Scores the committed model on PolNeAR dev with the shared scorer and holds it to the bar.
// Skips when the corpus is not present (it is not part of the repository).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { predictionLine, readPolnear } from '../../../scripts/attribution-data.ts';
import { loadAttributionModel } from './load-node.ts';

const shared = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const dev = join(shared, 'data/polnear/dev.jsonl');
const scorer = join(shared, 'eval/score-attributions.mjs');
const present = existsSync(dev) && existsSync(scorer);

interface Prf { p: number; r: number; f: number }

const skip = present ? false : 'PolNeAR dev data not found in ../shared/data/polnear';

// Scored once, shared by the tests below.
let scored: { source: number; cue: number; content: number; linked: number } | undefined;
function score(): { source: number; cue: number; content: number; linked: number } {
  if (scored) return scored;
  const model = loadAttributionModel();
  const lines = readPolnear(dev).map((a) => predictionLine(a, model));
  const pred = join(mkdtempSync(join(tmpdir(), 'hearsay-')), 'pred.jsonl');
  writeFileSync(pred, lines.join('\n') + '\n');
  const out = JSON.parse(execFileSync('node', [scorer, dev, pred, '--json'], { encoding: 'utf8' })) as {
    all: Record<'source' | 'cue' | 'content', { exact: Prf }> & { linked: Prf };
  };
  const f = (x: Prf): number => Math.round(1000 * x.f) / 10;
  scored = { source: f(out.all.source.exact), cue: f(out.all.cue.exact), content: f(out.all.content.exact), linked: f(out.all.linked) };
  return scored;
}

describe('attribution model on PolNeAR dev', () => {
  // Floors a little under the committed model's dev figures (73.5 / 70.4 / 61.4 / 64.4, the outermost
  // attributions as nesting.ts reads them). Training settings are chosen by cross-validation on train
  // (bench/cv-polnear.ts), not on these.
  it('should not fall below the committed model (exact F1 source 72.5, cue 70, content 60.5; linked 63.5)', { skip }, () => {
    const got = score();
    assert.ok(got.source >= 72.5 && got.cue >= 70 && got.content >= 60.5 && got.linked >= 63.5, `regression: ${JSON.stringify(got)}`);
  });
  // The project's bar on dev (held-out data is scored by the same interface, elsewhere).
  it('should reach source 70, cue 70, content 60 exact F1 and linked 55 F1', { skip }, () => {
    const got = score();
    assert.ok(got.source >= 70 && got.cue >= 70 && got.content >= 60 && got.linked >= 55, `below the bar: ${JSON.stringify(got)}`);
  });
});
