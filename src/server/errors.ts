// Every error leaves as JSON `{ status, message }`. HTTPException carries the status and a message meant
// for the client; store misuse maps to 400/404; anything else is a bug: logged here, never sent (no stack).
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { StoreError } from '../store/index.ts';

export interface ErrorBody {
  status: number;
  message: string;
}

export const fail = (status: ContentfulStatusCode, message: string): never => {
  throw new HTTPException(status, { message });
};

export function onError(err: Error, c: Context, log: (e: unknown) => void = console.error): Response {
  let status: ContentfulStatusCode = 500;
  let message = 'internal error';
  if (err instanceof HTTPException) {
    status = err.status as ContentfulStatusCode;
    message = err.message || 'error';
  } else if (err instanceof StoreError && (err.code === 'not-found' || err.code === 'bad-query')) {
    status = err.code === 'not-found' ? 404 : 400;
    message = err.message;
  } else log(err);
  const headers: Record<string, string> = status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {};
  return c.json({ status, message } satisfies ErrorBody, status, headers);
}

export const notFound = (c: Context): Response => c.json({ status: 404, message: `no route ${c.req.method} ${new URL(c.req.url).pathname}` } satisfies ErrorBody, 404);
