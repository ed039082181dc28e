// Exports of a trace: one list of formats, one entry point. Each export is a pure function of the trace
// JSON and options (no I/O, no Node-only API), so the CLI, the server and the browser share them.
import { toClaimReview } from './claimreview.ts';
import { toCsv, toCsvAppearances } from './csv.ts';
import { toGraphMl } from './graphml.ts';
import { toHtmlReport } from './html-report.ts';
import { toJsonExport } from './json.ts';
import { toProvJsonLd } from './prov.ts';
import type { ExportOptions, TraceJson } from './types.ts';

export const EXPORT_FORMATS = ['csv', 'json', 'claimreview', 'prov-jsonld', 'graphml', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportResult {
  body: string;
  mediaType: string;
  /** File name extension, without the dot. */
  extension: string;
}

export interface ExportTraceOptions extends ExportOptions {
  /** For `csv`: one row per claim (default) or per appearance. */
  table?: 'claims' | 'appearances';
}

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

export function exportTrace(format: ExportFormat, trace: TraceJson, opts: ExportTraceOptions = {}): ExportResult {
  switch (format) {
    case 'csv':
      return { body: opts.table === 'appearances' ? toCsvAppearances(trace, opts) : toCsv(trace), mediaType: 'text/csv; charset=utf-8; header=present', extension: 'csv' };
    case 'json':
      return { body: toJsonExport(trace, opts), mediaType: 'application/json', extension: 'json' };
    case 'claimreview':
      return { body: toClaimReview(trace, opts), mediaType: 'application/ld+json', extension: 'jsonld' };
    case 'prov-jsonld':
      return { body: toProvJsonLd(trace, opts), mediaType: 'application/ld+json', extension: 'jsonld' };
    case 'graphml':
      return { body: toGraphMl(trace, opts), mediaType: 'application/graphml+xml', extension: 'graphml' };
    case 'html':
      return { body: toHtmlReport(trace, opts), mediaType: 'text/html; charset=utf-8', extension: 'html' };
    default:
      throw new TypeError(`Unknown export format \`${String(format)}\`; expected one of ${EXPORT_FORMATS.join(', ')}`);
  }
}

export { exportOptionsOf } from './from-trace.ts';
export { toClaimReview, toCsv, toCsvAppearances, toGraphMl, toHtmlReport, toJsonExport, toProvJsonLd };
export type { ArticleMeta, ExportOptions, TraceJson } from './types.ts';
