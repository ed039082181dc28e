import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { JSONL_LINES, JSONL_MAX_LINE, jsonlBatch } from './fixtures/hostile.ts';
import { jsonlRecords, type JsonlItem } from './jsonl.ts';

async function all(items: AsyncIterable<JsonlItem>): Promise<JsonlItem[]> {
  const out: JsonlItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('jsonlRecords on the hostile batch', () => {
  let dir: string;
  let path: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hearsay-jsonl-'));
    path = join(dir, 'batch.jsonl');
    await writeFile(path, jsonlBatch());
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test('every line gives exactly its expected record or error, in order', async () => {
    const items = await all(jsonlRecords(path, { limits: { maxJsonlLineBytes: JSONL_MAX_LINE } }));
    const expected = JSONL_LINES.map((c, i) => ({ ...c, line: i + 1 })).filter((c) => c.expect !== null);
    assert.equal(items.length, expected.length);
    let offset = 0;
    const lineStart = JSONL_LINES.map((c) => ((offset += c.bytes.length + 1), offset - c.bytes.length - 1));
    items.forEach((item, i) => {
      const { line, expect } = expected[i]!;
      assert.equal(item.line, line);
      if ('id' in expect! && !('error' in expect)) {
        assert.ok('record' in item, `line ${line}: ${'error' in item ? item.error.message : ''}`);
        assert.equal(item.record.id, expect.id);
        assert.equal(item.record.text, expect.text);
        assert.equal(item.record.html, expect.html);
      } else {
        assert.ok('error' in item, `line ${line} should be an error`);
        const e = item.error;
        assert.equal(e.input, path);
        assert.equal(e.line, line);
        if ('errorStartsWith' in expect!) {
          assert.ok(e.reason.startsWith(expect.errorStartsWith), e.reason);
        } else if (expect!.byteInLine !== undefined) {
          const at = lineStart[line - 1]! + expect!.byteInLine;
          assert.equal(e.message, `${path}:${line}: ${expect!.error} (byte ${at} of the file)`);
          assert.equal(e.byteOffset, at);
        } else {
          assert.equal(e.message, `${path}:${line}: ${expect!.error}`);
          assert.equal(item.id, expect!.id);
        }
      }
    });
  });

  test('a record carries its line as a Capture', async () => {
    const [first] = await all(jsonlRecords(path, { limits: { maxJsonlLineBytes: JSONL_MAX_LINE } }));
    assert.ok(first && 'record' in first);
    const { capture } = first.record;
    const bytes = JSONL_LINES[0]!.bytes;
    assert.deepEqual(Buffer.from(capture.bytes), Buffer.from(bytes));
    assert.equal(capture.sha256, createHash('sha256').update(bytes).digest('hex'));
    assert.deepEqual(capture.origin, { kind: 'jsonl', path, line: 1 });
    assert.equal(capture.contentType, 'text/plain');
    assert.equal(capture.decoded, 'Hello');
    assert.deepEqual(capture.encoding, { name: 'utf-8', from: 'json' });
    assert.equal(first.record.title, 'T');
  });

  test('a missing file stops the batch with a CaptureError', async () => {
    const missing = join(dir, 'none.jsonl');
    await assert.rejects(all(jsonlRecords(missing)), { name: 'CaptureError', message: `${missing}: no such file` });
  });
});

describe('jsonlRecords on streams', () => {
  test('missingId: "line-number" uses the line number as the id', async () => {
    const items = await all(jsonlRecords([Buffer.from('\n{"text":"a"}\n')], { missingId: 'line-number', input: 'pipe' }));
    assert.equal(items.length, 1);
    assert.ok('record' in items[0]!);
    assert.equal(items[0].record.id, '2');
    assert.deepEqual(items[0].record.capture.origin, { kind: 'jsonl', path: 'pipe', line: 2 });
  });

  test('html is preferred over text for the capture, and both are kept', async () => {
    const [item] = await all(jsonlRecords(['{"id":"h","text":"plain","html":"<p>rich</p>","url":"https://x.test/a"}']));
    assert.ok(item && 'record' in item);
    assert.equal(item.record.capture.decoded, '<p>rich</p>');
    assert.equal(item.record.capture.contentType, 'text/html');
    assert.equal(item.record.text, 'plain');
    assert.equal(item.record.url, 'https://x.test/a');
  });

  test('a headline alone is an article with an empty body; an empty text without a headline is an error', async () => {
    const [titled, bare] = await all(jsonlRecords(['{"id":"t","title":"Harbour bridge shut","text":""}\n{"id":"e","text":"  "}\n']));
    assert.ok(titled && 'record' in titled);
    assert.equal(titled.record.text, '');
    assert.equal(titled.record.title, 'Harbour bridge shut');
    assert.ok(bare && 'error' in bare);
    assert.match(bare.error.message, /"text" is empty/);
  });

  test('streams 10,000 lines lazily: the source is read only as far as the consumer has got', async () => {
    let produced = 0;
    async function* source(): AsyncGenerator<Buffer> {
      for (let i = 1; i <= 10_000; i++) {
        produced++;
        yield Buffer.from(i % 1000 === 0 ? `{"id":${i}}\n` : `{"id":${i},"text":"article ${i}"}\n`);
      }
    }
    let records = 0;
    let errors = 0;
    for await (const item of jsonlRecords(source())) {
      // Never more than one line read ahead of what has been handed out.
      assert.ok(produced <= item.line + 1, `read ${produced} lines while at line ${item.line}`);
      if ('record' in item) records++;
      else {
        errors++;
        assert.equal(item.error.message, `stdin:${item.line}: missing "text" and "html" (one of them is needed)`);
        assert.equal(item.id, String(item.line));
      }
    }
    assert.deepEqual([records, errors, produced], [9990, 10, 10_000]);
  });

  test('a line over the default 20 MB limit is skipped without being held, and the batch goes on', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    let held = 0;
    async function* source(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"id":"huge","text":"');
      for (let i = 0; i < 21; i++) {
        held++;
        yield chunk;
      }
      yield Buffer.from('"}\n{"id":"next","text":"fine"}\n');
    }
    const items = await all(jsonlRecords(source(), { input: 'big.jsonl' }));
    assert.equal(held, 21);
    assert.equal(items.length, 2);
    assert.ok('error' in items[0]!);
    assert.equal(items[0].error.message, 'big.jsonl:1: line is 21.0 MB, longer than the 20 MB limit (maxJsonlLineBytes)');
    assert.equal(items[0].error.byteOffset, 0);
    assert.ok('record' in items[1]!);
    assert.equal(items[1].record.id, 'next');
  });
});
