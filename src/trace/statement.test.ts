// A claim's text is the sentence that holds its content, not the sentence before it that named the
// speaker ("…,” Mayor Arden wrote. “I expect …”).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadAttributionModel } from '../analyze/attribution/load-node.ts';
import { analyzeDocument } from '../pipeline.ts';
import { trace } from './trace.ts';
import { traceToJson } from './trace-json.ts';

test("a claim's text is its content's sentence, even when the speaker was named a sentence earlier", () => {
  const model = loadAttributionModel();
  const docs = [
    { id: 'a', published: '2031-03-02', text: 'The Tarrow council met on Monday.\n\n“The pier stays open,” Mayor Colm Arden wrote on Monday. “I expect the Tarrow ferry to run every day of the winter.”\n\nThe council did not vote.' },
    { id: 'b', published: '2031-03-03', text: 'Ferries in the bay.\n\nMayor Colm Arden said he expects the Tarrow ferry to run every day of the winter, the Harbour Ledger reported.' },
  ];
  const out = traceToJson(trace(docs.map((d) => ({ analysis: analyzeDocument(d, model), published: d.published }))));
  const ferry = out.claims.find((c) => c.appearances.some((a) => a.span.text.includes('ferry')));
  assert.ok(ferry, JSON.stringify(out.claims.map((c) => c.text)));
  assert.match(ferry.text, /ferry to run every day of the winter/);
  assert.doesNotMatch(ferry.text, /pier stays open/);
});
