// Export buttons: every format the CLI exports, fetched with the token and saved as a file.
import { download } from './api.ts';
import { h, type Child } from './dom.ts';

/** Kept equal to EXPORT_FORMATS (a test holds them together); csv comes in two tables. */
export const EXPORTS: { format: string; table?: string; label: string }[] = [
  { format: 'csv', label: 'CSV (claims)' },
  { format: 'csv', table: 'appearances', label: 'CSV (appearances)' },
  { format: 'json', label: 'JSON' },
  { format: 'claimreview', label: 'ClaimReview' },
  { format: 'prov-jsonld', label: 'PROV JSON-LD' },
  { format: 'graphml', label: 'GraphML' },
  { format: 'html', label: 'HTML report' },
];

export function exportBar(): HTMLElement {
  const status = h('span', { class: 'muted', role: 'status' });
  const buttons = EXPORTS.map((x) =>
    h('button', { type: 'button', 'data-export': x.table ? `${x.format}-${x.table}` : x.format, onclick: async () => {
      status.textContent = `Preparing ${x.label}…`;
      try {
        status.textContent = `Saved ${await download(`/api/export/${x.format}${x.table ? `?table=${x.table}` : ''}`)}`;
      } catch (e) {
        status.textContent = `Export failed: ${(e as Error).message}`;
      }
    } }, x.label));
  return h('section', { class: 'exports', 'aria-label': 'Export' }, h('h2', null, 'Export the whole workspace'), h('div', { class: 'buttons' }, buttons), status);
}

export async function exportView(): Promise<Child[]> {
  return [h('h1', { tabindex: '-1' }, 'Export'), h('p', null, 'Every claim with its provenance, in the formats `hearsay export` writes. Each export is recorded in the workspace’s custody log.'), exportBar()];
}
