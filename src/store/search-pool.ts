// Search on worker threads, for the server: better-sqlite3 is synchronous, so a search run on the event
// loop holds every other request until it ends. Each worker opens the workspace file read-only (WAL lets
// readers run beside the one writer and each other) and runs the same searchArticles as the workspace,
// so answers are the same; searches run at once on as many cores as there are workers. A search sees
// what was committed when it starts, as a search on the main thread would.
// The workers run the TypeScript sources through tsx, registered inside each worker (see analyze-pool.ts).
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { searchArticles } from './search.ts';
import { StoreError, type SearchHit } from './types.ts';

interface Request {
  seq: number;
  query: string;
  limit: number;
}
type Reply = { seq: number; hits: SearchHit[] } | { seq: number; error: string; code?: StoreError['code'] };

const ROLE = 'hearsay-search-pool';

export class SearchPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (h: SearchHit[]) => void; reject: (e: Error) => void }>();
  private readonly load: number[] = [];
  private seq = 0;
  private failed: Error | null = null;

  /** `size` workers over the workspace file at `path` (not ':memory:', which a worker cannot see). */
  constructor(path: string, size: number) {
    if (path === ':memory:') throw new TypeError('a search pool needs a workspace file');
    const bootstrap = `const { workerData } = require('node:worker_threads');
      import(workerData.tsx).then((m) => { m.register(); return import(workerData.entry); });`;
    for (let i = 0; i < size; i++) {
      const w = new Worker(bootstrap, {
        eval: true,
        execArgv: [],
        workerData: { role: ROLE, path, tsx: import.meta.resolve('tsx/esm/api'), entry: import.meta.url },
      });
      w.on('message', (r: Reply) => this.answer(i, r));
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => this.fail(new Error(`search worker exited with code ${code}`)));
      // An idle worker does not keep the process alive; one with a search to answer does.
      w.unref();
      this.workers.push(w);
      this.load.push(0);
    }
  }

  /** As `searchArticles`, on the least busy worker. Rejects with a StoreError ('bad-query') as it throws. */
  search(query: string, limit = 20): Promise<SearchHit[]> {
    if (this.failed) return Promise.reject(this.failed);
    const seq = this.seq++;
    let at = 0;
    for (let i = 1; i < this.load.length; i++) if (this.load[i]! < this.load[at]!) at = i;
    if (this.load[at]!++ === 0) this.workers[at]!.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      this.workers[at]!.postMessage({ seq, query, limit } satisfies Request);
    });
  }

  async close(): Promise<void> {
    this.failed ??= new Error('the search pool is closed');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private answer(worker: number, r: Reply): void {
    if (--this.load[worker]! === 0) this.workers[worker]!.unref();
    const w = this.waiting.get(r.seq);
    if (!w) return;
    this.waiting.delete(r.seq);
    if ('hits' in r) w.resolve(r.hits);
    else if (r.code) w.reject(new StoreError(r.error, r.code));
    else w.reject(new Error(`search worker: ${r.error}`));
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const w of this.waiting.values()) w.reject(this.failed);
    this.waiting.clear();
  }
}

// Inside a worker: open the workspace read-only and answer searches.
if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) {
  const db = new Database((workerData as { path: string }).path, { readonly: true, fileMustExist: true, timeout: 30_000 });
  parentPort!.on('message', ({ seq, query, limit }: Request) => {
    let reply: Reply;
    try {
      reply = { seq, hits: searchArticles(db, query, limit) };
    } catch (e) {
      reply = e instanceof StoreError ? { seq, error: e.message, code: e.code } : { seq, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    parentPort!.postMessage(reply);
  });
}
