// The JSON form of a trace: the evaluation interface of `hearsay trace --format json`, with ids in place
// of indexes and each span carrying its text. Fields beyond the interface explain the findings.
import type { Span } from '../types.ts';
import type { Trace } from './trace.ts';

const withText = (text: string, s: Span) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });

/** A claim's short statement: its sentence, without wrapping quotes, at most one sentence long. */
function statement(text: string, s: Span): string {
  let t = text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  // A dateline ("ASHGROVE (Tallis Wire) — ") belongs to the article, not to the claim.
  t = t.replace(/^[\p{Lu}][\p{Lu}\s.,'’-]{2,60}(?:\([^)]{1,60}\))?\s*[—–-]{1,2}\s+/u, '');
  t = t.replace(/^(?:that\s+)/i, '').replace(/^[“"‘'«]+|[”"’'»,.;:]+$/g, '').trim();
  if (t.length > 300) t = `${t.slice(0, 297).replace(/\s+\S*$/, '')}…`;
  return t;
}

export function traceToJson(t: Trace) {
  const ids = t.articles.map((a) => a.id);
  const texts = t.inputs.map((i) => i.analysis.article.text);
  return {
    articles: t.articles.map((a, n) => ({
      id: a.id,
      outlet: a.outletName,
      citations: a.citations.map((c) => ({ name: c.name, span: c.spans.length ? withText(texts[n]!, c.spans[0]!) : null, spans: c.spans.map((s) => withText(texts[n]!, s)), via: c.via })),
      speakers: a.speakers.map((s) => ({ name: s.name, anonymous: s.anonymous, kind: s.kind })),
    })),
    copies: t.copies.map((c) => ({ article: c.article, of: c.of, similarity: c.similarity, rule: c.rule })),
    stories: t.stories.map((s) => ({ id: s.id, articles: s.articles })),
    claims: t.claims.map((c) => ({
      id: c.id,
      story: c.story,
      text: statement(texts[c.statement.article]!, c.statement.span),
      appearances: c.appearances.map((a) => ({
        article: ids[a.article],
        span: withText(texts[a.article]!, a.span),
        stance: a.stance,
        speaker: a.speaker,
        ...(a.parent ? { from: { article: ids[a.parent.article], rule: a.parent.rule } } : {}),
      })),
      primarySources: c.primarySources.map((p) => ({ name: p.name, kind: p.kind })),
      independentSources: c.independentSources,
      firstAppearance: ids[c.firstAppearance],
      drift: c.drift.map((d) => ({
        article: ids[d.article],
        kind: d.kind,
        span: withText(texts[d.article]!, d.span),
        source: { article: ids[d.source.article], span: withText(texts[d.source.article]!, d.source.span) },
        note: d.note,
      })),
    })),
    // Beyond the interface: which of the user's corrections shaped this trace, and which no longer match.
    ...(t.corrections.length ? { corrections: t.corrections } : {}),
  };
}
