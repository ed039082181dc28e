// GET /api/export/:format: any export of the current trace, as a download with its media type, logged
// in the workspace's custody log like `hearsay export`.
import { Hono } from 'hono';
import { EXPORT_FORMATS, exportOptionsOf, exportTrace, isExportFormat } from '../export/index.ts';
import type { SqliteWorkspace } from '../store/index.ts';
import { fail } from './errors.ts';
import { queryOf } from './query.ts';
import type { State } from './state.ts';

export function exportRoutes(ws: SqliteWorkspace, state: () => State): Hono {
  const app = new Hono();
  app.get('/api/export/:format', (c) => {
    const format = c.req.param('format');
    if (!isExportFormat(format)) fail(404, `no export format "${format.slice(0, 40)}"; one of ${EXPORT_FORMATS.join(', ')}`);
    const q = queryOf(c, ['table', 'title']);
    if (q.table !== undefined && q.table !== 'claims' && q.table !== 'appearances') fail(400, 'table must be claims or appearances');
    if (q.table !== undefined && format !== 'csv') fail(400, 'table applies to csv only');
    const l = state().linked;
    const result = exportTrace(format as (typeof EXPORT_FORMATS)[number], l.json, {
      ...exportOptionsOf(l.trace),
      ...(q.title ? { title: q.title.slice(0, 200) } : {}),
      ...(q.table ? { table: q.table as 'claims' | 'appearances' } : {}),
    });
    ws.logExport(format, { via: 'server', ...(q.table ? { table: q.table } : {}) }, l.trace.articles.map((a) => ws.recordOf('articles', Number(a.id))));
    const name = `hearsay-${format}${q.table === 'appearances' ? '-appearances' : ''}.${result.extension}`;
    return c.body(result.body, 200, { 'Content-Type': result.mediaType, 'Content-Disposition': `attachment; filename="${name}"` });
  });
  return app;
}
