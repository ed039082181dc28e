// `npm run fuzz`: property-based fuzzing (fast-check) of every reader of hostile input. Random and
// mutated bytes must give a result or a CaptureError: never another exception, a hang or unbounded
// memory. Each target runs in its own worker with a heap limit and a watchdog, so a synchronous
// infinite loop or a runaway allocation is caught and reported with the input that caused it.
//   npm run fuzz                          all targets, 2000 cases each, a random seed (printed)
//   npm run fuzz -- --runs 500 --seed 42 --target warc --timeout 5000 --max-heap 512
// The same targets run in `npm test` with a fixed seed and few cases (src/capture/fuzz.test.ts).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { makeCapture } from '../src/capture/capture.ts';
import { decodeCapture } from '../src/capture/decode.ts';
import { CaptureError } from '../src/capture/error.ts';
import { readFeed } from '../src/capture/feed.ts';
import { DECODE_CASES, jsonlBatch } from '../src/capture/fixtures/hostile.ts';
import { gunzipBounded } from '../src/capture/gzip.ts';
import { jsonlRecords } from '../src/capture/jsonl.ts';
import { readSources, type SourceItem } from '../src/capture/sources.ts';
import { readWacz } from '../src/capture/wacz.ts';
import { normalizeDigest } from '../src/capture/warc-digest.ts';
import { buildWarc, sampleRecords } from '../src/capture/warc-fixtures.ts';
import { httpPayload, parseHttpHead } from '../src/capture/warc-http.ts';
import { readWarc } from '../src/capture/warc.ts';
import { buildZip } from '../src/capture/zip-fixtures.ts';
import { extractHtml } from '../src/extract/index.ts';

// Small limits, so that limit paths are reached by small inputs and every case stays cheap.
const LIMITS = { maxRecordBytes: 64 * 1024, maxHeaderBytes: 4096, maxDecompressedBytes: 4 * 1024 * 1024, ratioFloorBytes: 256 * 1024, maxFeedItems: 50, maxZipEntries: 50 };

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const RSS = utf8('<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>D</title><item><title>A &amp; B</title><link>https://d.example/1</link><description>&lt;p&gt;s&lt;/p&gt;</description><content:encoded><![CDATA[<p>Full.</p>]]></content:encoded><pubDate>Wed, 18 Feb 2015 10:00:00 GMT</pubDate></item></channel></rss>');
const ATOM = utf8('<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><entry><title>T</title><link href="https://w.example/1"/><content type="xhtml"><div><p>Hi <b>x</b></p></div></content><summary type="html">&lt;p&gt;s&lt;/p&gt;</summary></entry></feed>');
const HTML = utf8('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Envoy</title><meta property="og:site_name" content="Daily"></head><body><article><h1>Envoy speaks</h1><p>The ambassador said, "It is true," according to <a href="/x">Reuters</a>.</p><p>Officials denied it.</p></article></body></html>');
const PLAIN_WARC = new Uint8Array(buildWarc(sampleRecords(), 'none'));
const WACZ = (warc: Uint8Array): Uint8Array =>
  new Uint8Array(buildZip([{ name: 'pages/pages.jsonl', data: '{"url":"https://news.example/envoy","title":"T"}\n', method: 'deflate' }, { name: 'archive/a.warc.gz', data: warc }, { name: 'archive/b.warc', data: PLAIN_WARC, method: 'deflate' }]));

/** Tokens that matter to the formats: inserting them reaches deeper paths than random bytes. */
const TOKENS = ['WARC/1.1\r\n', 'Content-Length: 99999999\r\n', 'Content-Length: -1\r\n', '\r\n\r\n', 'WARC-Type: response\r\n', 'HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n', 'Transfer-Encoding: chunked\r\n', 'ffffffff\r\n', '<!DOCTYPE x [<!ENTITY a "&b;"><!ENTITY b "bb">]>', '&a;', '&#x110000;', '<![CDATA[', ']]>', '<entry>', '<item>', '<meta charset="shift_jis">', '\uFEFF', '\u0000', '{"id":1,"html":"<p>x</p>"}\n'].map(utf8);

type Edit = { op: 'set' | 'insert' | 'delete' | 'truncate' | 'token' | 'repeat'; at: number; n: number; bytes?: Uint8Array };

function applyEdits(seed: Uint8Array, edits: Edit[]): Uint8Array {
  let b = Buffer.from(seed);
  for (const e of edits) {
    const at = b.length ? e.at % (b.length + 1) : 0;
    if (e.op === 'set' && at < b.length) b[at] = e.n & 0xff;
    else if (e.op === 'insert') b = Buffer.concat([b.subarray(0, at), e.bytes!, b.subarray(at)]);
    else if (e.op === 'token') b = Buffer.concat([b.subarray(0, at), TOKENS[e.n % TOKENS.length]!, b.subarray(at)]);
    else if (e.op === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + (e.n % 64) + 1)]);
    else if (e.op === 'truncate') b = b.subarray(0, at);
    else if (e.op === 'repeat') b = Buffer.concat([b.subarray(0, at), ...Array<Buffer>(1 + (e.n % 50)).fill(b.subarray(at, at + 32)), b.subarray(at)]);
  }
  return new Uint8Array(b);
}

const edit: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom('set', 'insert', 'delete', 'truncate', 'token', 'repeat'),
  at: fc.nat(),
  n: fc.nat(),
  bytes: fc.uint8Array({ maxLength: 16 }),
}) as fc.Arbitrary<Edit>;

/** Mostly seeds with a few edits; sometimes plain random bytes. */
export function hostileBytes(seeds: Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2048 }) },
    { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 6 })).map(([s, e]) => applyEdits(s, e)) },
  );
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** Items must be well-formed, and there must be a bounded number of them. */
async function drain(items: AsyncIterable<SourceItem> | Iterable<SourceItem>): Promise<number> {
  let n = 0;
  for await (const item of items) {
    if (++n > 100_000) throw new Error('more than 100,000 items from one small input');
    if ('error' in item) {
      if (!(item.error instanceof CaptureError)) throw new Error(`error item that is not a CaptureError: ${String(item.error)}`);
    } else if ('capture' in item) {
      if (!(item.capture.bytes instanceof Uint8Array) || !/^[0-9a-f]{64}$/.test(item.capture.sha256)) throw new Error('malformed capture');
      if (Number.isNaN(Date.parse(item.capture.capturedAt))) throw new Error(`capture time is not a date: ${item.capture.capturedAt}`);
    } else if (!('revisit' in item)) throw new Error('item that is neither capture, revisit nor error');
  }
  return n;
}

export interface FuzzTarget {
  name: string;
  input: fc.Arbitrary<Uint8Array>;
  /** Resolves for a result, throws a CaptureError for refused input; anything else is a finding. */
  run: (bytes: Uint8Array) => Promise<unknown>;
}

let scratch: string | null = null;
const scratchDir = (): string => (scratch ??= mkdtempSync(join(tmpdir(), 'hearsay-fuzz-')));
export const cleanupFuzz = (): void => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = null;
};

export const TARGETS: FuzzTarget[] = [
  { name: 'warc', input: hostileBytes([PLAIN_WARC, new Uint8Array(buildWarc(sampleRecords(), 'record'))]), run: (b) => drain(readWarc(once(b), 'f.warc', { limits: LIMITS })) },
  {
    name: 'warc-gz-structure', // mutate the plain WARC, then compress: reaches the parser through gunzip
    input: fc.tuple(hostileBytes([PLAIN_WARC]), fc.boolean()).map(([b, whole]) => new Uint8Array(buildWarc([Buffer.from(b)], whole ? 'file' : 'record'))),
    run: (b) => drain(readWarc(once(b), 'f.warc.gz', { limits: LIMITS })),
  },
  { name: 'wacz', input: hostileBytes([WACZ(new Uint8Array(buildWarc(sampleRecords())))]), run: (b) => drain(readWacz(b, 'f.wacz', { limits: LIMITS })) },
  {
    name: 'wacz-structure',
    input: hostileBytes([PLAIN_WARC]).map((w) => WACZ(w)),
    run: (b) => drain(readWacz(b, 'f.wacz', { limits: LIMITS })),
  },
  { name: 'feed', input: hostileBytes([RSS, ATOM]), run: (b) => drain(readFeed(makeCapture(b, { kind: 'file', path: 'f.xml' }, 'application/xml'), 'f.xml', { limits: LIMITS })) },
  {
    name: 'gunzip',
    input: hostileBytes([new Uint8Array(buildWarc(sampleRecords(), 'record'))]),
    run: async (b) => {
      for await (const _ of gunzipBounded(once(b), 'f.gz', { maxDecompressedBytes: 1 << 20, maxCompressionRatio: 100, ratioFloorBytes: 1 << 16 }));
    },
  },
  {
    name: 'http-payload',
    input: hostileBytes([utf8('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\n5\r\nhello\r\n0\r\n\r\n')]),
    run: async (b) => {
      const block = Buffer.from(b);
      const head = parseHttpHead(block, 4096);
      if (head && head !== 'too-long') await httpPayload(block.subarray(head.length), head.headers, 1 << 20, (r, c) => new CaptureError(r, { input: 'x', code: c }));
      normalizeDigest(block.subarray(0, 80).toString('latin1'));
    },
  },
  { name: 'decodeCapture', input: hostileBytes([HTML, ...DECODE_CASES.map((c) => c.bytes).filter((b) => b.length > 0)]), run: async (b) => decodeCapture(makeCapture(b, { kind: 'file', path: 'f.html' }, undefined)) },
  { name: 'jsonl', input: hostileBytes([new Uint8Array(jsonlBatch())]), run: async (b) => { for await (const _ of jsonlRecords([b], { input: 'f.jsonl', limits: { maxJsonlLineBytes: 4096 } })); } },
  {
    name: 'extractHtml',
    input: hostileBytes([HTML]),
    run: async (b) => {
      const article = extractHtml(Buffer.from(b).toString('latin1'), { id: 'f', url: 'https://x.example/a' });
      for (const s of [...article.paragraphs, ...article.links.map((l) => l.span)]) {
        if (!(s.start >= 0 && s.start <= s.end && s.end <= article.text.length)) throw new Error(`span ${s.start}-${s.end} outside the text (${article.text.length})`);
      }
    },
  },
  sourcesTarget(),
];

function sourcesTarget(): FuzzTarget {
  const names = ['a.html', 'a.xml', 'a.warc', 'a.warc.gz', 'a.wacz', 'a.jsonl', 'noext'];
  let i = 0;
  return {
    name: 'sources',
    input: fc.tuple(hostileBytes([RSS, HTML, PLAIN_WARC]), fc.nat(names.length - 1)).map(([b, n]) => new Uint8Array(Buffer.concat([Buffer.from([n]), b]))),
    run: async (tagged) => {
      const path = join(scratchDir(), `${i++ % 4}-${names[tagged[0]! % names.length]}`);
      writeFileSync(path, tagged.subarray(1));
      return drain(readSources([path], { limits: LIMITS, offline: true }));
    },
  };
}

/**
 * Findings already reported to the code's owner. `npm run fuzz` counts them and goes on, so that one
 * known bug does not hide the next; `npm test` keeps them visible (see src/capture/fuzz.test.ts).
 */
export const KNOWN_FINDINGS: { target: string; error: RegExp; note: string }[] = [];

export interface FuzzResult {
  target: string;
  cases: number;
  /** Cases that hit a known finding (only when known findings are tolerated). */
  known?: number;
  ms: number;
  finding?: { error: string; input: Uint8Array; seed: number; path: string };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result after ${ms} ms (hang)`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Run one target; a finding is the first failing case, shrunk to a small input. */
export async function fuzzTarget(
  target: FuzzTarget,
  numRuns: number,
  seed: number,
  timeoutMs: number,
  onCase?: (bytes: Uint8Array) => void,
  shrink = true,
  tolerateKnown = false,
): Promise<FuzzResult> {
  let cases = 0;
  let known = 0;
  const knownHere = tolerateKnown ? KNOWN_FINDINGS.filter((k) => k.target === target.name) : [];
  const t0 = performance.now();
  const property = fc.asyncProperty(target.input, async (bytes) => {
    cases++;
    onCase?.(bytes);
    try {
      await withTimeout(target.run(bytes), timeoutMs);
    } catch (err) {
      if (err instanceof CaptureError) return;
      if (knownHere.some((k) => k.error.test(String((err as Error)?.message)))) {
        known++;
        return;
      }
      throw err;
    }
  });
  const details = await fc.check(property, { numRuns, seed, maxSkipsPerRun: 0, endOnFailure: !shrink });
  const result: FuzzResult = { target: target.name, cases, ms: performance.now() - t0 };
  if (known) result.known = known;
  if (details.failed && details.counterexample) {
    const error = details.errorInstance instanceof Error ? `${details.errorInstance.name}: ${details.errorInstance.message}` : String(details.errorInstance);
    result.finding = { error, input: details.counterexample[0], seed: details.seed, path: details.counterexamplePath ?? '' };
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// The command: one worker per target, with a heap limit and a watchdog for synchronous hangs.

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const runs = option('runs', 2000);
  const seed = option('seed', Math.floor(Math.random() * 2 ** 31));
  const timeoutMs = option('timeout', 5000);
  const maxHeapMb = option('max-heap', 512);
  const only = process.argv.includes('--target') ? process.argv[process.argv.indexOf('--target') + 1] : undefined;
  const targets = TARGETS.filter((t) => !only || t.name === only);
  console.log(`fuzz: ${targets.length} targets, ${runs} cases each, seed ${seed}, ${timeoutMs} ms per case, ${maxHeapMb} MB heap per worker`);
  let findings = 0;
  let total = 0;
  for (const target of targets) {
    const r = await inWorker(target.name, runs, seed, timeoutMs, maxHeapMb);
    total += r.cases;
    const line = `${r.target.padEnd(18)} ${String(r.cases).padStart(6)} cases ${(r.ms / 1000).toFixed(1).padStart(6)} s`;
    const knownNote = r.known ? `  (${r.known} cases hit a known finding: ${KNOWN_FINDINGS.find((k) => k.target === r.target)?.note})` : '';
    if (!r.finding) {
      console.log(`${line}  ok${knownNote}`);
      continue;
    }
    findings++;
    const file = join(tmpdir(), `hearsay-fuzz-${r.target}-${r.finding.seed}.bin`);
    writeFileSync(file, r.finding.input);
    console.log(`${line}  FINDING: ${r.finding.error}\n${' '.repeat(20)}input (${r.finding.input.length} bytes) saved to ${file}; replay: --target ${r.target} --seed ${r.finding.seed}`);
  }
  console.log(`${total} cases, ${findings} finding${findings === 1 ? '' : 's'}`);
  process.exitCode = findings ? 1 : 0;
}

// Workers do not get tsx from --import on Node 20: register it, then load this file as the worker.
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;

function inWorker(name: string, runs: number, seed: number, timeoutMs: number, maxHeapMb: number): Promise<FuzzResult> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { name, runs, seed, timeoutMs }, resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
    let last: Uint8Array = new Uint8Array(0);
    let cases = 0;
    let lastSeen = performance.now();
    let done = false;
    const finish = (r: FuzzResult): void => {
      if (done) return;
      done = true;
      clearInterval(watchdog);
      void worker.terminate();
      resolve(r);
    };
    const stuck = (error: string): FuzzResult => ({ target: name, cases, ms: performance.now() - t0, finding: { error, input: last, seed, path: '' } });
    // A synchronous loop never lets the worker's own timer fire: watch it from here.
    const watchdog = setInterval(() => {
      if (performance.now() - lastSeen > timeoutMs * 4) finish(stuck(`worker stuck for ${timeoutMs * 4} ms on one case (synchronous hang)`));
    }, 250);
    worker.on('message', (m: { case?: Uint8Array; result?: FuzzResult }) => {
      lastSeen = performance.now();
      if (m.case) (last = m.case), cases++;
      if (m.result) finish(m.result);
    });
    worker.on('error', (err) => finish(stuck(`worker died: ${err.message}${(err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? ' (unbounded memory)' : ''}`)));
    worker.on('exit', () => finish(stuck('worker exited without a result')));
  });
}

if (!isMainThread && workerData?.name) {
  const { name, runs, seed, timeoutMs } = workerData as { name: string; runs: number; seed: number; timeoutMs: number };
  const target = TARGETS.find((t) => t.name === name)!;
  const result = await fuzzTarget(target, runs, seed, timeoutMs, (bytes) => parentPort!.postMessage({ case: bytes }), true, true);
  cleanupFuzz();
  parentPort!.postMessage({ result });
} else if (isMainThread && process.argv[1] === fileURLToPath(import.meta.url)) {
  await main();
}
