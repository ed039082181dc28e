// Which HTTP proxy a fetch goes through, and how to talk to it.
//
// A proxy is the user's choice: its own address is not checked against the address policy (a proxy
// on 127.0.0.1 or on the office network is the usual case). The TARGET is still checked, by fetchUrl,
// before the proxy hears of it: for https: targets the CONNECT line names the vetted IP address, so
// the proxy cannot resolve the name to something else. For http: targets the request goes to the proxy
// with the absolute URI (the name), as HTTP requires, so the proxy resolves the name itself: the
// target's address is checked here, but a proxy whose DNS disagrees with ours can still reach another
// address. Only http:// proxies are supported (no https:// or SOCKS proxies).

import { ipLiteral } from './address.ts';

export interface Proxy {
  host: string;
  port: number;
  /** The proxy without credentials, for messages: "http://proxy.example:3128". */
  display: string;
  /** "Basic …" for Proxy-Authorization, when the URL carries user:pass. */
  authorization?: string;
}

export type Env = Record<string, string | undefined>;

/** Parse `http://[user:pass@]host[:port]` ("host:port" alone is read as http://). Throws an Error saying what is wrong. */
export function parseProxy(value: string): Proxy {
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    throw new Error(`not a valid proxy URL: ${redact(value)}`);
  }
  if (u.protocol !== 'http:') throw new Error(`only http:// proxies are supported (got ${u.protocol}//${u.host})`);
  if (!u.hostname) throw new Error(`proxy URL has no host: ${redact(value)}`);
  if ((u.pathname !== '/' && u.pathname !== '') || u.search || u.hash) throw new Error(`proxy URL must be http://[user:pass@]host:port, without a path: ${redact(value)}`);
  const port = u.port ? Number(u.port) : 80;
  const proxy: Proxy = { host: u.hostname.replace(/^\[(.*)\]$/, '$1'), port, display: `http://${u.host}` };
  if (u.username || u.password) {
    const credentials = `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`;
    proxy.authorization = `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`;
  }
  return proxy;
}

/** The proxy URL without its credentials, for messages. */
function redact(value: string): string {
  return value.replace(/\/\/[^@/]*@/, '//');
}

const envValue = (env: Env, name: string): string | undefined => env[name.toLowerCase()] || env[name.toUpperCase()] || undefined;

/**
 * The proxy setting for a target: `option` is the caller's `proxy` (a URL, 'env', or undefined for
 * none). With 'env': https_proxy / HTTPS_PROXY for https: targets, http_proxy / HTTP_PROXY for http:
 * targets (lower case first, as curl reads them), none when no_proxy / NO_PROXY matches the host.
 * Returns the proxy URL text to parse, or null for a direct connection.
 */
export function proxySetting(target: URL, option: string | undefined, env: Env = process.env): string | null {
  if (!option) return null;
  if (option !== 'env') return option;
  const value = envValue(env, target.protocol === 'https:' ? 'https_proxy' : 'http_proxy');
  if (!value) return null;
  if (noProxy(target, envValue(env, 'no_proxy') ?? '')) return null;
  return value;
}

/**
 * Whether NO_PROXY excludes this target: entries separated by commas or spaces, `*` for every host,
 * `example.org` or `.example.org` for that domain and its subdomains, an IP address for itself, and an
 * optional `:port` on any of them. CIDR ranges are not supported.
 */
export function noProxy(target: URL, list: string): boolean {
  const host = target.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase().replace(/\.$/, '');
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  for (let entry of list.split(/[\s,]+/)) {
    entry = entry.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    let entryPort = '';
    const withPort = entry.match(/^(\[.*\]|[^:]*):(\d+)$/);
    if (withPort) [, entry, entryPort] = withPort as unknown as [string, string, string];
    entry = entry.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
    if (entryPort && entryPort !== port) continue;
    if (ipLiteral(entry) || ipLiteral(host)) {
      if (entry === host) return true;
      continue;
    }
    const domain = entry.replace(/^\*?\./, '');
    if (host === domain || host.endsWith(`.${domain}`)) return true;
  }
  return false;
}

/** The authority for a CONNECT line: the vetted address (bracketed when IPv6) and the target's port. */
export function connectAuthority(address: string, target: URL): string {
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  return `${address.includes(':') ? `[${address}]` : address}:${port}`;
}
