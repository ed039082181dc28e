// From a trace (articles by index into its inputs) to the store's stories and claims (articles by
// workspace id). The CLI ingests the inputs, keeps their workspace ids in input order, traces, then:
//   const stories = ws.saveStories(storiesFromTrace(trace, ids));
//   ws.saveClaims(claimsFromTrace(trace, ids, stories));
import type { Trace } from '../trace/trace.ts';
import type { ClaimInput, SavedStory, StoryInput } from './types.ts';

export type TraceLinks = { articles: readonly { id: string }[]; stories: Trace['stories']; claims: Trace['claims'] };

function articleIndex(trace: TraceLinks, ids: readonly number[]): (n: number) => number {
  if (ids.length !== trace.articles.length) throw new Error(`${ids.length} workspace ids for ${trace.articles.length} traced articles`);
  return (n) => {
    const id = ids[n];
    if (id === undefined) throw new Error(`traced article ${n} has no workspace id`);
    return id;
  };
}

export function storiesFromTrace(trace: TraceLinks, ids: readonly number[]): StoryInput[] {
  const at = articleIndex(trace, ids);
  const index = new Map(trace.articles.map((a, n) => [a.id, n]));
  return trace.stories.map((s) => ({ key: s.id, articles: s.articles.map((id) => at(index.get(id)!)) }));
}

export function claimsFromTrace(trace: TraceLinks, ids: readonly number[], stories: readonly SavedStory[]): ClaimInput[] {
  const at = articleIndex(trace, ids);
  const story = new Map(stories.map((s) => [s.key, s.id]));
  return trace.claims.map((c) => ({
    key: c.id,
    story: c.story === null ? null : (story.get(c.story) ?? null),
    statement: { article: at(c.statement.article), span: c.statement.span },
    appearances: c.appearances.map((a) => ({
      article: at(a.article), span: a.span, stance: a.stance, speaker: a.speaker, parent: a.parent ? { article: at(a.parent.article), rule: a.parent.rule } : null,
    })),
    primarySources: c.primarySources,
    independentSources: c.independentSources,
    firstAppearance: at(c.firstAppearance),
    drift: c.drift.map((d) => ({ ...d, article: at(d.article), source: { article: at(d.source.article), span: d.source.span } })),
  }));
}
