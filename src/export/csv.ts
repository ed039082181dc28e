// CSV (RFC 4180): the claim table and the appearance table. Records end in CRLF; a field is quoted when
// it holds a quote, comma or line break. Article text is hostile: a field a spreadsheet would read as a
// formula (leading = + - @, tab or CR) gets a leading apostrophe, as OWASP advises, so it stays text.
import { articleInfo, CONTESTED, type ExportOptions, type TraceJson } from './types.ts';

type Cell = string | number | null;

/** One field, quoted and guarded as needed. Numbers we computed are written as they are. */
export function csvField(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvTable(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

/** Several values in one field. */
const list = (xs: string[]) => xs.join('; ');

export const CLAIM_COLUMNS = [
  'id', 'story', 'text', 'appearances', 'articles', 'primary_sources', 'independent_sources', 'first_appearance', 'drift_kinds', 'disputed',
];

/** One row per claim; `disputed` counts appearances that dispute or deny it. */
export function toCsv(trace: TraceJson): string {
  return csvTable(
    CLAIM_COLUMNS,
    trace.claims.map((c) => [
      c.id,
      c.story,
      c.text,
      c.appearances.length,
      list(c.appearances.map((a) => a.article ?? '')),
      list(c.primarySources.map((p) => `${p.name} (${p.kind})`)),
      c.independentSources,
      c.firstAppearance ?? null,
      list([...new Set(c.drift.map((d) => d.kind))]),
      c.appearances.filter((a) => CONTESTED.has(a.stance)).length,
    ]),
  );
}

export const APPEARANCE_COLUMNS = [
  'claim', 'article', 'outlet', 'published', 'start', 'end', 'text', 'stance', 'speaker', 'from_article', 'from_rule', 'drift_kinds',
];

/** One row per appearance of a claim in an article; start/end are UTF-16 offsets into the article text. */
export function toCsvAppearances(trace: TraceJson, opts: ExportOptions = {}): string {
  const info = articleInfo(trace, opts);
  const rows: Cell[][] = [];
  for (const c of trace.claims) {
    for (const a of c.appearances) {
      const art = a.article ? info.get(a.article) : undefined;
      const from = 'from' in a ? a.from : undefined;
      rows.push([
        c.id,
        a.article ?? null,
        art?.outlet ?? null,
        art?.published ?? null,
        a.span.start,
        a.span.end,
        a.span.text,
        a.stance,
        a.speaker,
        from?.article ?? null,
        from?.rule ?? null,
        list([...new Set(c.drift.filter((d) => d.article === a.article).map((d) => d.kind))]),
      ]);
    }
  }
  return csvTable(APPEARANCE_COLUMNS, rows);
}
