// `hearsay serve`: open the workspace, build the app, listen (127.0.0.1 by default) until killed.
import { serve } from '@hono/node-server';
import { open } from '../cli/workspace.ts';
import { createApp } from './app.ts';
import { isLoopback, newToken } from './security.ts';

export interface ServeOptions {
  db: string;
  port: string;
  host: string;
  token?: string;
  allowPrivate?: boolean;
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
  let app;
  try {
    app = createApp(ws, { host: opts.host, ...(token ? { token } : {}), allowPrivate: Boolean(opts.allowPrivate) });
  } catch (e) {
    ws.close();
    if (!(e instanceof TypeError)) throw e;
    process.stderr.write(`hearsay: ${e.message}\n`);
    return 2;
  }
  return new Promise<number>((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: opts.host, port }, (info) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      const url = `http://${host}:${info.port}/`;
      process.stdout.write(`hearsay: serving ${opts.db} at ${url}\n`);
      if (token) process.stdout.write(`token: ${token}\n  API: Authorization: Bearer <token>\n  page: ${url}#token=${token}\n`);
    });
    server.on('error', (e) => {
      process.stderr.write(`hearsay: ${e.message}\n`);
      ws.close();
      resolve(1);
    });
    const stop = () => server.close(() => (ws.close(), resolve(0)));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
