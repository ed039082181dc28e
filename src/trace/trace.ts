// Trace a body of coverage: analyse each article, then link (copies, stories, entities, citations,
// claims) and assess (provenance, drift). Pure: the caller gives analyses; no I/O here.
import { driftOf, type Drift } from '../assess/drift.ts';
import { provenanceOf, type PrimarySource, type TracedArticle } from '../assess/provenance.ts';
import { clusterClaims } from '../link/claim-clusters.ts';
import { claimUnits, type ClaimUnit, type Stance } from '../link/claim-units.ts';
import { findCopies, publishedKey, type CopyLink } from '../link/copies.ts';
import { EntityResolver } from '../link/entities.ts';
import { groupStories, type StoryGroup } from '../link/stories.ts';
import type { Analysis, Span } from '../types.ts';

export interface TraceInput {
  analysis: Analysis;
  url?: string | null;
  /** The outlet's name or host, when the caller knows it. */
  outlet?: string | null;
  published?: string | null;
}

export interface TracedCitation {
  name: string;
  key: string;
  spans: Span[];
  via: string[];
}

export interface TracedSpeaker {
  name: string;
  key: string;
  anonymous: boolean;
  kind: string;
}

export interface TracedClaim {
  id: string;
  story: string | null;
  /** The article and span the claim's text is taken from. */
  statement: { article: number; span: Span };
  appearances: { article: number; span: Span; stance: Stance; parent: { article: number; rule: string } | null; speaker: string | null }[];
  primarySources: PrimarySource[];
  independentSources: number;
  firstAppearance: number;
  drift: Drift[];
}

export interface Trace {
  inputs: TraceInput[];
  articles: (TracedArticle & { citations: TracedCitation[]; speakers: TracedSpeaker[] })[];
  copies: CopyLink[];
  stories: StoryGroup[];
  claims: TracedClaim[];
}

function hostOf(input: TraceInput): string | null {
  if (input.outlet) return input.outlet;
  const url = input.url ?? input.analysis.article.meta.canonicalUrl?.value;
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function trace(inputs: TraceInput[]): Trace {
  const texts = inputs.map((i) => i.analysis.article.text);
  const ids = inputs.map((i) => i.analysis.article.id);
  const resolver = new EntityResolver();

  // Entities: names cited and spoken first, so hosts and short forms resolve to their full names.
  const cited = inputs.map((i) => i.analysis.citedOutlets.map((c) => ({ c, e: resolver.resolve(c.name, 'outlet') })));
  for (const i of inputs) for (const a of i.analysis.attributions) if (a.speaker && !a.speaker.anonymous) resolver.resolve(a.speaker.name, a.speaker.kind);
  const own = inputs.map((i) => {
    const host = hostOf(i);
    const name = i.analysis.article.meta.outlet?.value ?? host;
    return name ? resolver.resolve(name, 'outlet') : null;
  });

  const copies = findCopies(inputs.map((i, n) => ({ id: ids[n]!, text: texts[n]!, published: i.published ?? null })));
  const copyOf = new Map(copies.map((c) => [c.article, ids.indexOf(c.of)]));

  const articles = inputs.map((input, n) => {
    const ownKey = own[n]?.key ?? null;
    const citations: TracedCitation[] = [];
    for (const { c, e } of cited[n]!) {
      if (e.key === ownKey) continue; // an outlet naming itself is not citing anyone
      const prev = citations.find((x) => x.key === e.key);
      if (prev) prev.spans.push(...c.spans);
      else citations.push({ name: e.name, key: e.key, spans: [...c.spans], via: c.via });
    }
    const speakers = new Map<string, TracedSpeaker>();
    for (const a of input.analysis.attributions) {
      const s = a.speaker;
      if (!s || s.kind === 'outlet') continue;
      if (s.anonymous) {
        speakers.set(`anonymous:${s.name.toLowerCase()}`, { name: s.name, key: s.key, anonymous: true, kind: s.kind });
        continue;
      }
      const e = resolver.resolve(s.name, s.kind);
      if (e.kind === 'outlet' || e.key === ownKey) continue;
      speakers.set(e.key, { name: e.name, key: e.key, anonymous: false, kind: e.kind });
    }
    return {
      id: ids[n]!,
      published: publishedKey(input.published ?? input.analysis.article.meta.published?.value ?? null),
      outletKey: ownKey,
      outletName: own[n]?.name ?? null,
      cites: new Set(citations.map((c) => c.key)),
      copyOf: copyOf.get(ids[n]!) ?? null,
      citations,
      speakers: [...speakers.values()],
    };
  });

  const stories = groupStories(
    inputs.map((input, n) => ({ id: ids[n]!, title: input.analysis.article.meta.title?.value ?? null, text: texts[n]!, published: input.published ?? null })),
  );
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const a of s.articles) storyOf.set(a, s.id);

  // Units keep the speaker keys of the coverage, not of their article.
  const canon = (s: ClaimUnit['speaker']) => {
    if (!s || s.anonymous) return s;
    const e = resolver.resolve(s.name, s.kind);
    return { ...s, key: e.key, name: e.name, kind: e.kind === 'unknown' ? s.kind : e.kind };
  };
  const claims: TracedClaim[] = [];
  for (const story of stories) {
    const members = story.articles.map((id) => ids.indexOf(id));
    const units = members.flatMap((n) => claimUnits(inputs[n]!.analysis, n)).map((u) => ({ ...u, speaker: canon(u.speaker), viaOutlet: canon(u.viaOutlet) }));
    for (const cluster of clusterClaims(units)) {
      const p = provenanceOf(cluster.map((i) => units[i]!), articles);
      const byArticle = new Map(p.appearances.map((a, i) => [a.unit.article, i]));
      const origin = p.appearances.find((a, i) => a.root === i && (a.unit.speaker || a.unit.viaOutlet)) ?? p.appearances[0]!;
      const drift = p.appearances.flatMap((a) => {
        const root = p.appearances[a.root]!;
        const ref = root.unit.article === a.unit.article ? origin : root;
        return driftOf(a.unit, ref.unit, a.parent !== null, texts);
      });
      void byArticle;
      claims.push({
        id: '',
        story: story.id,
        statement: { article: origin.unit.article, span: origin.unit.span },
        appearances: p.appearances.map((a) => ({
          article: a.unit.article,
          span: a.unit.span,
          stance: a.unit.stance,
          parent: a.parent,
          speaker: a.unit.speaker?.anonymous ? 'anonymous' : (a.unit.speaker?.name ?? null),
        })),
        primarySources: p.primarySources,
        independentSources: p.independentSources,
        firstAppearance: p.firstAppearance,
        drift,
      });
    }
  }
  claims.sort((a, b) => b.appearances.length - a.appearances.length || a.firstAppearance - b.firstAppearance);
  claims.forEach((c, i) => (c.id = `c${i + 1}`));
  return { inputs, articles, copies, stories, claims };
}
