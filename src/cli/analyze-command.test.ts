import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runAnalyze } from './analyze-command.ts';

const BIN = fileURLToPath(new URL('../../bin/hearsay.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../fixtures/articles/', import.meta.url));

function hearsay(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: input ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const TEXT = 'Councillor Brigitte Aumont said the authority had "missed every deadline it ever set," and critics agreed.';

test('jsonl on stdin: one output line per input line, offsets into the input text, errors in place', () => {
  const input = [
    JSON.stringify({ id: 'a1', text: TEXT, extra: 'ignored' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 7, text: 'Officials said the bridge would open in May.' }),
    JSON.stringify({ id: 'h1', html: '<html><body><article><p>The ministry said on Monday that the reservoir was safe and that inspections would continue every month.</p></article></body></html>' }),
  ].join('\n');
  const r = hearsay(['analyze', '--format', 'jsonl'], input);
  assert.equal(r.status, 1, 'a bad record makes the exit status say so');
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['a1', 'stdin:2', '7', 'h1']);
  assert.match(lines[1].error, /stdin:2/);
  assert.match(r.stderr, /stdin:2/);
  const [first] = lines;
  assert.ok(first.attributions.length >= 1);
  for (const a of first.attributions) {
    for (const s of [a.source, a.cue, ...a.content].filter(Boolean)) assert.equal(TEXT.slice(s.start, s.end), s.text);
  }
  const aumont = first.attributions.find((a: { source: { text: string } | null }) => a.source?.text.includes('Aumont'));
  assert.ok(aumont, 'the named source is found');
  assert.equal(aumont.cue.text, 'said');
  assert.equal(aumont.speaker.name, 'Brigitte Aumont');
  assert.equal(first.text, undefined, 'plain text input is not echoed');
  assert.equal(typeof lines[3].text, 'string', 'html input carries the extracted text its offsets refer to');
  assert.ok(lines[3].text.startsWith('The ministry said'));
});

test('an html file: terminal view names the title, the attributions and the cited outlet', () => {
  const r = hearsay(['analyze', join(FIXTURES, 'harbour-ledger-reservoir.html')]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Minister says reservoir operator ignored warnings/);
  assert.match(r.stdout, /Tomas Vereker/);
  assert.match(r.stdout, /Ashgrove Courier/);
  assert.doesNotMatch(r.stdout, /not article text/);
  assert.doesNotMatch(r.stdout, /\u001b\[/, 'no colour when piped');
});

test('json output for a text file keeps offsets verbatim', () => {
  const r = hearsay(['analyze', '--format', 'json', '--include-text', join(FIXTURES, 'northwire-bridge.txt')]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.ok(out.attributions.length >= 4);
  for (const a of out.attributions) for (const s of [a.source, a.cue, ...a.content].filter(Boolean)) assert.equal(out.text.slice(s.start, s.end), s.text);
  assert.ok(out.attributions.some((a: { speaker: { anonymous: boolean } | null }) => a.speaker?.anonymous));
});

test('bad files get a clear error naming the file and what is wrong; other inputs still run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-cli-'));
  const bad = join(dir, 'bad.txt');
  writeFileSync(bad, Buffer.from([0x54, 0x68, 0x65, 0x20, 0xff, 0xfe, 0x20, 0x61]));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const r = hearsay(['analyze', '--format', 'jsonl', bad, join(dir, 'missing.html'), empty, join(FIXTURES, 'northwire-bridge.txt')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /bad\.txt: invalid UTF-8 at byte 4/);
  assert.match(r.stderr, /missing\.html: no such file/);
  assert.match(r.stderr, /empty\.txt: empty/);
  const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
  assert.equal(ids.length, 4);
});

test('text that is not English is marked and not analysed with English rules', () => {
  const fr = 'Le ministre a déclaré mardi que le barrage avait été ouvert sans avertissement, selon plusieurs témoins. Les habitants demandent une enquête indépendante sur la gestion des eaux.';
  const r = hearsay(['analyze', '--format', 'jsonl'], JSON.stringify({ id: 'fr', text: fr }));
  const out = JSON.parse(r.stdout);
  assert.equal(out.language.code, 'fra');
  assert.equal(out.language.english, false);
  assert.deepEqual(out.attributions, []);
  assert.ok(out.messages.some((m: { rule: string }) => m.rule === 'analyze:not-english'));
});

test('usage errors exit 2', () => {
  assert.equal(hearsay(['analyze', '--format', 'xml']).status, 2);
});

test('--limit sets a capture limit by name; an unknown name or a bad value is a usage error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-cli-'));
  const file = join(dir, 'article.txt');
  writeFileSync(file, 'Officials said the bridge would open in May.');
  const r = hearsay(['analyze', '--limit', 'maxFileBytes=10', file]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `hearsay: ${file}: too large: 44 bytes, more than 10 bytes (limit maxFileBytes)\n`);
  assert.equal(hearsay(['analyze', '--limit', 'maxFileBytes=100', '--limit', 'maxRecords=5', file]).status, 0, 'archive limits are accepted and later --limit flags add up');
  const unknown = hearsay(['analyze', '--limit', 'nope=1', file]);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown limit `nope`; known limits: maxFileBytes, /);
  assert.equal(hearsay(['analyze', '--limit', 'maxFileBytes=-1', file]).status, 2);
  assert.equal(hearsay(['analyze', '--limit', 'toString=1', file]).status, 2);
  assert.equal(hearsay(['analyze', '--limit', 'maxFileBytes', file]).status, 2);
  assert.equal(hearsay(['analyze', '--max-redirects', 'many', file]).status, 2);
});

test('ingest takes the same --limit option', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-cli-'));
  const file = join(dir, 'article.txt');
  writeFileSync(file, 'Officials said the bridge would open in May.');
  const db = join(dir, 'ws.db');
  const r = hearsay(['--db', db, 'ingest', '--limit', 'maxFileBytes=10', file]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `hearsay: ${file}: too large: 44 bytes, more than 10 bytes (limit maxFileBytes)\n`);
  assert.equal(hearsay(['--db', db, 'ingest', '--limit', 'nope=1', file]).status, 2);
});

test('analyze sends URL fetches through --proxy with --user-agent, and --max-redirects limits them', async () => {
  // In-process (a spawned CLI would block this test's servers); everything is on 127.0.0.1.
  const target = createServer((req, res) => {
    if (req.url === '/r') return void res.writeHead(302, { location: '/story' }).end();
    res.writeHead(200, { 'content-type': 'text/plain' }).end(TEXT);
  });
  const seen: string[] = [];
  const proxy = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers['user-agent']}`);
    const to = new URL(req.url ?? '');
    request({ host: '127.0.0.1', port: Number(to.port), path: to.pathname, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    }).end();
  });
  const listen = (s: Server) => new Promise<number>((ok) => s.listen(0, '127.0.0.1', () => ok((s.address() as { port: number }).port)));
  const [port, proxyPort] = [await listen(target), await listen(proxy)];
  let out = '';
  let err = '';
  const sink = { write: (s: string) => void (out += s) };
  const errSink = { write: (s: string) => void (err += s) };
  try {
    const opts = { format: 'json' as const, allowPrivate: true, proxy: `http://127.0.0.1:${proxyPort}`, userAgent: 'desk-bot/3', color: false };
    assert.equal(await runAnalyze([`http://127.0.0.1:${port}/story`], opts, sink, errSink), 0, err);
    assert.deepEqual(seen, [`GET http://127.0.0.1:${port}/story desk-bot/3`]);
    assert.ok(JSON.parse(out).attributions.length >= 1);
    assert.equal(await runAnalyze([`http://127.0.0.1:${port}/r`], { ...opts, maxRedirects: 0 }, sink, errSink), 1);
    assert.equal(err, `hearsay: http://127.0.0.1:${port}/r: too many redirects (more than 0; limit maxRedirects)\n`);
  } finally {
    target.closeAllConnections();
    proxy.closeAllConnections();
    target.close();
    proxy.close();
  }
});

test('metadata given with a JSONL record (title, byline, outlet, published) is the article\'s, marked as given', () => {
  const r = hearsay(['analyze', '--format', 'jsonl'], JSON.stringify({ id: 'm1', text: TEXT, title: 'Deadlines missed', byline: 'Ada Lind', outlet: 'Harrow Courier', published: '2026-03-02' }));
  assert.equal(r.status, 0, r.stderr);
  const meta = JSON.parse(r.stdout).meta as Record<string, { value: string; from: string }>;
  for (const [k, v] of Object.entries({ title: 'Deadlines missed', byline: 'Ada Lind', outlet: 'Harrow Courier', published: '2026-03-02' })) {
    assert.equal(meta[k]?.value, v, k);
    assert.equal(meta[k]?.from, 'input', k);
  }
});
