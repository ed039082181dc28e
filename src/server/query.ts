// Reading path and query parameters strictly: a malformed value or an unknown parameter is a 400 that
// names it, so a typo ("minIndependant") is never silently ignored.
import type { Context } from 'hono';
import { fail } from './errors.ts';

/** A workspace id from the path: digits only. */
export function idParam(c: Context, name = 'id'): string {
  const v = c.req.param(name) ?? '';
  if (!/^[1-9]\d{0,15}$/.test(v)) fail(400, `${name} must be a positive whole number, not "${v.slice(0, 40)}"`);
  return v;
}

/** The query's parameters, refusing any not in `allowed` and any given twice. */
export function queryOf(c: Context, allowed: readonly string[]): Record<string, string | undefined> {
  const all = c.req.queries();
  const out: Record<string, string | undefined> = {};
  for (const [k, vs] of Object.entries(all)) {
    if (!allowed.includes(k)) fail(400, `unknown query parameter "${k.slice(0, 40)}"; known: ${allowed.join(', ') || 'none'}`);
    if (vs.length > 1) fail(400, `query parameter "${k}" given more than once`);
    out[k] = vs[0];
  }
  return out;
}

export function wholeNumber(name: string, v: string | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{1,15}$/.test(v) || Number(v) > max) fail(400, `${name} must be a whole number from 0 to ${max}, not "${v.slice(0, 40)}"`);
  return Number(v);
}
