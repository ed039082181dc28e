import assert from 'node:assert/strict';
import { test } from 'node:test';
import { existsSync } from 'node:fs';
import { loadAttributionModel, MODEL_PATH } from '../analyze/attribution/load-node.ts';
import { analyzeDocument } from '../pipeline.ts';
import { trace } from '../trace/trace.ts';
import { exportOptionsOf } from './from-trace.ts';

test('should take url, title, published time and hash from the inputs', { skip: existsSync(MODEL_PATH) ? false : 'attribution model not trained yet' }, () => {
  const model = loadAttributionModel();
  const text = 'Councillor Ada Penhallow said the Lowmarsh bridge had been closed twice for cracks.';
  const t = trace([
    { analysis: analyzeDocument({ id: 'a1', text, title: 'Bridge closed twice', sha256: 'ab'.repeat(32) }, model), url: 'https://quillwire.example/b', published: '2025-05-02T08:00Z' },
    { analysis: analyzeDocument({ id: 'a2', text, url: 'https://fenwickpost.example/b', published: '2025-05-03' }, model) },
  ]);
  assert.deepEqual(exportOptionsOf(t), {
    articles: {
      a1: { url: 'https://quillwire.example/b', title: 'Bridge closed twice', published: '2025-05-02T08:00Z' },
      a2: { url: 'https://fenwickpost.example/b', title: null, published: '2025-05-03' },
    },
    hashes: { a1: 'ab'.repeat(32) },
  });
});
