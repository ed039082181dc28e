import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, test } from 'node:test';
import { CaptureError } from './error.ts';
import { readFileCapture, readStdinCapture } from './file.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearsay-file-'));
});
after(() => rm(dir, { recursive: true, force: true }));

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

test('readFileCapture keeps the bytes, their hash, the time and the origin', async () => {
  const path = join(dir, 'article.html');
  const bytes = Buffer.from('<!doctype html><p>Caf\u00e9</p>');
  await writeFile(path, bytes);
  const capture = await readFileCapture(path);
  assert.deepEqual(Buffer.from(capture.bytes), bytes);
  assert.equal(capture.sha256, createHash('sha256').update(bytes).digest('hex'));
  assert.match(capture.capturedAt, ISO);
  assert.deepEqual(capture.origin, { kind: 'file', path });
  assert.equal(capture.contentType, 'text/html');
});

test('readFileCapture passes a several-MB page under the default limit', async () => {
  const path = join(dir, 'big.html');
  await writeFile(path, `<html><body>${'<p>paragraph</p>\n'.repeat(400_000)}</body></html>`); // ~6.8 MB
  const capture = await readFileCapture(path);
  assert.equal(capture.bytes.length, 6_800_026);
});

test('readFileCapture refuses a file over the limit before reading it', async () => {
  const path = join(dir, 'large.txt');
  await writeFile(path, 'x'.repeat(2048));
  await assert.rejects(readFileCapture(path, { maxFileBytes: 1024 }), (err: CaptureError) => {
    assert.equal(err.message, `${path}: too large: 2 KB, more than 1 KB (limit maxFileBytes)`);
    assert.equal(err.code, 'too-large');
    return true;
  });
  assert.equal((await readFileCapture(path, { maxFileBytes: 2048 })).bytes.length, 2048);
});

test('readFileCapture names missing files and directories', async () => {
  const missing = join(dir, 'nope.html');
  await assert.rejects(readFileCapture(missing), { name: 'CaptureError', message: `${missing}: no such file`, code: 'not-found' });
  await assert.rejects(readFileCapture(dir), { message: `${dir}: is a directory, not a file`, code: 'unreadable' });
});

test('readFileCapture rejects a nonsense limit', async () => {
  await assert.rejects(readFileCapture(join(dir, 'x'), { maxFileBytes: -1 }), {
    name: 'TypeError',
    message: 'Capture limit `maxFileBytes` must be a non-negative integer, got -1',
  });
});

test('readStdinCapture reads a stream with its own limit', async () => {
  const capture = await readStdinCapture({}, Readable.from([Buffer.from('{"id":1,"text":"a"}\n'), '{"id":2,"text":"b"}\n']));
  assert.equal(Buffer.from(capture.bytes).toString(), '{"id":1,"text":"a"}\n{"id":2,"text":"b"}\n');
  assert.deepEqual(capture.origin, { kind: 'stdin' });
  assert.equal(capture.contentType, 'application/jsonl');

  let pulled = 0;
  async function* endless(): AsyncGenerator<Buffer> {
    for (;;) {
      pulled++;
      yield Buffer.alloc(100, 0x61);
    }
  }
  await assert.rejects(readStdinCapture({ maxStdinBytes: 1000 }, endless()), {
    message: 'stdin: too large: more than 1000 bytes (limit maxStdinBytes)',
  });
  assert.equal(pulled, 11); // stopped at the first chunk past the limit
});
