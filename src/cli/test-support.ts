// For the CLI tests: the hearsay binary run in a fresh folder against one workspace file there.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/hearsay.js', import.meta.url));
/** The Greymoor demo pack (invented outlets and people). */
export const PACK = fileURLToPath(new URL('../../fixtures/packs/greymoor-reservoir.jsonl', import.meta.url));

/** A temp folder with a workspace path in it, and `hearsay(...args)` run there with `--db` that workspace. */
export function workspaceCli(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const db = join(dir, 'work.db');
  const hearsay = (...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  return { dir, db, hearsay };
}
