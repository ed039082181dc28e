// Reading a saved page or article from disk or stdin, with a size limit, into a Capture.

import { open } from 'node:fs/promises';
import type { Capture } from '../types.ts';
import { makeCapture, readLimited, tooLarge } from './capture.ts';
import { CaptureError } from './error.ts';
import { resolveLimits, type CaptureLimits } from './limits.ts';
import { sniffContentType } from './sniff.ts';

function fsError(path: string, err: unknown): CaptureError {
  const code = (err as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'no such file'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EISDIR' ? 'is a directory, not a file'
    : `cannot read: ${(err as Error).message}`;
  return new CaptureError(reason, { input: path, code: code === 'ENOENT' ? 'not-found' : 'unreadable', cause: err });
}

/** Read a file into a Capture. Fails with CaptureError when it is missing, a directory, or too large. */
export async function readFileCapture(path: string, limits: Partial<CaptureLimits> = {}): Promise<Capture> {
  const { maxFileBytes } = resolveLimits(limits);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw fsError(path, err);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new CaptureError('is a directory, not a file', { input: path, code: 'unreadable' });
    // Check the size before reading, and count while reading too: the file may grow, or be a pipe.
    if (stat.isFile() && stat.size > maxFileBytes) throw tooLarge(path, maxFileBytes, 'maxFileBytes', stat.size);
    let bytes: Uint8Array;
    try {
      bytes = await readLimited(handle.createReadStream({ autoClose: false }), maxFileBytes, path, 'maxFileBytes');
    } catch (err) {
      throw err instanceof CaptureError ? err : fsError(path, err);
    }
    return makeCapture(bytes, { kind: 'file', path }, sniffContentType(bytes, path));
  } finally {
    await handle.close();
  }
}

/** Read all of stdin (or the given stream) into a Capture, with a size limit. */
export async function readStdinCapture(
  limits: Partial<CaptureLimits> = {},
  stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string> = process.stdin,
): Promise<Capture> {
  const { maxStdinBytes } = resolveLimits(limits);
  const bytes = await readLimited(stream, maxStdinBytes, 'stdin', 'maxStdinBytes');
  return makeCapture(bytes, { kind: 'stdin' }, sniffContentType(bytes));
}
