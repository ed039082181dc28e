import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exportTrace, EXPORT_FORMATS, isExportFormat, toCsvAppearances, type ExportFormat } from './index.ts';
import { greymoorTrace, smallTrace, SMALL_OPTS } from './test-support.ts';

test('should list the formats and export each', () => {
  assert.deepEqual([...EXPORT_FORMATS], ['csv', 'json', 'claimreview', 'prov-jsonld', 'graphml', 'html']);
  const got = EXPORT_FORMATS.map((f) => {
    const r = exportTrace(f, smallTrace(), SMALL_OPTS);
    assert.ok(r.body.length > 100, f);
    return [f, r.mediaType, r.extension];
  });
  assert.deepEqual(got, [
    ['csv', 'text/csv; charset=utf-8; header=present', 'csv'],
    ['json', 'application/json', 'json'],
    ['claimreview', 'application/ld+json', 'jsonld'],
    ['prov-jsonld', 'application/ld+json', 'jsonld'],
    ['graphml', 'application/graphml+xml', 'graphml'],
    ['html', 'text/html; charset=utf-8', 'html'],
  ]);
});

test('csv can give the appearance table', () => {
  assert.equal(exportTrace('csv', smallTrace(), { ...SMALL_OPTS, table: 'appearances' }).body, toCsvAppearances(smallTrace(), SMALL_OPTS));
});

test('the same input gives the same bytes', () => {
  for (const f of EXPORT_FORMATS) assert.equal(exportTrace(f, smallTrace(), SMALL_OPTS).body, exportTrace(f, smallTrace(), SMALL_OPTS).body, f);
});

test('an unknown format is a programming error', () => {
  assert.equal(isExportFormat('graphml'), true);
  assert.equal(isExportFormat('pdf'), false);
  assert.throws(() => exportTrace('pdf' as ExportFormat, smallTrace()), /Unknown export format `pdf`/);
});

test('every format exports the Greymoor trace', { skip: greymoorTrace() ? false : 'attribution model not trained yet' }, () => {
  const g = greymoorTrace()!;
  for (const f of EXPORT_FORMATS) assert.match(exportTrace(f, g.trace, g.opts).body, /greymoor/i, f);
});
