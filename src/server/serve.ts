// `hearsay serve`: open the workspace, build the app, listen (127.0.0.1 by default) until killed.
import type { AddressInfo } from 'node:net';
import { userInfo } from 'node:os';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { open } from '../cli/workspace.ts';
import { createApp, defaultSearchWorkers } from './app.ts';
import { isLoopback, newToken } from './security.ts';

export interface ServeOptions {
  db: string;
  port: string;
  host: string;
  token?: string;
  allowPrivate?: boolean;
}

/** Listen on host:port (0: any free port); resolves with the server and its URL once it listens. */
export function listen(app: Hono, host: string, port: number): Promise<{ server: ServerType; url: string }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      const h = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({ server, url: `http://${h}:${info.port}/` });
    });
    server.once('error', reject);
  });
}

function osUser(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}

export async function runServe(opts: ServeOptions): Promise<number> {
  const port = /^\d{1,5}$/.test(opts.port) ? Number(opts.port) : -1;
  if (port < 0 || port > 65535) {
    process.stderr.write(`hearsay: --port must be a whole number from 0 to 65535, not "${opts.port}"\n`);
    return 2;
  }
  // A token is generated when the host is not loopback and none was given: the API is never open to a network.
  const token = opts.token ?? (isLoopback(opts.host) ? undefined : newToken());
  const ws = open(opts.db, { command: 'serve', allowPrivate: Boolean(opts.allowPrivate) });
  let server: ServerType;
  try {
    // On loopback the one user is the OS user, who makes a correction unless it names someone; off
    // loopback each correction must say who made it.
    const user = isLoopback(opts.host) ? osUser() : undefined;
    const app = createApp(ws, { host: opts.host, ...(token ? { token } : {}), ...(user ? { user } : {}), allowPrivate: Boolean(opts.allowPrivate), searchWorkers: defaultSearchWorkers() });
    const { server: s, url } = await listen(app, opts.host, port);
    server = s;
    process.stdout.write(`hearsay: serving ${opts.db} at ${url}\n`);
    if (token) process.stdout.write(`token: ${token}\n  API: Authorization: Bearer <token>\n  page: ${url}#token=${token}\n`);
  } catch (e) {
    ws.close();
    if (!(e instanceof Error) || !(e instanceof TypeError || 'code' in e)) throw e;
    process.stderr.write(`hearsay: ${e.message}\n`);
    return 2;
  }
  return new Promise<number>((resolve) => {
    const stop = () => {
      server.close(() => (ws.close(), resolve(0)));
      // Idle keep-alive connections would hold the close for seconds; requests in flight still finish.
      if ('closeIdleConnections' in server) server.closeIdleConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
