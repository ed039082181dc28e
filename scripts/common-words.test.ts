import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

test('the committed common-word filter is what the script writes from the lexicon', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-common-words-'));
  const out = join(dir, 'data.ts');
  const script = fileURLToPath(new URL('./common-words.ts', import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, OUT: out }, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const committed = readFileSync(fileURLToPath(new URL('../src/analyze/common-words-data.ts', import.meta.url)), 'utf8');
  assert.equal(readFileSync(out, 'utf8'), committed);
  rmSync(dir, { recursive: true, force: true });
});
