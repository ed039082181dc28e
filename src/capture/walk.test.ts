import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { walk, type WalkOptions } from './walk.ts';

describe('walk', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hearsay-walk-'));
    await mkdir(join(dir, 'a/b/c'), { recursive: true });
    await writeFile(join(dir, 'z.html'), 'z');
    await writeFile(join(dir, 'a/1.html'), '1');
    await writeFile(join(dir, 'a/b/2.html'), '2');
    await writeFile(join(dir, 'a/b/c/3.html'), '3');
    await writeFile(join(dir, 'a/.secret.html'), 's');
    await symlink(dir, join(dir, 'a/b/back')); // a loop to the root
    await symlink(join(dir, 'a/b'), join(dir, 'b-again')); // a second way into a/b
  });
  after(() => rm(dir, { recursive: true, force: true }));

  async function paths(options: Partial<WalkOptions> = {}): Promise<string[]> {
    const out: string[] = [];
    for await (const item of walk(dir, { maxDepth: 32, maxFiles: 100, ...options })) {
      out.push('path' in item ? relative(dir, item.path) : `error ${relative(dir, item.error.input) || '.'}: ${item.error.reason}`);
    }
    return out;
  }

  test('should list files sorted, depth first, each folder once, hidden ones skipped', async () => {
    assert.deepEqual(await paths(), ['a/1.html', 'a/b/2.html', 'a/b/c/3.html', 'z.html']);
  });

  test('should report the depth limit once and the file limit, then stop', async () => {
    assert.deepEqual(await paths({ maxDepth: 1 }), ['a/1.html', 'error a/b: deeper than 1 folders (limit maxWalkDepth); not read', 'b-again/2.html', 'z.html']);
    assert.deepEqual(await paths({ maxFiles: 2 }), ['a/1.html', 'a/b/2.html', 'error .: more than 2 files (limit maxWalkFiles); the rest is not read']);
  });

  test('should report a folder that does not exist', async () => {
    const out: string[] = [];
    for await (const item of walk(join(dir, 'nope'), { maxDepth: 3, maxFiles: 3 })) out.push('error' in item ? item.error.reason : item.path);
    assert.deepEqual(out, ['no such file or folder']);
  });
});
