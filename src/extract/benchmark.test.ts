// The extraction benchmark as a test: dev-half F1 must stay at or above the bar. Needs the shared
// benchmark data next to the repository (../shared); skips cleanly without it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benchAvailable, runBench } from '../../bench/extraction.ts';

const MIN_F1 = 0.955;

test('should reach F1 >= 0.955 on the dev half of the article-extraction benchmark', (t) => {
  if (!benchAvailable()) {
    t.skip('benchmark data not found (../shared/data/article-extraction and ../shared/eval)');
    return;
  }
  const r = runBench();
  t.diagnostic(`F1 ${r.f1} over ${r.pages} pages, ${(r.pages / r.seconds).toFixed(1)} pages/s`);
  assert.ok(Number.isFinite(r.f1), `could not read F1 from the scorer output:\n${r.output}`);
  assert.ok(r.f1 >= MIN_F1, `F1 ${r.f1} < ${MIN_F1}\n${r.output}`);
});
