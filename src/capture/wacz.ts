// WACZ: a zip holding archive/*.warc(.gz), pages/pages.jsonl and datapackage.json. The zip is read
// in place through its central directory (yauzl), never extracted, so entry names cannot reach the
// disk; each WARC is streamed through readWarc, with titles taken from pages.jsonl. Declared sizes
// are checked before anything is inflated, and yauzl stops an entry that inflates past its size.

import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { resolveArchiveLimits, type ArchiveLimits } from './archive-limits.ts';
import { readLimited } from './capture.ts';
import { CaptureError } from './error.ts';
import { bombReason } from './gzip.ts';
import { formatBytes } from './limits.ts';
import type { SourceItem } from './sources.ts';
import { readWarc } from './warc.ts';

export interface WaczOptions {
  limits?: Partial<ArchiveLimits>;
  signal?: AbortSignal;
}

const WARC_ENTRY = /^archive\/(?:[^/]+\/)*[^/]+\.warc(?:\.gz)?$/i;
const PAGES_ENTRY = /^pages\/[^/]+\.jsonl$/i;

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      zip.removeListener('entry', onEntry).removeListener('end', onEnd).removeListener('error', onError);
    };
    const onEntry = (e: Entry): void => (cleanup(), resolve(e));
    const onEnd = (): void => (cleanup(), resolve(null));
    const onError = (err: Error): void => (cleanup(), reject(err));
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

/** yauzl leaves names undecoded (decodeStrings: false); UTF-8 is what WACZ writers use. */
const nameOf = (entry: Entry): string => Buffer.from(entry.fileName as unknown as Uint8Array).toString('utf8');

/** Every page, revisit and error in the WARCs of a WACZ (a path, or bytes already in memory). */
export async function* readWacz(source: string | Uint8Array, input: string, options: WaczOptions = {}): AsyncGenerator<SourceItem> {
  const limits = resolveArchiveLimits(options.limits);
  const fail = (reason: string, code: CaptureError['code'], cause?: unknown, entry?: string): SourceItem => ({
    error: new CaptureError(entry ? `${entry}: ${reason}` : reason, { input, code, cause }),
    via: entry ? `${input}#${entry}` : input,
  });
  const zipOptions = { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false, strictFileNames: false };
  let zip: ZipFile;
  try {
    zip = typeof source === 'string' ? await yauzl.openPromise(source, zipOptions) : await yauzl.fromBufferPromise(Buffer.from(source.buffer, source.byteOffset, source.byteLength), zipOptions);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return yield fail('no such file', 'not-found', err);
    return yield fail(`not a readable zip (WACZ): ${(err as Error).message}`, 'invalid-record', err);
  }
  try {
    if (zip.entryCount > limits.maxZipEntries) {
      return yield fail(`${zip.entryCount} zip entries, more than ${limits.maxZipEntries} (limit maxZipEntries)`, 'too-large');
    }
    const warcs: { entry: Entry; name: string }[] = [];
    const pages: { entry: Entry; name: string }[] = [];
    try {
      for (let e = await nextEntry(zip); e; e = await nextEntry(zip)) {
        const name = nameOf(e);
        if (WARC_ENTRY.test(name)) warcs.push({ entry: e, name });
        else if (PAGES_ENTRY.test(name)) pages.push({ entry: e, name });
      }
    } catch (err) {
      return yield fail(`broken zip directory: ${(err as Error).message}`, 'invalid-record', err);
    }
    if (warcs.length === 0) return yield fail('no archive/*.warc or archive/*.warc.gz inside; not a WACZ?', 'invalid-record');

    let total = 0;
    const vet = (entry: Entry, name: string): SourceItem | null => {
      total += entry.uncompressedSize;
      if (total > limits.maxZipTotalBytes) {
        return fail(`entries add up to more than ${formatBytes(limits.maxZipTotalBytes)} uncompressed (limit maxZipTotalBytes); the rest is not read`, 'too-large', undefined, name);
      }
      const bomb = bombReason(entry.uncompressedSize, entry.compressedSize, limits);
      return bomb ? fail(`${bomb}; skipped`, 'too-large', undefined, name) : null;
    };

    const titles = new Map<string, string>();
    for (const { entry, name } of pages) {
      // Titles are a convenience: a pages list over maxFileBytes is passed over rather than held in memory.
      const tooBig = entry.uncompressedSize > limits.maxFileBytes;
      const problem = vet(entry, name) ?? (tooBig ? fail(`larger than ${formatBytes(limits.maxFileBytes)} (limit maxFileBytes); titles not read`, 'too-large', undefined, name) : null);
      if (problem) {
        yield problem;
        if (total > limits.maxZipTotalBytes) return;
        continue;
      }
      try {
        const bytes = await readLimited(await zip.openReadStreamPromise(entry), limits.maxFileBytes, `${input}#${name}`, 'maxFileBytes');
        readTitles(Buffer.from(bytes).toString('utf8'), titles);
      } catch (err) {
        yield fail(`cannot read: ${(err as Error).message}`, 'invalid-record', err, name);
      }
    }

    for (const { entry, name } of warcs) {
      const problem = vet(entry, name);
      if (problem) {
        yield problem;
        if (total > limits.maxZipTotalBytes) return;
        continue;
      }
      let stream;
      try {
        stream = await zip.openReadStreamPromise(entry);
      } catch (err) {
        yield fail(`cannot open: ${(err as Error).message}`, 'invalid-record', err, name);
        continue;
      }
      try {
        yield* readWarc(stream, `${input}#${name}`, { limits, titles, ...(options.signal ? { signal: options.signal } : {}) });
        if (options.signal?.aborted) return;
      } finally {
        stream.destroy();
      }
    }
  } finally {
    zip.close();
  }
}

/** url → title from pages.jsonl lines ({"url": ..., "title": ...}); the header line and bad lines are passed over. */
function readTitles(text: string, titles: Map<string, string>): void {
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const page = JSON.parse(line) as { url?: unknown; title?: unknown };
      if (typeof page.url === 'string' && typeof page.title === 'string' && page.title.trim()) titles.set(page.url, page.title.trim());
    } catch {
      // A broken line costs that page its title, nothing more.
    }
  }
}
