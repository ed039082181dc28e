// Reading PolNeAR-style JSONL (one article a line) for training and the dev loop.
import { readFileSync } from 'node:fs';
import type { Span } from '../src/types.ts';
import type { GoldAttribution } from '../src/analyze/attribution/gold.ts';

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
