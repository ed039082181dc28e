// Who may talk to the server. Loopback with no token: only requests addressed to a loopback name (so a
// web page cannot reach the API by re-pointing its own host name at 127.0.0.1, "DNS rebinding"). Any
// other host: a bearer token on every request, compared in constant time. Headers that keep a browser
// from sniffing JSON into HTML or running anything but the page's own script. No CORS headers at all.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { fail } from './errors.ts';

export const MIN_TOKEN_LENGTH = 16;

/** 32 random bytes, base64url: what `hearsay serve` prints when it needs a token and none was given. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Loopback names and addresses: localhost, 127.0.0.0/8, ::1 (with or without brackets). */
export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Equal digests compared with timingSafeEqual: the time taken says nothing about the token. */
export function tokenMatches(given: string, token: string): boolean {
  return timingSafeEqual(digest(given), digest(token));
}

/** Bearer token on every request when there is one; otherwise loopback Host names only. */
export function access(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token === undefined) {
      if (!isLoopback(new URL(c.req.url).hostname)) fail(403, 'this server answers requests to localhost only');
    } else if (new URL(c.req.url).pathname !== '/') {
      // The page at / holds no data (it reads the token from its own URL fragment and asks the API), so
      // a browser can open it; everything else needs the token.
      const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
      if (!m) fail(401, 'a bearer token is required (Authorization: Bearer <token>)');
      if (!tokenMatches(m![1]!, token)) fail(401, 'wrong token');
    }
    await next();
  };
}

export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Set on every response, errors included (hence after next(), on whatever response was made). */
export function secureHeaders(csp: (path: string) => string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Content-Security-Policy', csp(new URL(c.req.url).pathname));
    c.res.headers.set('Referrer-Policy', 'no-referrer');
    c.res.headers.set('X-Frame-Options', 'DENY');
    c.res.headers.set('Cache-Control', 'no-store');
  };
}
