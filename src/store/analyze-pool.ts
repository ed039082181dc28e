// Analysis on worker threads, for ingesting many articles: each worker loads the attribution model once
// and analyses the documents it is sent; answers come back as promises, which the ingest awaits in the
// order the records arrived, so the workspace is written in input order by the one main thread and is
// the same as an ingest on one thread (the analysis is a pure function of the document and the model).
// The workers run the TypeScript sources through tsx, registered inside each worker, since the loader
// hooks of the parent thread do not carry over to workers in Node 20.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadAttributionModel } from '../analyze/attribution/load-node.ts';
import { CaptureError, type CaptureErrorOptions } from '../capture/error.ts';
import { analyzeDocument, type DocumentInput } from '../pipeline.ts';
import type { Analysis } from '../types.ts';

interface Request {
  seq: number;
  doc: DocumentInput;
}
type CaptureFields = { reason: string } & CaptureErrorOptions;
type Reply = { seq: number; analysis: Analysis } | { seq: number; error: string; capture?: CaptureFields };

const ROLE = 'hearsay-analyze-pool';

/** How many workers suit this machine: one per core, at most four. */
export const defaultWorkers = () => Math.min(4, availableParallelism());

export class AnalyzePool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (a: Analysis) => void; reject: (e: Error) => void }>();
  private readonly load: number[] = [];
  private seq = 0;
  private failed: Error | null = null;

  constructor(size: number) {
    const bootstrap = `const { workerData } = require('node:worker_threads');
      import(workerData.tsx).then((m) => { m.register(); return import(workerData.entry); });`;
    for (let i = 0; i < size; i++) {
      const w = new Worker(bootstrap, {
        eval: true,
        execArgv: [],
        workerData: { role: ROLE, tsx: import.meta.resolve('tsx/esm/api'), entry: import.meta.url },
      });
      w.on('message', (r: Reply) => this.answer(i, r));
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => code !== 0 && this.fail(new Error(`analysis worker exited with code ${code}`)));
      this.workers.push(w);
      this.load.push(0);
    }
  }

  /** The analysis of one document, from the least busy worker. Rejects with a CaptureError for unusable input. */
  analyze(doc: DocumentInput): Promise<Analysis> {
    if (this.failed) return Promise.reject(this.failed);
    const seq = this.seq++;
    let at = 0;
    for (let i = 1; i < this.load.length; i++) if (this.load[i]! < this.load[at]!) at = i;
    this.load[at]!++;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      this.workers[at]!.postMessage({ seq, doc } satisfies Request);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private answer(worker: number, r: Reply): void {
    this.load[worker]!--;
    const w = this.waiting.get(r.seq);
    if (!w) return;
    this.waiting.delete(r.seq);
    if ('analysis' in r) w.resolve(r.analysis);
    else if (r.capture) {
      const { reason, ...options } = r.capture;
      w.reject(new CaptureError(reason, options));
    } else w.reject(new Error(`analysis worker: ${r.error}`));
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }
}

// Inside a worker: analyse what the main thread sends.
if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) {
  const model = loadAttributionModel();
  parentPort!.on('message', ({ seq, doc }: Request) => {
    let reply: Reply;
    try {
      reply = { seq, analysis: analyzeDocument(doc, model) };
    } catch (e) {
      reply =
        e instanceof CaptureError
          ? { seq, error: e.message, capture: { reason: e.reason, input: e.input, code: e.code, ...(e.line !== undefined ? { line: e.line } : {}), ...(e.byteOffset !== undefined ? { byteOffset: e.byteOffset } : {}) } }
          : { seq, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    parentPort!.postMessage(reply);
  });
}
