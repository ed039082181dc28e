// The trace JSON as a file to keep: the same fields as `hearsay trace --format json` at the top level
// (so one reader handles both), plus what a reader needs to know which shape it is reading.
import { VERSION } from '../version.ts';
import { stamp, type ExportOptions, type TraceJson } from './types.ts';

/** Bumped whenever a field of the exported trace changes meaning or is removed. */
export const TRACE_SCHEMA_VERSION = 1;

export function toJsonExport(trace: TraceJson, opts: ExportOptions = {}): string {
  const doc = {
    format: 'hearsay-trace',
    schemaVersion: TRACE_SCHEMA_VERSION,
    generator: { name: 'hearsay', version: VERSION },
    generatedAt: stamp(opts),
    ...(opts.articles ? { articleMeta: opts.articles } : {}),
    ...(opts.hashes ? { hashes: opts.hashes } : {}),
    ...trace,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
