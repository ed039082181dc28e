// Reading PolNeAR-style JSONL (one article a line) for training and the dev loop, and writing the model's
// predictions in the form the shared scorer reads.
import { readFileSync } from 'node:fs';
import type { Span } from '../src/types.ts';
import type { GoldAttribution } from '../src/analyze/attribution/gold.ts';
import { findAttributions } from '../src/analyze/attribution/index.ts';
import type { AttributionModel } from '../src/analyze/attribution/model.ts';
import { nestAttributions } from '../src/analyze/nesting.ts';

export interface PolnearArticle {
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

interface RawSpan extends Span { fragments?: Span[] }

export function readPolnear(path: string): PolnearArticle[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((line) => {
    const r = JSON.parse(line) as { id: string | number; text: string; attributions: Array<{ source: Span | null; cue: Span | null; content: RawSpan }> };
    return {
      id: String(r.id),
      text: r.text,
      attributions: r.attributions.map((a) => ({
        source: a.source,
        cue: a.cue,
        content: a.content.fragments?.length ? a.content.fragments : [a.content],
      })),
    };
  });
}

/** The model's attributions of one article as a line for score-attributions.mjs. */
export function predictionLine(article: { id: string; text: string }, model: AttributionModel): string {
  // the outermost only, as the CLI's output lists them (nesting.ts)
  const { items, parents } = nestAttributions(article.text, findAttributions(article.text, model));
  const attributions = items.filter((_, i) => parents[i] === null).map((r) => ({ source: r.source, cue: r.cue, content: r.content }));
  return JSON.stringify({ id: article.id, attributions });
}
