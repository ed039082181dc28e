// Test-only (Node): a small invented trace built by hand, and the Greymoor fixture pack run through
// `trace`. Outlets, people and events here are invented.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadAttributionModel, MODEL_PATH } from '../analyze/attribution/load-node.ts';
import { analyzeDocument } from '../pipeline.ts';
import { trace } from '../trace/trace.ts';
import { traceToJson } from '../trace/trace-json.ts';
import type { ArticleMeta, ExportOptions, TraceJson } from './types.ts';

export const TEXTS: Record<string, string> = {
  a1: 'LOWMARSH (Quill Wire) — Councillor Ada Penhallow said the Lowmarsh bridge had been closed twice for cracks. The Lowmarsh Transit Authority said repairs would cost 4 million.',
  a2: 'LOWMARSH (Quill Wire) — Councillor Ada Penhallow said the Lowmarsh bridge had been closed twice for cracks. The Lowmarsh Transit Authority said repairs would cost 4 million.',
  a3: 'The Lowmarsh bridge was definitely closed twice for cracks, Quill Wire reported. Repairs, "the authority" said, would cost 9 million, the wire said.',
  a4: 'The Lowmarsh Transit Authority disputed that the bridge had been closed twice for cracks, saying "one closure was routine".',
};

const at = (id: string, phrase: string) => {
  const text = TEXTS[id]!;
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in ${id}`);
  return { start, end: start + phrase.length, text: phrase };
};

/** A trace of four invented articles: a wire story, its copy, a citing article that drifts, a dispute. */
export function smallTrace(): TraceJson {
  return {
    articles: [
      { id: 'a1', outlet: 'Quill Wire', citations: [], speakers: [{ name: 'Ada Penhallow', anonymous: false, kind: 'person' }] },
      { id: 'a2', outlet: 'Fenwick Post', citations: [{ name: 'Quill Wire', span: at('a2', 'Quill Wire'), spans: [at('a2', 'Quill Wire')], via: ['wire-credit'] }], speakers: [] },
      { id: 'a3', outlet: 'Harrow Daily', citations: [{ name: 'Quill Wire', span: at('a3', 'Quill Wire'), spans: [at('a3', 'Quill Wire')], via: ['attribution'] }], speakers: [] },
      { id: 'a4', outlet: 'Lowmarsh Echo', citations: [], speakers: [{ name: 'Lowmarsh Transit Authority', anonymous: false, kind: 'organization' }] },
    ],
    copies: [{ article: 'a2', of: 'a1', similarity: 1, rule: 'earlier-published' }],
    stories: [{ id: 's1', articles: ['a1', 'a2', 'a3', 'a4'] }],
    claims: [
      {
        id: 'c1',
        story: 's1',
        text: 'the Lowmarsh bridge had been closed twice for cracks',
        appearances: [
          { article: 'a1', span: at('a1', 'the Lowmarsh bridge had been closed twice for cracks'), stance: 'attributed', speaker: 'Ada Penhallow' },
          { article: 'a2', span: at('a2', 'the Lowmarsh bridge had been closed twice for cracks'), stance: 'attributed', speaker: 'Ada Penhallow', from: { article: 'a1', rule: 'copy' } },
          { article: 'a3', span: at('a3', 'The Lowmarsh bridge was definitely closed twice for cracks'), stance: 'asserted', speaker: null, from: { article: 'a1', rule: 'citation' } },
          { article: 'a4', span: at('a4', 'the bridge had been closed twice for cracks'), stance: 'disputed', speaker: 'Lowmarsh Transit Authority' },
        ],
        primarySources: [{ name: 'Ada Penhallow', kind: 'person' }],
        independentSources: 1,
        firstAppearance: 'a1',
        drift: [
          {
            article: 'a3',
            kind: 'hardened',
            span: at('a3', 'definitely'),
            source: { article: 'a1', span: at('a1', 'the Lowmarsh bridge had been closed twice for cracks') },
            note: 'certainty 1.00 here against 0.60 at the origin ("definitely")',
          },
        ],
      },
      {
        id: 'c2',
        story: 's1',
        text: 'repairs would cost 4 million',
        appearances: [
          { article: 'a1', span: at('a1', 'repairs would cost 4 million'), stance: 'attributed', speaker: 'Lowmarsh Transit Authority' },
          { article: 'a3', span: at('a3', 'would cost 9 million'), stance: 'attributed', speaker: 'Lowmarsh Transit Authority', from: { article: 'a1', rule: 'citation' } },
        ],
        primarySources: [{ name: 'Lowmarsh Transit Authority', kind: 'organization' }],
        independentSources: 1,
        firstAppearance: 'a1',
        drift: [
          {
            article: 'a3',
            kind: 'number-changed',
            span: at('a3', '9'),
            source: { article: 'a1', span: at('a1', 'repairs would cost 4 million') },
            note: '"9" here; the origin says "4"',
          },
        ],
      },
    ],
  };
}

export const SMALL_META: Record<string, ArticleMeta> = {
  a1: { url: 'https://quillwire.example/lowmarsh-bridge', title: 'Lowmarsh bridge closed twice, councillor says', published: '2025-05-02T08:00Z' },
  a2: { url: 'https://fenwickpost.example/news/bridge', title: 'Bridge closed twice, councillor says', published: '2025-05-02T10:00Z' },
  a3: { url: 'https://harrowdaily.example/bridge', title: 'Lowmarsh bridge unsafe', published: '2025-05-02T12:30Z' },
  a4: { url: 'https://lowmarshecho.example/authority-responds', title: 'Authority disputes closure count', published: '2025-05-03' },
};

export const SMALL_OPTS: ExportOptions = { articles: SMALL_META, generatedAt: '2025-06-01T12:00:00.000Z' };

export const GREYMOOR = new URL('../../fixtures/packs/greymoor-reservoir.jsonl', import.meta.url);
/** Invented packs in ../shared (absent on some machines: tests using them skip). */
export const SHARED_PACKS = new URL('../../../shared/data/synthetic-packs/', import.meta.url);

export interface TracedPack { trace: TraceJson; opts: ExportOptions }

const traced = new Map<string, TracedPack | null>();

/** The Greymoor pack traced as `hearsay trace` does (once per process), or null when the model is absent. */
export function greymoorTrace(): TracedPack | null {
  return packTrace(GREYMOOR);
}

/** A JSONL pack traced as `hearsay trace` does (once per process), or null when the model or pack is absent. */
export function packTrace(pack: URL): TracedPack | null {
  if (!traced.has(pack.href)) traced.set(pack.href, existsSync(MODEL_PATH) && existsSync(pack) ? tracePack(pack) : null);
  return traced.get(pack.href)!;
}

/** The synthetic packs in ../shared, when present. */
export function sharedPacks(): URL[] {
  if (!existsSync(SHARED_PACKS)) return [];
  return readdirSync(SHARED_PACKS).filter((f) => f.endsWith('.jsonl')).sort().map((f) => new URL(f, SHARED_PACKS));
}

function tracePack(pack: URL): TracedPack {
  const model = loadAttributionModel();
  const records = readFileSync(pack, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, string>);
  const inputs = records.map((r) => ({
    analysis: analyzeDocument({ id: r.id!, text: r.text ?? '', ...(r.url ? { url: r.url } : {}), ...(r.title ? { title: r.title } : {}), ...(r.published ? { published: r.published } : {}) }, model),
    url: r.url ?? null,
    outlet: r.outlet ?? null,
    published: r.published ?? null,
  }));
  const articles: Record<string, ArticleMeta> = {};
  for (const r of records) articles[r.id!] = { url: r.url ?? null, title: r.title ?? null, published: r.published ?? null };
  return { trace: traceToJson(trace(inputs)), opts: { articles, generatedAt: '2025-06-01T12:00:00.000Z' } };
}
