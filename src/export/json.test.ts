import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VERSION } from '../version.ts';
import { toJsonExport, TRACE_SCHEMA_VERSION } from './json.ts';
import { greymoorTrace, smallTrace, SMALL_OPTS } from './test-support.ts';

test('should carry the trace itself plus schema version and generator', () => {
  const t = smallTrace();
  const doc = JSON.parse(toJsonExport(t, { generatedAt: '2025-06-01T12:00:00.000Z' }));
  assert.equal(doc.format, 'hearsay-trace');
  assert.equal(doc.schemaVersion, TRACE_SCHEMA_VERSION);
  assert.deepEqual(doc.generator, { name: 'hearsay', version: VERSION });
  assert.equal(doc.generatedAt, '2025-06-01T12:00:00.000Z');
  assert.equal('articleMeta' in doc, false);
  for (const k of ['articles', 'copies', 'stories', 'claims'] as const) assert.deepEqual(doc[k], t[k]);
});

test('should keep the caller\'s article metadata and hashes', () => {
  const doc = JSON.parse(toJsonExport(smallTrace(), { ...SMALL_OPTS, hashes: { a1: 'ab'.repeat(32) } }));
  assert.equal(doc.articleMeta.a3.url, 'https://harrowdaily.example/bridge');
  assert.deepEqual(doc.hashes, { a1: 'ab'.repeat(32) });
});

test('the Greymoor trace round-trips', { skip: greymoorTrace() ? false : 'attribution model not trained yet' }, () => {
  const g = greymoorTrace()!;
  const doc = JSON.parse(toJsonExport(g.trace, g.opts));
  assert.deepEqual(doc.claims, JSON.parse(JSON.stringify(g.trace.claims)));
});
