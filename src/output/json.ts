// JSON views of an analysis. Inside the program everything is offsets; the text of each span is filled in
// only here, when output is written, so a reader can check every finding without recomputing slices.
import type { Analysis, Attribution, Hedge, MetaField, Span, Speaker } from '../types.ts';

export interface JsonSpan {
  start: number;
  end: number;
  text: string;
}

const withText = (text: string, s: Span): JsonSpan => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
const maybe = (text: string, s: Span | null): JsonSpan | null => (s ? withText(text, s) : null);

function speakerJson(s: Speaker | null, text: string) {
  if (!s) return null;
  return { name: s.name, key: s.key, kind: s.kind, anonymous: s.anonymous, ...(s.named ? { named: withText(text, s.named) } : {}) };
}

function hedgeJson(h: Hedge, text: string) {
  return { ...withText(text, h.span), class: h.class, certainty: h.certainty };
}

function metaJson(meta: Analysis['article']['meta']) {
  const out: Record<string, MetaField> = {};
  for (const [k, v] of Object.entries(meta)) if (v) out[k] = v;
  return out;
}

function attributionJson(x: Attribution, text: string) {
  return {
    id: x.id,
    source: maybe(text, x.source),
    cue: maybe(text, x.cue),
    content: x.content.map((c) => withText(text, c)),
    kind: x.kind,
    speaker: speakerJson(x.speaker, text),
    parent: x.parent,
    hedges: x.hedges.map((h) => hedgeJson(h, text)),
    score: Math.round(x.score * 1000) / 1000,
    ...(x.rule ? { rule: x.rule } : {}),
  };
}

export interface JsonOptions {
  /** Include the article text (always for HTML input, whose text the offsets refer to). */
  includeText: boolean;
}

/** The full analysis as plain JSON: everything with offsets and the spans' text. */
export function analysisToJson(a: Analysis, opts: JsonOptions) {
  const { article } = a;
  const text = article.text;
  return {
    id: article.id,
    ...(article.meta.title ? { title: article.meta.title.value } : {}),
    ...(opts.includeText ? { text } : {}),
    language: article.language,
    meta: metaJson(article.meta),
    flags: article.flags,
    ...(article.captureSha256 ? { sha256: article.captureSha256 } : {}),
    // the outermost attributions, as PolNeAR annotates them; those nested in their content below them
    attributions: a.attributions.filter((x) => x.parent === null).map((x) => attributionJson(x, text)),
    nestedAttributions: a.attributions.filter((x) => x.parent !== null).map((x) => attributionJson(x, text)),
    citedOutlets: a.citedOutlets.map((c) => ({ name: c.name, key: c.key, via: c.via, spans: c.spans.map((s) => withText(text, s)) })),
    unattributedClaims: a.claims.filter((c) => c.unattributed).map((c) => ({ ...withText(text, c.span), hedges: c.hedges.map((h) => hedgeJson(h, text)) })),
    mentions: a.mentions.map((m) => ({ ...withText(text, m.span), kind: m.kind, key: m.key })),
    hedges: a.hedges.map((h) => hedgeJson(h, text)),
    paragraphs: article.paragraphs,
    sentences: a.sentences,
    links: article.links.map((l) => ({ href: l.href, ...withText(text, l.span) })),
    messages: a.messages.map((m) => ({ ...m, ...(m.span ? { span: withText(text, m.span) } : {}) })),
  };
}

export type AnalysisJson = ReturnType<typeof analysisToJson>;
