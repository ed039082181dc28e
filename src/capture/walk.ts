// Walking a folder for inputs: files in a stable (sorted) order, hidden files and folders passed
// over, symlinks followed but every folder entered once (a symlink loop ends there), with limits on
// depth and on how many files one walk yields. A folder that cannot be read is an error item; the
// walk goes on with the rest.

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CaptureError } from './error.ts';

export interface WalkOptions {
  maxDepth: number;
  maxFiles: number;
  /** Whether to yield this file (path as joined from the root, with "/" on POSIX). Default: all. */
  include?: (path: string) => boolean | Promise<boolean>;
  /** Whether to enter this folder (depth 1 = a child of the root). Default: all. */
  enter?: (path: string, depth: number) => boolean;
}

export type WalkItem = { path: string } | { error: CaptureError };

function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return `cannot read: ${(err as Error).message}`;
}

/** Files under `root` (a folder), depth first, names sorted. */
export async function* walk(root: string, options: WalkOptions): AsyncGenerator<WalkItem> {
  const seen = new Set<string>();
  let files = 0;
  let tooDeep = false;
  const fail = (path: string, reason: string, code: CaptureError['code'], cause?: unknown): WalkItem => ({
    error: new CaptureError(reason, { input: path, code, cause }),
  });

  async function* visit(dir: string, depth: number): AsyncGenerator<WalkItem, boolean> {
    let key: string;
    let names: string[];
    try {
      const s = await stat(dir);
      key = `${s.dev}:${s.ino}`;
      if (seen.has(key)) return true; // entered already: a symlink loop or a second link to it
      seen.add(key);
      names = (await readdir(dir)).sort();
    } catch (err) {
      yield fail(dir, fsReason(err), 'unreadable', err);
      return true;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      let s;
      try {
        s = await stat(path); // follows symlinks
      } catch (err) {
        yield fail(path, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'broken symbolic link' : fsReason(err), 'unreadable', err);
        continue;
      }
      if (s.isDirectory()) {
        if (depth + 1 > options.maxDepth) {
          if (!tooDeep) yield fail(path, `deeper than ${options.maxDepth} folders (limit maxWalkDepth); not read`, 'too-large');
          tooDeep = true;
          continue;
        }
        if (options.enter && !options.enter(path, depth + 1)) continue;
        if (!(yield* visit(path, depth + 1))) return false;
      } else if (s.isFile()) {
        if (options.include && !(await options.include(path))) continue;
        if (++files > options.maxFiles) {
          yield fail(root, `more than ${options.maxFiles} files (limit maxWalkFiles); the rest is not read`, 'too-large');
          return false;
        }
        yield { path };
      }
    }
    return true;
  }

  yield* visit(root, 0);
}
