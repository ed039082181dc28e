// Every connection here is to a server on 127.0.0.1 started by the test. The test proxy forwards
// only to 127.0.0.1 (whatever name or address it is asked for), and names like "news.test" are
// answered by an injected resolver, never by DNS.
import assert from 'node:assert/strict';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import { blockedAddressReason } from './address.ts';
import { DEFAULT_USER_AGENT, fetchUrl, type FetchOptions } from './fetch.ts';
import { connectAuthority, noProxy, parseProxy, proxySetting } from './proxy.ts';

const PAGE = '<!doctype html><p>Ambassador said</p>';

interface Seen {
  method: string;
  url: string;
  host: string;
  auth: string | null;
}
const proxySeen: Seen[] = [];
const targetSeen: { url: string; host: string; ua: string }[] = [];
const hellos: Buffer[] = [];
let proxyMode: 'open' | 'deny-connect' | 'need-auth' = 'open';
const NEEDED_AUTH = `Basic ${Buffer.from('ann:s:cret').toString('base64')}`;

let target: http.Server;
let tlsTarget: net.Server;
let proxyServer: http.Server;
let port: number;
let tlsPort: number;
let proxyPort: number;
let proxyUrl: string;

const portOf = (s: net.Server): number => (s.address() as AddressInfo).port;
const listen = (s: net.Server): Promise<void> => new Promise((resolve) => s.listen(0, '127.0.0.1', resolve));

before(async () => {
  target = http.createServer((req, res) => {
    targetSeen.push({ url: req.url ?? '', host: req.headers.host ?? '', ua: req.headers['user-agent'] ?? '' });
    if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    else if (req.url === '/r') res.writeHead(302, { location: '/page' }).end();
    else if (req.url === '/to-evil') res.writeHead(302, { location: `http://evil.test:${port}/page` }).end();
    else if (req.url === '/big') res.writeHead(200).end('x'.repeat(5000));
    else res.writeHead(404).end();
  });
  // Stands in for a TLS server: records the ClientHello, then hangs up (no certificate to offer).
  tlsTarget = net.createServer((socket) => {
    socket.once('data', (chunk: Buffer) => {
      hellos.push(chunk);
      socket.destroy();
    });
    socket.on('error', () => {});
  });
  proxyServer = http.createServer((req, res) => {
    proxySeen.push({ method: req.method ?? '', url: req.url ?? '', host: req.headers.host ?? '', auth: req.headers['proxy-authorization'] ?? null });
    if (proxyMode === 'need-auth' && req.headers['proxy-authorization'] !== NEEDED_AUTH) return void res.writeHead(407, { 'proxy-authenticate': 'Basic' }).end();
    const to = new URL(req.url ?? '');
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    const up = http.request({ host: '127.0.0.1', port: Number(to.port), path: `${to.pathname}${to.search}`, method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    up.on('error', () => res.writeHead(502).end());
    up.end();
  });
  proxyServer.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    proxySeen.push({ method: 'CONNECT', url: req.url ?? '', host: req.headers.host ?? '', auth: req.headers['proxy-authorization'] ?? null });
    client.on('error', () => {});
    if (proxyMode === 'deny-connect') return void client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    if (proxyMode === 'need-auth' && req.headers['proxy-authorization'] !== NEEDED_AUTH) return void client.end('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n');
    const upstream = net.connect(Number(/:(\d+)$/.exec(req.url ?? '')?.[1]), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
  });
  await Promise.all([listen(target), listen(tlsTarget), listen(proxyServer)]);
  port = portOf(target);
  tlsPort = portOf(tlsTarget);
  proxyPort = portOf(proxyServer);
  proxyUrl = `http://127.0.0.1:${proxyPort}`;
});
after(() => {
  target.closeAllConnections();
  proxyServer.closeAllConnections();
  target.close();
  tlsTarget.close();
  proxyServer.close();
});
beforeEach(() => {
  proxySeen.length = 0;
  targetSeen.length = 0;
  hellos.length = 0;
  proxyMode = 'open';
});

/** Only 127.0.0.1 is allowed, everything else by the default rules. */
const onlyThisHost = (address: string): string | null => (address === '127.0.0.1' ? null : blockedAddressReason(address));
const newsTest: Pick<FetchOptions, 'addressPolicy' | 'resolve'> = { addressPolicy: onlyThisHost, resolve: async () => [{ address: '127.0.0.1', family: 4 }] };

describe('fetchUrl through a proxy', () => {
  test('an http: target is asked of the proxy by absolute URI, with the Host and user agent of the target', async () => {
    const capture = await fetchUrl(`http://news.test:${port}/page#frag`, { ...newsTest, proxy: proxyUrl });
    assert.equal(Buffer.from(capture.bytes).toString(), PAGE);
    assert.deepEqual(capture.origin, { kind: 'url', url: `http://news.test:${port}/page#frag`, finalUrl: `http://news.test:${port}/page#frag`, status: 200 });
    assert.deepEqual(proxySeen, [{ method: 'GET', url: `http://news.test:${port}/page`, host: `news.test:${port}`, auth: null }]);
    assert.deepEqual(targetSeen, [{ url: '/page', host: `news.test:${port}`, ua: DEFAULT_USER_AGENT }]);
  });

  test('redirects go through the proxy too, each hop vetted first', async () => {
    const capture = await fetchUrl(`http://news.test:${port}/r`, { ...newsTest, proxy: proxyUrl });
    assert.equal(capture.origin.kind === 'url' && capture.origin.finalUrl, `http://news.test:${port}/page`);
    assert.deepEqual(proxySeen.map((s) => s.url), [`http://news.test:${port}/r`, `http://news.test:${port}/page`]);
    const resolve = async (host: string) => [{ address: host === 'evil.test' ? '10.0.0.7' : '127.0.0.1', family: 4 }];
    proxySeen.length = 0;
    await assert.rejects(fetchUrl(`http://news.test:${port}/to-evil`, { addressPolicy: onlyThisHost, resolve, proxy: proxyUrl }), {
      message: `http://news.test:${port}/to-evil: redirect to http://evil.test:${port}/page refused: evil.test resolves to 10.0.0.7, not a public address (private); private networks are off limits unless allowed`,
      code: 'blocked-address',
    });
    assert.deepEqual(proxySeen.map((s) => s.url), [`http://news.test:${port}/to-evil`]);
  });

  test('a private target is refused before the proxy is contacted', async () => {
    await assert.rejects(fetchUrl(`http://127.0.0.1:${port}/page`, { proxy: proxyUrl }), {
      message: `http://127.0.0.1:${port}/page: refused: 127.0.0.1 is not a public address (loopback); private networks are off limits unless allowed`,
      code: 'blocked-address',
    });
    await assert.rejects(fetchUrl(`https://intranet.test:${tlsPort}/`, { proxy: proxyUrl, resolve: async () => [{ address: '192.168.1.20', family: 4 }] }), {
      message: `https://intranet.test:${tlsPort}/: refused: intranet.test resolves to 192.168.1.20, not a public address (private); private networks are off limits unless allowed`,
    });
    assert.deepEqual(proxySeen, []);
    assert.deepEqual(targetSeen, []);
  });

  test('an https: target is reached by CONNECT to the vetted address, with the name as SNI', async () => {
    await assert.rejects(fetchUrl(`https://news.test:${tlsPort}/page`, { ...newsTest, proxy: proxyUrl }), {
      message: `https://news.test:${tlsPort}/page: connection reset (through proxy ${proxyUrl})`,
      code: 'network',
    });
    assert.deepEqual(proxySeen, [{ method: 'CONNECT', url: `127.0.0.1:${tlsPort}`, host: `127.0.0.1:${tlsPort}`, auth: null }]);
    assert.equal(hellos.length, 1);
    assert.equal(hellos[0]![0], 0x16, 'a TLS handshake record came through the tunnel');
    assert.ok(hellos[0]!.includes('news.test'), 'the ClientHello names the host (SNI)');
  });

  test('a refused CONNECT names the proxy, the address and the status', async () => {
    proxyMode = 'deny-connect';
    await assert.rejects(fetchUrl(`https://news.test:${tlsPort}/page`, { ...newsTest, proxy: proxyUrl }), {
      message: `https://news.test:${tlsPort}/page: proxy ${proxyUrl} refused CONNECT to 127.0.0.1:${tlsPort} with status 403 Forbidden`,
      code: 'proxy',
    });
    assert.deepEqual(hellos, []);
  });

  test('credentials in the proxy URL are sent as Proxy-Authorization, never to the target or in messages', async () => {
    proxyMode = 'need-auth';
    const withAuth = `http://ann:s%3Acret@127.0.0.1:${proxyPort}`;
    await fetchUrl(`http://news.test:${port}/page`, { ...newsTest, proxy: withAuth });
    assert.equal(proxySeen[0]!.auth, NEEDED_AUTH);
    await assert.rejects(fetchUrl(`https://news.test:${tlsPort}/page`, { ...newsTest, proxy: withAuth }), { message: /connection reset \(through proxy http:\/\/127\.0\.0\.1:\d+\)$/ });
    assert.deepEqual(proxySeen.map((s) => [s.method, s.auth]), [['GET', NEEDED_AUTH], ['CONNECT', NEEDED_AUTH]]);
    await assert.rejects(fetchUrl(`http://news.test:${port}/page`, { ...newsTest, proxy: proxyUrl }), {
      message: `http://news.test:${port}/page: proxy ${proxyUrl} refused the request with status 407 (proxy authentication required)`,
      code: 'proxy',
    });
    await assert.rejects(fetchUrl(`https://news.test:${tlsPort}/page`, { ...newsTest, proxy: `http://ann:wrong@127.0.0.1:${proxyPort}` }), {
      message: `https://news.test:${tlsPort}/page: proxy ${proxyUrl} refused CONNECT to 127.0.0.1:${tlsPort} with status 407 Proxy Authentication Required`,
    });
  });

  test('byte and redirect limits apply unchanged', async () => {
    await assert.rejects(fetchUrl(`http://news.test:${port}/big`, { ...newsTest, proxy: proxyUrl, limits: { maxFetchBytes: 4096 } }), {
      message: `http://news.test:${port}/big: too large: more than 4 KB (limit maxFetchBytes)`,
    });
    await assert.rejects(fetchUrl(`http://news.test:${port}/r`, { ...newsTest, proxy: proxyUrl, limits: { maxRedirects: 0 } }), {
      message: `http://news.test:${port}/r: too many redirects (more than 0; limit maxRedirects)`,
    });
  });

  test('the time limit covers a proxy that never answers', async () => {
    const silent = net.createServer((socket) => socket.on('error', () => {}));
    await listen(silent);
    try {
      for (const url of [`http://news.test:${port}/page`, `https://news.test:${tlsPort}/page`]) {
        await assert.rejects(fetchUrl(url, { ...newsTest, proxy: `http://127.0.0.1:${portOf(silent)}`, limits: { fetchTimeoutMs: 100 } }), {
          message: `${url}: timed out after 100 ms (limit fetchTimeoutMs)`,
          code: 'timeout',
        });
      }
    } finally {
      silent.close();
    }
  });

  test('an unreachable or malformed proxy is named, without its credentials', async () => {
    const closed = net.createServer();
    await listen(closed);
    const closedPort = portOf(closed);
    await new Promise((resolve) => closed.close(resolve));
    await assert.rejects(fetchUrl(`http://news.test:${port}/page`, { ...newsTest, proxy: `http://u:p@127.0.0.1:${closedPort}` }), {
      message: `http://news.test:${port}/page: cannot reach proxy http://127.0.0.1:${closedPort}: connection refused (127.0.0.1:${closedPort})`,
      code: 'proxy',
    });
    await assert.rejects(fetchUrl(`https://news.test:${tlsPort}/page`, { ...newsTest, proxy: `127.0.0.1:${closedPort}` }), {
      message: `https://news.test:${tlsPort}/page: cannot reach proxy http://127.0.0.1:${closedPort}: connection refused (127.0.0.1:${closedPort})`,
    });
    await assert.rejects(fetchUrl(`http://news.test:${port}/page`, { ...newsTest, proxy: 'socks5://u:p@127.0.0.1:1080' }), {
      message: `http://news.test:${port}/page: proxy: only http:// proxies are supported (got socks5://127.0.0.1:1080)`,
      code: 'proxy',
    });
    assert.deepEqual(targetSeen, []);
  });

  test("proxy: 'env' reads HTTP_PROXY / HTTPS_PROXY and NO_PROXY", async () => {
    const names = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY'];
    const saved = names.map((n) => [n, process.env[n]] as const);
    try {
      for (const n of names) delete process.env[n];
      process.env.HTTP_PROXY = proxyUrl;
      await fetchUrl(`http://news.test:${port}/page`, { ...newsTest, proxy: 'env' });
      assert.deepEqual(proxySeen.map((s) => s.url), [`http://news.test:${port}/page`]);
      process.env.NO_PROXY = 'example.org, .test';
      await fetchUrl(`http://news.test:${port}/page`, { ...newsTest, proxy: 'env' });
      assert.equal(proxySeen.length, 1, 'NO_PROXY: straight to the target');
      assert.equal(targetSeen.length, 2);
      process.env.HTTPS_PROXY = proxyUrl;
      await assert.rejects(fetchUrl(`https://secure.example:${tlsPort}/`, { ...newsTest, proxy: 'env' }), { code: 'network' });
      assert.deepEqual(proxySeen.at(-1), { method: 'CONNECT', url: `127.0.0.1:${tlsPort}`, host: `127.0.0.1:${tlsPort}`, auth: null });
    } finally {
      for (const [n, v] of saved) {
        if (v === undefined) delete process.env[n];
        else process.env[n] = v;
      }
    }
  });
});

describe('proxy settings', () => {
  test('parseProxy reads host, port and Basic credentials', () => {
    assert.deepEqual(parseProxy('http://proxy.example:3128'), { host: 'proxy.example', port: 3128, display: 'http://proxy.example:3128' });
    assert.deepEqual(parseProxy('proxy.example:8080'), { host: 'proxy.example', port: 8080, display: 'http://proxy.example:8080' });
    assert.deepEqual(parseProxy('http://[::1]'), { host: '::1', port: 80, display: 'http://[::1]' });
    assert.equal(parseProxy('http://a%40b:p%20w@p.example:1').authorization, `Basic ${Buffer.from('a@b:p w').toString('base64')}`);
    assert.throws(() => parseProxy('https://p.example'), { message: 'only http:// proxies are supported (got https://p.example)' });
    assert.throws(() => parseProxy('http://u:secret@p.example:1/path'), { message: 'proxy URL must be http://[user:pass@]host:port, without a path: http://p.example:1/path' });
    assert.throws(() => parseProxy('http://u:secret@'), { message: 'not a valid proxy URL: http://' });
  });

  test('proxySetting: an explicit proxy for everything; env by scheme, lower case first, minus NO_PROXY', () => {
    const http1 = new URL('http://news.example/a');
    const https1 = new URL('https://news.example/a');
    assert.equal(proxySetting(http1, undefined, { HTTP_PROXY: 'http://p:1' }), null);
    assert.equal(proxySetting(https1, 'http://q:2', {}), 'http://q:2');
    const env = { HTTP_PROXY: 'http://upper:1', http_proxy: 'http://lower:1', HTTPS_PROXY: 'http://secure:2' };
    assert.equal(proxySetting(http1, 'env', env), 'http://lower:1');
    assert.equal(proxySetting(https1, 'env', env), 'http://secure:2');
    assert.equal(proxySetting(https1, 'env', { HTTP_PROXY: 'http://p:1' }), null, 'HTTP_PROXY is not used for https:');
    assert.equal(proxySetting(http1, 'env', { ...env, NO_PROXY: 'news.example' }), null);
    assert.equal(proxySetting(http1, 'env', { ...env, http_proxy: '' }), 'http://upper:1');
  });

  test('noProxy matches hosts, domains, IP addresses, ports and *', () => {
    const at = (u: string, list: string) => noProxy(new URL(u), list);
    assert.equal(at('http://a.example.org/', 'example.org'), true);
    assert.equal(at('http://example.org/', '.example.org'), true);
    assert.equal(at('http://badexample.org/', 'example.org'), false);
    assert.equal(at('http://x.example/', 'a.test, *'), true);
    assert.equal(at('http://10.1.2.3/', '10.1.2.3'), true);
    assert.equal(at('http://10.1.2.30/', '10.1.2.3'), false);
    assert.equal(at('http://[::1]:8080/', '[::1]:8080'), true);
    assert.equal(at('https://example.org/', 'example.org:443'), true);
    assert.equal(at('http://example.org/', 'example.org:443'), false);
    assert.equal(at('http://example.org/', ''), false);
  });

  test('connectAuthority brackets IPv6 and fills in the default port', () => {
    assert.equal(connectAuthority('93.184.216.34', new URL('https://example.org/')), '93.184.216.34:443');
    assert.equal(connectAuthority('2606:2800::1', new URL('https://example.org:8443/')), '[2606:2800::1]:8443');
  });
});
