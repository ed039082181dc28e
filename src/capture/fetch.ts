// Fetching a page over HTTP(S) without letting a hostile URL reach the machine's own network.
//
// Every hop (the first request and each redirect, followed by hand) is checked AFTER name resolution,
// and the connection goes to exactly the addresses that were checked: http.request gets a `lookup`
// that answers only with them, so a DNS server cannot answer "public" to the check and "private" to
// the connection (DNS rebinding). Size is limited on the wire and again after decompression; time
// is limited for the whole fetch, redirects included.
//
// Through an HTTP proxy (`proxy`, or 'env' for HTTPS_PROXY / HTTP_PROXY / NO_PROXY), the target is
// still resolved and vetted HERE first; an https: target is reached by `CONNECT <vetted IP>:<port>`
// and TLS to the name over that tunnel, an http: target by asking the proxy for the absolute URI.
// The proxy's own address is the user's choice and is never refused (see proxy.ts).
//
// Not supported yet: cookies, and request methods other than GET. A final status outside 2xx is an
// error, not a capture.

import { promises as dns } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { createRequire } from 'node:module';
import type { LookupFunction, Socket } from 'node:net';
import tls from 'node:tls';
import type { Capture } from '../types.ts';
import { blockedAddressReason, ipLiteral } from './address.ts';
import { makeCapture, tooLarge } from './capture.ts';
import { decompressBody } from './decompress.ts';
import { CaptureError } from './error.ts';
import { resolveLimits, type CaptureLimits } from './limits.ts';
import { connectAuthority, parseProxy, proxySetting, type Proxy } from './proxy.ts';

const version = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
export const DEFAULT_USER_AGENT = `hearsay/${version} (+offline news provenance tool)`;

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface FetchOptions {
  /** Allow private, loopback and other non-public addresses. Off by default. */
  allowPrivate?: boolean;
  limits?: Partial<CaptureLimits>;
  userAgent?: string;
  /**
   * An HTTP proxy, `http://[user:pass@]host:port`, or 'env' to take it from https_proxy / HTTPS_PROXY
   * (https: targets), http_proxy / HTTP_PROXY (http: targets) and no_proxy / NO_PROXY. The proxy's own
   * address is not checked against the address policy; the target's still is, before the proxy is contacted.
   */
  proxy?: string;
  /** Why an address must not be reached, or null to allow it. Default: blockedAddressReason (or allow all with allowPrivate). */
  addressPolicy?: (address: string) => string | null;
  /** Name resolution. Default: dns.lookup with all: true (the system resolver, /etc/hosts included). */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  signal?: AbortSignal;
}

const UNLESS = '; private networks are off limits unless allowed';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const systemResolve = async (hostname: string): Promise<ResolvedAddress[]> => dns.lookup(hostname, { all: true, verbatim: true });

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** Fetch a URL into a Capture: the (decompressed) body bytes, status, final URL and Content-Type. */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Capture> {
  const limits = resolveLimits(options.limits);
  const policy = options.addressPolicy ?? (options.allowPrivate ? () => null : blockedAddressReason);
  const resolve = options.resolve ?? systemResolve;
  const headers = {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
    'accept-encoding': 'gzip, deflate, br',
  };
  const fail = (reason: string, code: CaptureError['code'], cause?: unknown): CaptureError =>
    new CaptureError(reason, { input: url, code, cause });

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.fetchTimeoutMs);
  const onOuterAbort = (): void => controller.abort();
  options.signal?.addEventListener('abort', onOuterAbort);
  if (options.signal?.aborted) controller.abort();
  const signal = controller.signal;
  // Anything that is not a CaptureError, and anything at all once the clock has run out, reads as a
  // timeout, an abort or a network error of this URL.
  const asCaptureError = (err: unknown): CaptureError => {
    if (timedOut) return fail(`timed out after ${formatMs(limits.fetchTimeoutMs)} (limit fetchTimeoutMs)`, 'timeout', err);
    if (err instanceof CaptureError) return err;
    if (signal.aborted) return fail('aborted', 'network', err);
    return fail(networkReason(err), 'network', err);
  };

  try {
    let current = httpUrl(url, url, fail);
    for (let redirects = 0; ; redirects++) {
      const hop = redirects === 0 ? '' : `redirect to ${current.href} `;
      const proxy = proxyFor(current, options.proxy, (reason) => fail(hop + reason, 'proxy'));
      const addresses = await vet(current, policy, resolve, signal, (reason, code) => fail(hop + reason, code));
      const res = proxy
        ? await sendViaProxy(current, addresses, headers, signal, proxy, (reason, code, cause) => fail(hop + reason, code, cause))
        : await send(current, addresses, headers, signal);
      const status = res.statusCode ?? 0;
      if (proxy && status === 407) {
        res.destroy();
        throw fail(`${hop}proxy ${proxy.display} refused the request with status 407 (proxy authentication required)`, 'proxy');
      }
      const location = res.headers.location;
      if (REDIRECTS.has(status) && location) {
        res.destroy();
        if (redirects >= limits.maxRedirects) throw fail(`too many redirects (more than ${limits.maxRedirects}; limit maxRedirects)`, 'too-many-redirects');
        current = httpUrl(new URL(location, current).href, url, fail, `redirect to `);
        continue;
      }
      if (status < 200 || status > 299) {
        res.destroy();
        throw fail(`HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}${hop ? ` (after ${hop.trim()})` : ''}`, 'http-status');
      }
      const raw = await readRaw(res, limits.maxFetchBytes, () => fail(tooLargeReason(limits.maxFetchBytes), 'too-large'));
      const body = await decompressBody(raw, res.headers['content-encoding'], limits.maxFetchBytes, (reason, code) => fail(reason, code));
      const capture = makeCapture(body, { kind: 'url', url, finalUrl: current.href, status }, res.headers['content-type']);
      return capture;
    }
  } catch (err) {
    throw asCaptureError(err);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}

function tooLargeReason(limit: number): string {
  return tooLarge('', limit, 'maxFetchBytes').reason;
}

function httpUrl(href: string, input: string, fail: (r: string, c: CaptureError['code']) => CaptureError, prefix = ''): URL {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    throw fail(`${prefix}not a valid URL: ${href}`, 'bad-url');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw fail(`${prefix}${href === input ? '' : `${href}: `}only http and https URLs can be fetched (got ${u.protocol})`, 'bad-url');
  }
  return u;
}

/** The addresses this URL's host may be reached at; all of them pass the policy, or none is used. */
async function vet(
  url: URL,
  policy: (address: string) => string | null,
  resolve: (hostname: string) => Promise<ResolvedAddress[]>,
  signal: AbortSignal,
  fail: (reason: string, code: CaptureError['code']) => CaptureError,
): Promise<ResolvedAddress[]> {
  const literal = ipLiteral(url.hostname);
  if (literal) {
    const reason = policy(literal.address);
    if (reason) throw fail(`refused: ${literal.address} is not a public address (${reason})${UNLESS}`, 'blocked-address');
    return [literal];
  }
  let found: ResolvedAddress[];
  try {
    found = await abortable(resolve(url.hostname), signal);
  } catch (err) {
    if (signal.aborted) throw err;
    throw fail(`cannot resolve ${url.hostname}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 'dns');
  }
  if (found.length === 0) throw fail(`cannot resolve ${url.hostname}: no addresses`, 'dns');
  for (const { address } of found) {
    const reason = policy(address);
    if (reason) throw fail(`refused: ${url.hostname} resolves to ${address}, not a public address (${reason})${UNLESS}`, 'blocked-address');
  }
  return found;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(new Error('aborted'));
    const onAbort = (): void => reject(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function send(url: URL, addresses: ResolvedAddress[], headers: Record<string, string>, signal: AbortSignal): Promise<IncomingMessage> {
  // Connect only to the vetted addresses, whatever the resolver would say now.
  const lookup = ((_hostname: string, opts: { all?: boolean }, callback: (...args: unknown[]) => void): void => {
    if (opts.all) callback(null, addresses.map((a) => ({ address: a.address, family: a.family })));
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  }) as unknown as LookupFunction;
  return new Promise((resolve, reject) => {
    const transport = url.protocol === 'https:' ? https : http;
    // agent: false, so a pooled socket to some earlier address is never reused.
    const req = transport.request(url, { method: 'GET', headers, agent: false, signal, lookup }, resolve);
    req.on('error', reject);
    req.end();
  });
}

function proxyFor(url: URL, option: string | undefined, fail: (reason: string) => CaptureError): Proxy | null {
  const setting = proxySetting(url, option);
  if (!setting) return null;
  try {
    return parseProxy(setting);
  } catch (err) {
    throw fail(`proxy: ${(err as Error).message}`);
  }
}

/** Headers the target itself gets when the request is not made with http.request(url). */
function targetHeaders(url: URL, headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { ...headers, host: url.host };
  if (url.username || url.password) {
    out.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
  }
  return out;
}

/**
 * http: the absolute URI to the proxy. https: CONNECT to the first vetted address (never the name, so
 * the proxy cannot resolve it differently), then TLS with the name as SNI and for the certificate check.
 */
function sendViaProxy(
  url: URL,
  addresses: ResolvedAddress[],
  headers: Record<string, string>,
  signal: AbortSignal,
  proxy: Proxy,
  fail: (reason: string, code: CaptureError['code'], cause?: unknown) => CaptureError,
): Promise<IncomingMessage> {
  const proxyHeaders: Record<string, string> = proxy.authorization ? { 'proxy-authorization': proxy.authorization } : {};
  const toProxy = { host: proxy.host, port: proxy.port, agent: false as const, signal };
  const unreachable = (err: unknown): unknown => (signal.aborted ? err : fail(`cannot reach proxy ${proxy.display}: ${networkReason(err)}`, 'proxy', err));
  const path = `${url.pathname}${url.search}`;
  if (url.protocol === 'http:') {
    return new Promise((resolve, reject) => {
      const absolute = `${url.protocol}//${url.host}${path}`;
      const req = http.request({ ...toProxy, method: 'GET', path: absolute, headers: { ...targetHeaders(url, headers), ...proxyHeaders } }, resolve);
      req.on('error', (err) => reject(unreachable(err)));
      req.end();
    });
  }
  return new Promise((resolve, reject) => {
    const authority = connectAuthority(addresses[0]!.address, url);
    const connect = http.request({ ...toProxy, method: 'CONNECT', path: authority, headers: { host: authority, ...proxyHeaders } });
    connect.on('connect', (res: IncomingMessage, socket: Socket, head: Buffer) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        const text = `${res.statusCode}${res.statusMessage ? ` ${res.statusMessage}` : ''}`;
        return reject(fail(`proxy ${proxy.display} refused CONNECT to ${authority} with status ${text}`, 'proxy'));
      }
      if (head.length) socket.unshift(head);
      const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
      // SNI only for names (an IP address is not a valid server name); the certificate is checked against `host`.
      const secure = tls.connect({ socket, host: hostname, ...(ipLiteral(url.hostname) ? {} : { servername: hostname }), ALPNProtocols: ['http/1.1'] });
      const req = http.request({ method: 'GET', path, headers: targetHeaders(url, headers), signal, createConnection: () => secure }, resolve);
      req.on('error', (err) => reject(signal.aborted ? err : fail(`${networkReason(err)} (through proxy ${proxy.display})`, 'network', err)));
      req.end();
    });
    connect.on('error', (err) => reject(unreachable(err)));
    connect.end();
  });
}

async function readRaw(res: IncomingMessage, maxBytes: number, tooBig: () => CaptureError): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw tooBig();
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      res.destroy();
      throw tooBig();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

function networkReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException & { address?: string; port?: number };
  const at = e.address ? ` (${e.address}${e.port ? `:${e.port}` : ''})` : '';
  switch (e.code) {
    case 'ECONNREFUSED':
      return `connection refused${at}`;
    case 'ECONNRESET':
      return `connection reset${at}`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `host unreachable${at}`;
    default:
      return `network error: ${e.message}`;
  }
}
