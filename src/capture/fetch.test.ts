// Every request here goes to a server on 127.0.0.1 started by the test; names like "news.test" are
// answered by an injected resolver, never by DNS.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { blockedAddressReason } from './address.ts';
import { DEFAULT_USER_AGENT, fetchUrl, type FetchOptions } from './fetch.ts';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

const PAGE = '<!doctype html><p>Ambassador said</p>';
const routes = new Map<string, Handler>();
const seen: { url: string; host: string; ua: string }[] = [];
let server: http.Server;
let base: string;
let port: number;

before(async () => {
  server = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', host: req.headers.host ?? '', ua: req.headers['user-agent'] ?? '' });
    const handler = routes.get(req.url ?? '') ?? ((_q, r) => r.writeHead(404, 'Not Found').end('no'));
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  const redirect = (to: string, status = 302): Handler => (_q, r) => r.writeHead(status, { location: to }).end();
  routes.set('/page', (_q, r) => r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE));
  routes.set('/r1', redirect('/r2', 301));
  routes.set('/r2', redirect(`http://127.0.0.1:${port}/r3`, 307));
  routes.set('/r3', redirect('page?x=1', 303));
  routes.set('/page?x=1', (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
  routes.set('/loop', redirect('/loop'));
  routes.set('/to-file', redirect('file:///etc/passwd'));
  routes.set('/to-ipv6-loopback', redirect(`http://[::1]:${port}/page`));
  routes.set('/to-evil', redirect(`http://evil.test:${port}/page`));
  routes.set('/to-hex', redirect(`http://0x7f000001:${port}/page`));
  routes.set('/declared-big', (_q, r) => r.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000)));
  routes.set('/chunked-big', (_q, r) => {
    r.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 50; i++) r.write('y'.repeat(100));
    r.end();
  });
  const encoded = (encoding: string, body: Buffer): Handler => (_q, r) => r.writeHead(200, { 'content-encoding': encoding }).end(body);
  routes.set('/gzip', encoded('gzip', gzipSync(PAGE)));
  routes.set('/deflate', encoded('deflate', deflateSync(PAGE)));
  routes.set('/deflate-raw', encoded('deflate', deflateRawSync(PAGE)));
  routes.set('/br', encoded('br', brotliCompressSync(PAGE)));
  routes.set('/gzip-then-br', encoded('gzip, br', brotliCompressSync(gzipSync(PAGE))));
  routes.set('/bomb', encoded('gzip', gzipSync(Buffer.alloc(1_000_000))));
  routes.set('/broken-gzip', encoded('gzip', Buffer.from('not gzip at all')));
  routes.set('/zstd', encoded('zstd', Buffer.from('whatever')));
  routes.set('/silent', () => {}); // never answers
  routes.set('/stall', (_q, r) => r.writeHead(200).write('partial')); // headers, then nothing
  routes.set('/gone', (_q, r) => r.writeHead(410, 'Gone').end());
  routes.set('/to-gone', redirect('/gone'));
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const local: FetchOptions = { allowPrivate: true };
/** Only 127.0.0.1 is allowed, everything else by the default rules: redirects can then be refused. */
const onlyThisHost = (address: string): string | null => (address === '127.0.0.1' ? null : blockedAddressReason(address));

describe('fetchUrl', () => {
  test('returns the body bytes, hash, status, final URL and Content-Type', async () => {
    seen.length = 0;
    const capture = await fetchUrl(`${base}/page`, local);
    assert.equal(Buffer.from(capture.bytes).toString(), PAGE);
    assert.equal(capture.sha256, createHash('sha256').update(PAGE).digest('hex'));
    assert.deepEqual(capture.origin, { kind: 'url', url: `${base}/page`, finalUrl: `${base}/page`, status: 200 });
    assert.equal(capture.contentType, 'text/html; charset=utf-8');
    assert.match(capture.capturedAt, /^\d{4}-\d{2}-\d{2}T/);
    assert.equal(seen[0]!.ua, DEFAULT_USER_AGENT);
    assert.equal(DEFAULT_USER_AGENT, 'hearsay/0.1.0 (+offline news provenance tool)');
  });

  test('resolves localhost through the system resolver when private addresses are allowed', async () => {
    const capture = await fetchUrl(`http://localhost:${port}/page`, local);
    assert.equal(Buffer.from(capture.bytes).toString(), PAGE);
    await assert.rejects(fetchUrl(`http://localhost:${port}/page`), { code: 'blocked-address' });
  });

  test('sends a configured user agent', async () => {
    seen.length = 0;
    await fetchUrl(`${base}/page`, { ...local, userAgent: 'desk-bot/2' });
    assert.equal(seen[0]!.ua, 'desk-bot/2');
  });

  test('follows a redirect chain (relative, absolute, 301/307/303)', async () => {
    const capture = await fetchUrl(`${base}/r1`, local);
    assert.deepEqual(capture.origin, { kind: 'url', url: `${base}/r1`, finalUrl: `${base}/page?x=1`, status: 200 });
  });

  test('stops after maxRedirects', async () => {
    await assert.rejects(fetchUrl(`${base}/loop`, local), { message: `${base}/loop: too many redirects (more than 5; limit maxRedirects)`, code: 'too-many-redirects' });
    await assert.rejects(fetchUrl(`${base}/r1`, { ...local, limits: { maxRedirects: 2 } }), { message: `${base}/r1: too many redirects (more than 2; limit maxRedirects)` });
    await fetchUrl(`${base}/r1`, { ...local, limits: { maxRedirects: 3 } });
  });

  test('decodes gzip, deflate (zlib and raw), br and stacked encodings', async () => {
    for (const path of ['/gzip', '/deflate', '/deflate-raw', '/br', '/gzip-then-br']) {
      const capture = await fetchUrl(`${base}${path}`, local);
      assert.equal(Buffer.from(capture.bytes).toString(), PAGE, path);
    }
  });

  test('refuses bodies over the limit, declared, streamed or decompressed', async () => {
    const limits = { maxFetchBytes: 4096 };
    await assert.rejects(fetchUrl(`${base}/declared-big`, { ...local, limits }), { message: `${base}/declared-big: too large: more than 4 KB (limit maxFetchBytes)`, code: 'too-large' });
    await assert.rejects(fetchUrl(`${base}/chunked-big`, { ...local, limits }), { message: `${base}/chunked-big: too large: more than 4 KB (limit maxFetchBytes)` });
    await assert.rejects(fetchUrl(`${base}/bomb`, { ...local, limits: { maxFetchBytes: 100_000 } }), {
      message: `${base}/bomb: too large: more than 100000 bytes after gzip decompression (limit maxFetchBytes)`,
    });
    assert.equal((await fetchUrl(`${base}/chunked-big`, { ...local, limits: { maxFetchBytes: 5000 } })).bytes.length, 5000);
  });

  test('reports bad and unknown encodings', async () => {
    await assert.rejects(fetchUrl(`${base}/broken-gzip`, local), { message: `${base}/broken-gzip: cannot decompress the gzip body: incorrect header check` });
    await assert.rejects(fetchUrl(`${base}/zstd`, local), { message: `${base}/zstd: unsupported Content-Encoding "zstd"` });
  });

  test('times out on a silent server and on a stalled body', async () => {
    const limits = { fetchTimeoutMs: 100 };
    await assert.rejects(fetchUrl(`${base}/silent`, { ...local, limits }), { message: `${base}/silent: timed out after 100 ms (limit fetchTimeoutMs)`, code: 'timeout' });
    await assert.rejects(fetchUrl(`${base}/stall`, { ...local, limits }), { message: `${base}/stall: timed out after 100 ms (limit fetchTimeoutMs)` });
  });

  test('a caller signal aborts the fetch', async () => {
    const controller = new AbortController();
    const pending = fetchUrl(`${base}/silent`, { ...local, signal: controller.signal });
    setImmediate(() => controller.abort());
    await assert.rejects(pending, { message: `${base}/silent: aborted` });
  });

  test('reports HTTP errors and closed ports', async () => {
    await assert.rejects(fetchUrl(`${base}/gone`, local), { message: `${base}/gone: HTTP 410 Gone`, code: 'http-status' });
    await assert.rejects(fetchUrl(`${base}/to-gone`, local), { message: `${base}/to-gone: HTTP 410 Gone (after redirect to ${base}/gone)` });
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await assert.rejects(fetchUrl(`http://127.0.0.1:${closedPort}/`, local), {
      message: `http://127.0.0.1:${closedPort}/: connection refused (127.0.0.1:${closedPort})`,
      code: 'network',
    });
  });

  test('refuses other schemes, also as a redirect target', async () => {
    await assert.rejects(fetchUrl('file:///etc/passwd', local), { message: 'file:///etc/passwd: only http and https URLs can be fetched (got file:)', code: 'bad-url' });
    await assert.rejects(fetchUrl('not a url', local), { message: 'not a url: not a valid URL: not a url' });
    await assert.rejects(fetchUrl(`${base}/to-file`, local), { message: `${base}/to-file: redirect to file:///etc/passwd: only http and https URLs can be fetched (got file:)` });
  });
});

describe('fetchUrl address checks', () => {
  test('refuses a loopback address without allowPrivate, before connecting', async () => {
    seen.length = 0;
    await assert.rejects(fetchUrl(`${base}/page`), {
      message: `${base}/page: refused: 127.0.0.1 is not a public address (loopback); private networks are off limits unless allowed`,
      code: 'blocked-address',
    });
    await assert.rejects(fetchUrl(`http://0x7f.1:${port}/page`), { message: `http://0x7f.1:${port}/page: refused: 127.0.0.1 is not a public address (loopback); private networks are off limits unless allowed` });
    assert.equal(seen.length, 0);
  });

  test('re-checks every redirect: one to ::1 is refused', async () => {
    seen.length = 0;
    await assert.rejects(fetchUrl(`${base}/to-ipv6-loopback`, { addressPolicy: onlyThisHost }), {
      message: `${base}/to-ipv6-loopback: redirect to http://[::1]:${port}/page refused: ::1 is not a public address (loopback); private networks are off limits unless allowed`,
    });
    assert.deepEqual(seen.map((s) => s.url), ['/to-ipv6-loopback']);
  });

  test('re-checks every redirect after resolution: a name resolving to a private address is refused', async () => {
    seen.length = 0;
    const asked: string[] = [];
    const resolve = async (host: string) => (asked.push(host), [{ address: '10.0.0.7', family: 4 }]);
    await assert.rejects(fetchUrl(`${base}/to-evil`, { addressPolicy: onlyThisHost, resolve }), {
      message: `${base}/to-evil: redirect to http://evil.test:${port}/page refused: evil.test resolves to 10.0.0.7, not a public address (private); private networks are off limits unless allowed`,
      code: 'blocked-address',
    });
    assert.deepEqual(asked, ['evil.test']);
    assert.equal(seen.length, 1);
  });

  test('a redirect to a numeric form of an allowed address is followed', async () => {
    const capture = await fetchUrl(`${base}/to-hex`, { addressPolicy: onlyThisHost });
    assert.equal(capture.origin.kind === 'url' && capture.origin.finalUrl, `${base}/page`);
  });

  test('refuses a name when any of its addresses is private', async () => {
    const resolve = async () => [{ address: '127.0.0.1', family: 4 }, { address: '::ffff:192.168.0.9', family: 6 }];
    await assert.rejects(fetchUrl(`http://mixed.test:${port}/page`, { addressPolicy: onlyThisHost, resolve }), {
      message: `http://mixed.test:${port}/page: refused: mixed.test resolves to ::ffff:192.168.0.9, not a public address (IPv4-mapped private); private networks are off limits unless allowed`,
    });
  });

  test('connects to the vetted address, not whatever the name resolves to later', async () => {
    seen.length = 0;
    let calls = 0;
    // A rebinding resolver: public-looking first, private afterwards. Only the first answer is used.
    const resolve = async () => (calls++ === 0 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.0.0.1', family: 4 }]);
    const capture = await fetchUrl(`http://news.test:${port}/page`, { addressPolicy: onlyThisHost, resolve });
    assert.equal(Buffer.from(capture.bytes).toString(), PAGE);
    assert.equal(calls, 1);
    assert.deepEqual(seen, [{ url: '/page', host: `news.test:${port}`, ua: DEFAULT_USER_AGENT }]);
  });

  test('reports names that do not resolve', async () => {
    const resolve = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.test'), { code: 'ENOTFOUND' });
    };
    await assert.rejects(fetchUrl('http://nowhere.test/', { resolve }), { message: 'http://nowhere.test/: cannot resolve nowhere.test: ENOTFOUND', code: 'dns' });
    await assert.rejects(fetchUrl('http://empty.test/', { resolve: async () => [] }), { message: 'http://empty.test/: cannot resolve empty.test: no addresses' });
  });
});
