import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Capture } from '../types.ts';
import { makeCapture } from './capture.ts';
import { charsetOf, declaredCharset, decodeCapture } from './decode.ts';
import { CaptureError } from './error.ts';
import { readFileCapture } from './file.ts';
import { DECODE_CASES, encodeCp1251, writeHostileCorpus } from './fixtures/hostile.ts';

describe('decodeCapture on the hostile corpus', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hearsay-capture-'));
    await writeHostileCorpus(dir);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  for (const c of DECODE_CASES) {
    test(`${c.file} → ${'error' in c.expect ? c.expect.error : `${c.expect.encoding.name} from ${c.expect.encoding.from}`}`, async () => {
      const path = join(dir, c.file);
      const capture = await readFileCapture(path);
      if ('error' in c.expect) {
        const err = catchError(() => decodeCapture(capture));
        assert.equal(err.message, `${path}: ${c.expect.error}`);
        assert.equal(err.reason, c.expect.error);
        assert.equal(err.input, path);
        assert.equal(err.byteOffset, c.expect.byteOffset);
      } else {
        const decoded = decodeCapture(capture);
        assert.equal(decoded.text, c.expect.text);
        assert.deepEqual(decoded.encoding, c.expect.encoding);
        assert.deepEqual(
          decoded.messages.map((m) => m.reason),
          c.expect.warnings ?? [],
        );
      }
    });
  }
});

function catchError(fn: () => unknown): CaptureError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof CaptureError, `expected a CaptureError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected a CaptureError');
}

const urlCapture = (bytes: Uint8Array, contentType?: string): Capture =>
  makeCapture(bytes, { kind: 'url', url: 'http://example.test/a', finalUrl: 'http://example.test/b', status: 200 }, contentType);

describe('decodeCapture: where the encoding comes from', () => {
  const page = encodeCp1251('<meta charset="windows-1251"><p>Новости</p>');

  test('the Content-Type charset wins over <meta>', () => {
    const latin = Buffer.from('<meta charset="windows-1251"><p>caf\xe9</p>', 'latin1');
    const decoded = decodeCapture(urlCapture(latin, 'text/html; charset="ISO-8859-1"'));
    assert.equal(decoded.text, '<meta charset="windows-1251"><p>café</p>');
    assert.deepEqual(decoded.encoding, { name: 'windows-1252', from: 'header' });
  });

  test('a BOM wins over the Content-Type charset', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Новости</p>')]);
    assert.deepEqual(decodeCapture(urlCapture(bytes, 'text/html; charset=windows-1251')).encoding, { name: 'utf-8', from: 'bom' });
  });

  test('<meta> is used when the header has no charset', () => {
    const decoded = decodeCapture(urlCapture(page, 'text/html'));
    assert.equal(decoded.text, '<meta charset="windows-1251"><p>Новости</p>');
    assert.deepEqual(decoded.encoding, { name: 'windows-1251', from: 'meta' });
  });

  test('<meta> is not looked for in plain text', () => {
    const err = catchError(() => decodeCapture(urlCapture(page, 'text/plain')));
    assert.equal(err.message, 'http://example.test/b: invalid UTF-8 at byte 32');
  });

  test('<meta> beyond the scan window is not seen', () => {
    const late = Buffer.concat([Buffer.from(`<!-- ${'x'.repeat(100)} -->`), page]);
    const err = catchError(() => decodeCapture(urlCapture(late, 'text/html'), { charsetScanBytes: 50 }));
    assert.equal(err.reason, 'invalid UTF-8 at byte 141');
  });

  test('an unknown header charset falls back with a warning', () => {
    const decoded = decodeCapture(urlCapture(Buffer.from('<p>ok</p>'), 'text/html; charset=bogus'));
    assert.deepEqual(decoded.encoding, { name: 'utf-8', from: 'default' });
    assert.deepEqual(decoded.messages, [
      { reason: 'unknown charset "bogus" declared in the Content-Type header; ignored', rule: 'capture:unknown-charset', severity: 'warning' },
    ]);
  });

  test('a wrong declared encoding is named in the error', () => {
    const err = catchError(() => decodeCapture(urlCapture(Buffer.from([0x61, 0xff, 0x62]), 'text/plain; charset=utf-8')));
    assert.equal(err.message, 'http://example.test/b: invalid UTF-8 at byte 1 (as declared by the Content-Type header)');
  });

  test('gb18030 and UTF-16 without truncation decode', () => {
    const gb = Buffer.from('d6d0cec4', 'hex'); // 中文
    assert.equal(decodeCapture(urlCapture(gb, 'text/plain; charset=gb18030')).text, '中文');
  });

  test('truncated UTF-16 is reported at the start of the incomplete unit', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le'), Buffer.from([0x63])]);
    const err = catchError(() => decodeCapture(makeCapture(bytes, { kind: 'stdin' })));
    assert.equal(err.message, 'stdin: truncated UTF-16LE at byte 6 (as declared by the byte-order mark); the input ends mid-character');
  });

  test('already decoded JSONL text is returned as is', () => {
    const capture = makeCapture(Buffer.from('{}'), { kind: 'jsonl', path: 'b.jsonl', line: 3 });
    capture.decoded = 'Body';
    assert.deepEqual(decodeCapture(capture), { text: 'Body', encoding: { name: 'utf-8', from: 'json' }, messages: [] });
    capture.decoded = ' ';
    assert.equal(catchError(() => decodeCapture(capture)).message, 'b.jsonl:3: empty');
  });
});

describe('charset declarations', () => {
  test('charsetOf reads quoted and bare parameters', () => {
    assert.equal(charsetOf('text/html; charset=UTF-8'), 'UTF-8');
    assert.equal(charsetOf('text/html;charset="koi8-r"; foo=bar'), 'koi8-r');
    assert.equal(charsetOf('text/html'), null);
    assert.equal(charsetOf(undefined), null);
  });

  test('declaredCharset reads meta charset, http-equiv and XML declarations', () => {
    assert.equal(declaredCharset("<head><meta name=x><meta charset='euc-kr'>"), 'euc-kr');
    assert.equal(declaredCharset('<meta content="text/html; charset=big5" http-equiv="content-type">'), 'big5');
    assert.equal(declaredCharset('<?xml version="1.0" encoding="ISO-8859-2"?><rss>'), 'ISO-8859-2');
    assert.equal(declaredCharset('<meta http-equiv="refresh" content="0; charset=koi8-r">'), null);
    assert.equal(declaredCharset('<p>no meta</p>'), null);
  });
});
