// The library: `analyze(text | html, meta)` for one article in Node, with the committed model.
// Browsers and other hosts use `analyzeDocument` with a model built by `modelFromBytes`.
import { loadAttributionModel } from './analyze/attribution/load-node.ts';
import { analyzeDocument, looksLikeHtml, type DocumentInput } from './pipeline.ts';
import type { Analysis } from './types.ts';

export type * from './types.ts';
export { analyzeArticle } from './analyze/analyze.ts';
export { modelFromBytes, type AttributionModel } from './analyze/attribution/index.ts';
export { extractHtml, extractText } from './extract/index.ts';
export { analysisToJson } from './output/json.ts';
export { analyzeDocument, articleOf, type DocumentInput } from './pipeline.ts';

/** Analyse one article given as text or HTML (told apart by its content), with optional metadata. */
export function analyze(input: string, meta: Omit<DocumentInput, 'text' | 'html'> = { id: 'article' }): Analysis {
  const doc: DocumentInput = { ...meta };
  if (looksLikeHtml(input)) doc.html = input;
  else doc.text = input;
  return analyzeDocument(doc, loadAttributionModel());
}
