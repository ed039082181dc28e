// Trace a body of coverage: analyse each article, then link (copies, stories, entities, citations,
// claims) and assess (provenance, drift). Pure: the caller gives analyses; no I/O here.
import { assertedAfterDispute, driftOf, type Drift } from '../assess/drift.ts';
import { provenanceOf, type PrimarySource, type TracedArticle } from '../assess/provenance.ts';
import { carriers, clusterClaims } from '../link/claim-clusters.ts';
import { claimUnits, sentenceAround, SILENT_CUE, type ClaimUnit, type Stance } from '../link/claim-units.ts';
import { findCopies, publishedKey, type CopyLink } from '../link/copies.ts';
import { EntityResolver, type Entity } from '../link/entities.ts';
import { countDoc, groupCounted, type CountedDoc, type StoryGroup } from '../link/stories.ts';
import { anonymousSource } from '../analyze/speakers.ts';
import type { Analysis, Span, Speaker } from '../types.ts';
import { correctCopies, correctSpeakers, type Correction, type CorrectionUse } from './corrections.ts';

const PRONOUN = /^(?:he|she|it|they|him|her|them|i|we|you|his|its|their)$/i;

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
  /** The user's corrections, each marked applied or not (what it names is no longer there). */
  corrections: CorrectionUse[];
}

export interface TraceOptions {
  corrections?: Correction[];
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

const compactName = (name: string) => name.toLowerCase().replace(/^the\s+/, '').replace(/[^a-z0-9]/g, '');
/** A host's first label, compacted: the name a site goes by ("openroadnotes.blog" → "openroadnotes"). */
const hostLabel = (host: string) => compactName(host.replace(/^www\./i, '').split('.')[0]!);
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

const ORIGIN_CUE = /\b(?:began|begun|originated|started|came|traced(?:\s+\w+){0,4}\s+back|invented|made\s+up|fabricated)\b[^.\n]{0,80}?\b(?:on|at|with|to|by|from|in)\s+$/i;
const SATIRE_AFTER = /^['’]?s?,?\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:satirical|satire|parody|spoof|joke|fake[- ]news)\b/i;

/** Whether any article in scope names this outlet as where the story began or as a satire site. */
function tracedToOutlet(outletKey: string, members: number[], texts: string[], inputs: TraceInput[], resolver: EntityResolver): boolean {
  for (const n of members) {
    const text = texts[n]!;
    for (const m of inputs[n]!.analysis.mentions) {
      if (m.kind !== 'outlet' && m.kind !== 'unknown') continue;
      const name = text.slice(m.span.start, m.span.end);
      if (resolver.resolve(name, 'outlet').key !== outletKey) continue;
      const before = text.slice(Math.max(0, m.span.start - 120), m.span.start);
      const after = text.slice(m.span.end, m.span.end + 60);
      if (ORIGIN_CUE.test(before) || SATIRE_AFTER.test(after)) return true;
    }
  }
  return false;
}

/** Where a text names something, by any of these forms (case-insensitive, whole words), in text order. */
function namedAt(text: string, forms: string[]): Span[] {
  const lower = text.toLowerCase();
  const out: Span[] = [];
  for (const form of new Set(forms.map((f) => f.toLowerCase().trim()).filter((f) => f.length > 1))) {
    for (let i = lower.indexOf(form); i >= 0; i = lower.indexOf(form, i + form.length)) {
      const edge = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}]/u.test(c);
      if (edge(lower[i - 1]) && edge(lower[i + form.length]) && !out.some((s) => s.start < i + form.length && i < s.end)) out.push({ start: i, end: i + form.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "Mark a claim as two": the cluster holding the named appearance loses the listed articles' units to a second cluster. */
function splitClaims(clusters: number[][], units: ClaimUnit[], corrections: Correction[], ids: string[], texts: string[], used: Set<string>, userMade: WeakSet<number[]>): number[][] {
  let out = clusters;
  for (const c of corrections) {
    if (c.kind !== 'split-claim') continue;
    const n = ids.indexOf(c.article);
    if (n < 0 || c.offset > texts[n]!.length) continue;
    const k = out.findIndex((cl) => cl.some((i) => units[i]!.article === n && units[i]!.context.start <= c.offset && c.offset < units[i]!.context.end));
    if (k < 0) continue;
    const second = new Set(c.articles.map((id) => ids.indexOf(id)));
    const [a, b] = [out[k]!.filter((i) => !second.has(units[i]!.article)), out[k]!.filter((i) => second.has(units[i]!.article))];
    if (!a.length || !b.length) continue;
    out = [...out.slice(0, k), a, b, ...out.slice(k + 1)];
    // The user said these are claims: each half stays one even when a single article carries it.
    userMade.add(a);
    userMade.add(b);
    used.add(c.id);
  }
  return out;
}

/**
 * Where to look for one claim across articles: wider than a story, since coverage of one event splits
 * into stories of its own (the allegation, the rebuttal, the correction) that still carry its claims.
 * A loose grouping of the articles, joined further by copies.
 */
function claimScopes(counted: CountedDoc[], ids: string[], copies: CopyLink[], stories: StoryGroup[]): number[][] {
  const loose = groupCounted(counted, { cluster: { linkSimilarity: 0.2, dayBonus: 0, dayPenalty: 0, hubness: 0 } });
  const index = new Map(ids.map((id, n) => [id, n]));
  const parent = ids.map((_, n) => n);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const union = (a: number, b: number) => (parent[find(a)] = find(b));
  for (const s of loose) for (const a of s.articles.slice(1)) union(index.get(a)!, index.get(s.articles[0]!)!);
  for (const c of copies) union(index.get(c.article)!, index.get(c.of)!);
  const scopes = new Map<number, number[]>();
  ids.forEach((_, n) => {
    const r = find(n);
    const list = scopes.get(r);
    if (list) list.push(n);
    else scopes.set(r, [n]);
  });
  // A loose grouping can chain a whole archive together; past a size, the stories themselves are the
  // scopes, so matching claims stays proportional to the coverage of one event.
  const out: number[][] = [];
  const storyOf = new Map<number, number>();
  stories.forEach((s, k) => s.articles.forEach((a) => storyOf.set(index.get(a)!, k)));
  for (const scope of scopes.values()) {
    if (scope.length <= MAX_SCOPE) {
      out.push(scope);
      continue;
    }
    const byStory = new Map<number, number[]>();
    for (const n of scope) {
      const k = storyOf.get(n) ?? -1 - n;
      const list = byStory.get(k);
      if (list) list.push(n);
      else byStory.set(k, [n]);
    }
    out.push(...byStory.values());
  }
  return out;
}

const MAX_SCOPE = 400;

/**
 * The sentence that best states a claim: of the appearances, the one sharing most terms with the others
 * (ties go to the origin), as its whole sentence, since a content span may be only a clause.
 */
function statementOf(units: ClaimUnit[], origin: ClaimUnit, inputs: TraceInput[]): { article: number; span: Span } {
  const sets = units.map((u) => new Set(u.terms));
  let best = origin, bestScore = -1;
  units.forEach((u, i) => {
    let score = 0;
    sets.forEach((o, j) => {
      if (i !== j) for (const t of sets[i]!) if (o.has(t)) score++;
    });
    if (score > bestScore || (score === bestScore && u === origin)) (best = u), (bestScore = score);
  });
  // the sentences of the content itself: a unit's context starts at its speaker, who may be named a
  // sentence earlier ("…,” he wrote. “I expect…”), and that sentence is another statement
  const sentences = sentenceAround(inputs[best.article]!.analysis.sentences, best.span);
  const span = sentences.end - sentences.start <= 400 ? sentences : best.span;
  return { article: best.article, span };
}

// "Arden has not made the remarks attributed to him", "I have never said anything like that", "invented
// … a quote from Mayor Arden": a statement that someone never said what is going round in their name.
const DISAVOW = [
  /\b(?:remarks?|comments?|words|quotes?|quotations?|statements?)\s+(?:(?:that\s+(?:were|was|have\s+been|had\s+been)\s+)?(?:attributed|ascribed)|put\s+in\s+(?:his|her|their)\s+mouth)\b/i,
  /\b(?:never|not|n['’]t|no\s+longer)\s+(?:\w+\s+){0,2}?(?:said|say|saying|made|make|making|given|give|uttered|spoken)\s+(?:anything|any|such|those|these|the|that|this|them|it)\b[^.;]{0,30}?\b(?:remarks?|comments?|words|quotes?|thing|kind|sort|like\s+(?:that|this|it))\b/i,
  /\b(?:invent\w*|made[- ]up|fabricat\w*|fake)\b[^.;]{0,80}?\b(?:quotes?|quotations?|remarks?|comments?)\s+(?:from|by|of)\b/i,
];
const SUBJECT_PRONOUN = /^\W*(?:that\s+)?(?:i|he|she)\b/i;

/**
 * A unit that says someone never said what is attributed to them is a denial of that person's quoted claim,
 * wherever its words put it: it moves to the claim the coverage attributes to that person (the most widely
 * carried, when several), with the stance "denied".
 */
/** A person's surname, to match a name written in a sentence ("Mayor Colm Arden") with a speaker's. */
const surname = (name: string) => name.toLowerCase().replace(/[’']s$/, '').split(/[^\p{L}'’-]+/u).filter(Boolean).pop() ?? '';

function disavowals(clusters: number[][], units: ClaimUnit[], inputs: TraceInput[], texts: string[], userMade: WeakSet<number[]>): number[][] {
  // asked once per unit: the claims each person is quoted in ask it again of every unit per move
  const disavows = units.map((u) => DISAVOW.some((re) => re.test(texts[u.article]!.slice(u.span.start, u.span.end))));
  const moves: { unit: number; person: string }[] = [];
  units.forEach((u, i) => {
    if (!disavows[i]) return;
    const text = texts[u.article]!;
    const named = inputs[u.article]!.analysis.mentions.find((m) => m.kind === 'person' && m.span.start >= u.span.start && m.span.end <= u.span.end);
    const who = named ? text.slice(named.span.start, named.span.end) : SUBJECT_PRONOUN.test(text.slice(u.span.start, u.span.end)) && u.speaker?.kind === 'person' && !u.speaker.anonymous ? u.speaker.name : null;
    if (who) moves.push({ unit: i, person: surname(who) });
  });
  if (!moves.length) return clusters;
  // The claims each person is quoted in, by how many articles quote them there (claims in two articles
  // or more), indexed once by surname. A moved unit disavows, so it never counted: the index holds.
  const bySurname = new Map<string, { k: number; articles: number }[]>();
  clusters.forEach((c, k) => {
    if (new Set(c.map((i) => units[i]!.article)).size < 2) return;
    const quoting = new Map<string, Set<number>>();
    for (const i of c) {
      const u = units[i]!;
      if (u.speaker?.kind !== 'person' || u.speaker.anonymous || u.stance === 'denied' || disavows[i]) continue;
      const key = surname(u.speaker.name);
      (quoting.get(key) ?? quoting.set(key, new Set()).get(key)!).add(u.article);
    }
    for (const [key, articles] of quoting) (bySurname.get(key) ?? bySurname.set(key, []).get(key)!).push({ k, articles: articles.size });
  });
  const quotedIn = (key: string) =>
    [...(bySurname.get(key) ?? [])].sort((a, b) => b.articles - a.articles || clusters[b.k]!.length - clusters[a.k]!.length)[0]?.k;
  const out = clusters.map((c) => [...c]);
  const clusterOf = new Map<number, number>();
  out.forEach((c, k) => { for (const i of c) clusterOf.set(i, k); });
  for (const { unit, person } of moves) {
    const target = quotedIn(person);
    if (target === undefined) continue;
    units[unit] = { ...units[unit]!, stance: 'denied' };
    const from = clusterOf.get(unit);
    if (from !== undefined) out[from]!.splice(out[from]!.indexOf(unit), 1);
    out[target]!.push(unit);
    clusterOf.set(unit, target);
  }
  clusters.forEach((c, k) => {
    if (userMade.has(c)) userMade.add(out[k]!);
  });
  return out.filter((c) => c.length > 0);
}

export function trace(given: TraceInput[], opts: TraceOptions = {}): Trace {
  const corrections = opts.corrections ?? [];
  const used = new Set<string>();
  const corrected = correctSpeakers(given.map((i) => i.analysis), corrections, used);
  const inputs = given.map((i, n) => (corrected[n] === i.analysis ? i : { ...i, analysis: corrected[n]! }));
  const texts = inputs.map((i) => i.analysis.article.text);
  const ids = inputs.map((i) => i.analysis.article.id);
  const resolver = new EntityResolver();
  for (const c of corrections) if (c.kind === 'split-entity') (resolver.split(c.form), used.add(c.id));
  const hostLabels = new Set(inputs.map((i) => hostOf(i)).filter((h): h is string => Boolean(h)).map(hostLabel).filter(Boolean));

  // Entities: names cited and spoken first, so hosts, short forms and roles resolve to full names.
  // Full names before short ones, so "CWS" and "the Courier" find "Continental Wire Service" and
  // "The Saltmarsh Courier" wherever in the coverage those were written out.
  const allNames = inputs.flatMap((i) => [
    ...i.analysis.citedOutlets.map((c) => c.name),
    ...i.analysis.attributions.filter((a) => a.speaker?.kind === 'outlet').map((a) => a.speaker!.name),
    // Outlets named anywhere, so a host ("brindlebugle.com") finds the name the coverage gives it; and
    // names of no known kind that spell an article's host ("The Brindle Bugle" for brindlebugle.com).
    ...i.analysis.mentions
      .map((m) => ({ m, name: i.analysis.article.text.slice(m.span.start, m.span.end) }))
      .filter(({ m, name }) => m.kind === 'outlet' || (m.kind !== 'person' && hostLabels.has(compactName(name))))
      .map(({ name }) => name),
  ]);
  for (const name of [...new Set(allNames)].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length)) resolver.resolve(name, 'outlet');
  const cited = inputs.map((i) => i.analysis.citedOutlets.map((c) => ({ c, e: c.key.startsWith('post:') ? { key: c.key, name: c.name, kind: 'outlet' as const, forms: new Set<string>() } : resolver.resolve(c.name, 'outlet') })));
  for (const i of inputs) {
    for (const a of i.analysis.attributions) {
      const s = a.speaker;
      if (!s || s.anonymous || s.kind === 'unknown' || PRONOUN.test(s.name)) continue;
      const e = resolver.resolve(s.name, s.kind);
      if (s.roles?.length) resolver.noteRoles(e.key, s.roles);
    }
  }
  for (const c of corrections) if (c.kind === 'merge-entities') (resolver.merge(c.names), used.add(c.id));
  /** The coverage-wide entity of a speaker: named ones by name, unresolved roles by the roles seen elsewhere. */
  const entityOf = (s: Speaker): Entity | null => {
    if (s.anonymous || PRONOUN.test(s.name)) return null;
    if (s.kind === 'unknown') {
      const byRole = resolver.resolveRole(s.name);
      if (byRole) return byRole;
      // An unresolved description stays itself ("the regional fire service"); a stray word does not ("three").
      if (!/\p{Lu}/u.test(s.name) && !/^(?:the|a|an)\s+\S+/i.test(s.name)) return null;
    }
    return resolver.resolve(s.name, s.kind);
  };
  const own = inputs.map((i) => {
    const host = hostOf(i);
    const name = i.analysis.article.meta.outlet?.value ?? host;
    return name ? resolver.resolve(name, 'outlet') : null;
  });

  // Every name the coverage gives an outlet (cited, or an article's own): a source so named is that outlet
  // citing or being cited ("Northwire reported", "Trendloop has asked"), never a speaker, whatever kind
  // the article's own reading gave the name.
  const outletNames = new Set<string>();
  for (const e of [...cited.flatMap((cs) => cs.map((x) => x.e)), ...own]) {
    if (!e || e.key.startsWith('post:')) continue;
    // a host names its outlet by its first label: "openroadnotes.blog" is Open Road Notes
    for (const f of [e.name, ...e.forms]) outletNames.add(HOST.test(f) ? hostLabel(f) : compactName(f));
  }
  outletNames.delete('');
  const outletNamed = (s: Speaker): boolean => !s.anonymous && s.kind !== 'outlet' && outletNames.has(compactName(s.name));
  // Names some article writes as a place ("in Brindle Cove"): where another article's headline makes the
  // place a source ("Brindle Cove plans …"), it stands for someone unnamed, as in the article itself.
  const placeNames = new Set(inputs.flatMap((i) => i.analysis.mentions.filter((m) => m.kind === 'place').map((m) => compactName(i.analysis.article.text.slice(m.span.start, m.span.end)))));
  placeNames.delete('');
  const placeNamed = (s: Speaker): boolean => !s.anonymous && !s.roles?.length && placeNames.has(compactName(s.name));

  const idSet = new Set(ids);
  const publishedOf = (id: string) => {
    const i = inputs[ids.indexOf(id)]!;
    return publishedKey(i.published ?? i.analysis.article.meta.published?.value ?? null);
  };
  const copies = correctCopies(
    findCopies(inputs.map((i, n) => ({ id: ids[n]!, text: texts[n]!, published: i.published ?? null }))),
    corrections,
    idSet,
    publishedOf,
    used,
  );
  const indexOfId = new Map(ids.map((id, n) => [id, n]));
  const copyOf = new Map(copies.map((c) => [c.article, indexOfId.get(c.of)!]));
  const copyRoot = (n: number) => copyOf.get(ids[n]!) ?? n;

  const articles = inputs.map((input, n) => {
    const ownKey = own[n]?.key ?? null;
    const citations: TracedCitation[] = [];
    for (const { c, e } of cited[n]!) {
      if (e.key === ownKey) continue; // an outlet naming itself is not citing anyone
      const prev = citations.find((x) => x.key === e.key);
      if (prev) prev.spans.push(...c.spans);
      else citations.push({ name: e.name, key: e.key, spans: [...c.spans], via: c.via });
    }
    for (const a of input.analysis.attributions) {
      if (!a.speaker || !a.source || !outletNamed(a.speaker)) continue;
      const e = resolver.resolve(a.speaker.name, 'outlet');
      if (e.key === ownKey) continue;
      const prev = citations.find((x) => x.key === e.key);
      if (prev) { if (!prev.spans.some((sp) => sp.start === a.source!.start)) prev.spans.push(a.source); }
      else citations.push({ name: e.name, key: e.key, spans: [a.source], via: ['attribution'] });
    }
    for (const k of corrections) {
      if (k.kind !== 'citation' || k.article !== ids[n]) continue;
      const e = resolver.resolve(k.outlet, 'outlet');
      const at = citations.findIndex((x) => x.key === e.key);
      if (k.verdict === 'reject' && at >= 0) citations.splice(at, 1);
      if (k.verdict === 'confirm' && at < 0) {
        // Point at where the article names the outlet, by any name the coverage gives it; an article
        // that never names it (the user knows otherwise) gets a citation with no span, not a made-up one.
        citations.push({ name: e.name, key: e.key, spans: namedAt(texts[n]!, [k.outlet, e.name, ...e.forms]), via: ['correction'] });
      }
      used.add(k.id);
    }
    const speakers = new Map<string, TracedSpeaker>();
    const addAnonymous = (s: Speaker) => speakers.set(`anonymous:${s.name.toLowerCase()}`, { name: s.name, key: s.key, anonymous: true, kind: s.kind });
    for (const a of input.analysis.attributions) {
      const s = a.speaker;
      // "the Meridian Post, citing a source close to the ministry, reported": the unnamed source it cites speaks too
      if (a.cue && /^citing$/i.test(texts[n]!.slice(a.cue.start, a.cue.end).trim())) {
        for (const c of a.content) {
          const cited = anonymousSource(texts[n]!.slice(c.start, c.end).trim());
          if (cited) addAnonymous(cited);
        }
      }
      // An outlet cites; a place stands for someone unnamed ("Lower Brenna asks …"): neither is a speaker.
      if (!s || s.kind === 'outlet' || s.kind === 'place' || outletNamed(s) || placeNamed(s)) continue;
      // Declining to comment says nothing: not a speaker of the article.
      if (a.cue && SILENT_CUE.test(texts[n]!.slice(a.cue.start, a.cue.end).trim())) continue;
      if (s.anonymous) {
        addAnonymous(s);
        continue;
      }
      const e = entityOf(s);
      if (!e || e.kind === 'outlet' || e.key === ownKey || cited[n]!.some((c) => c.e.key === e.key)) continue;
      // A description nobody could be found behind is not a speaker to list ("a post", "the report"), nor
      // a source in which no name was found ("Opposition demands …": a common word capitalised by its place).
      if (e.kind === 'unknown' && (!s.named || !/^\p{Lu}/u.test(e.name.replace(/^(?:the|a|an)\s+/i, '')))) continue;
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

  // Terms are counted once for both groupings: the stories, and the looser scopes claims are matched in.
  const counted = inputs.map((input, n) => countDoc({ id: ids[n]!, title: input.analysis.article.meta.title?.value ?? null, text: texts[n]!, published: input.published ?? null }));
  const stories = groupCounted(counted);
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const a of s.articles) storyOf.set(a, s.id);

  // Units keep the speaker keys of the coverage, not of their article.
  const canon = (s: ClaimUnit['speaker'], article: number) => {
    if (!s || s.anonymous) return s;
    // A name used as a modifier of a role ("Valdoria minister" given as "Valdoria") is the person who holds
    // that role in the coverage, when someone does.
    const next = s.kind === 'unknown' && s.named ? /^\s+(\p{Ll}[\p{L}-]+)/u.exec(texts[article]!.slice(s.named.end, s.named.end + 40)) : null;
    const e = (next && resolver.resolveRole(`${s.name} ${next[1]}`)) || entityOf(s);
    if (!e) return null;
    return { ...s, key: e.key, name: e.name, kind: e.kind === 'unknown' ? s.kind : e.kind };
  };
  const claims: TracedClaim[] = [];
  for (const members of claimScopes(counted, ids, copies, stories)) {
    const units = members.flatMap((n) => claimUnits(inputs[n]!.analysis, n)).map((u) => ({ ...u, speaker: canon(u.speaker, u.article), viaOutlet: canon(u.viaOutlet, u.article) }));
    // Whether the scope names an outlet as where the story began, asked once per outlet (the resolver
    // is not called between the claims of a scope, so the answer cannot change within it).
    const traced = new Map<string, boolean>();
    const userMade = new WeakSet<number[]>();
    const grouped = disavowals(splitClaims(clusterClaims(units), units, corrections, ids, texts, used, userMade), units, inputs, texts, userMade);
    const carried = carriers(units, grouped);
    for (const [k, core] of grouped.entries()) {
      // Units that carry this claim in passing join it as appearances (and are never its source).
      const cluster = [...core, ...(userMade.has(core) ? [] : carried[k]!.map((i) => -1 - i))]; // a user's split stands
      const unitOf = (i: number) => (i >= 0 ? units[i]! : { ...units[-1 - i]!, carried: true });
      // A statement carried only by one article and its copies is that article's, not a claim that
      // spread: claims need two articles that are not copies of each other (unless a user split it off).
      const groups = new Set(core.map((i) => copyRoot(units[i]!.article)));
      if (groups.size < 2 && !userMade.has(core)) continue;
      const p = provenanceOf(cluster.map(unitOf), articles);
      // When the coverage itself says the story began at the outlet that first printed it ("began as
      // satire on …", "traced back to …"), that outlet, not the people it quoted, is the origin.
      const firstOutlet = articles[p.firstAppearance]!.outletKey;
      if (firstOutlet && (traced.get(firstOutlet) ?? traced.set(firstOutlet, tracedToOutlet(firstOutlet, members, texts, inputs, resolver)).get(firstOutlet))) {
        const a = articles[p.firstAppearance]!;
        p.primarySources = [{ name: a.outletName ?? firstOutlet, key: firstOutlet, kind: 'outlet' }];
        p.independentSources = 1;
      }
      const origin = p.appearances.find((a, i) => a.root === i && (a.unit.speaker || a.unit.viaOutlet)) ?? p.appearances[0]!;
      const drift = p.appearances.flatMap((a) => {
        const root = p.appearances[a.root]!;
        const ref = root.unit.article === a.unit.article ? origin : root;
        return driftOf(a.unit, ref.unit, a.parent !== null, texts);
      });
      const hardened = new Set(drift.filter((d) => d.kind === 'hardened').map((d) => d.article));
      drift.push(...assertedAfterDispute(p.appearances.map((a) => a.unit), (n) => articles[n]!.published, texts).filter((d) => !hardened.has(d.article)));
      claims.push({
        id: '',
        story: storyOf.get(ids[p.firstAppearance]!) ?? null,
        statement: statementOf(p.appearances.map((a) => a.unit), origin.unit, inputs),
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
  // Most widely carried first; among equals, the claims articles put nearer their top (what the story is about).
  const depth = (c: TracedClaim) => c.appearances.reduce((s, a) => s + a.span.start / Math.max(1, texts[a.article]!.length), 0) / c.appearances.length;
  const depths = new Map(claims.map((c) => [c, depth(c)]));
  claims.sort((a, b) => b.appearances.length - a.appearances.length || depths.get(a)! - depths.get(b)! || a.firstAppearance - b.firstAppearance);
  claims.forEach((c, i) => (c.id = `c${i + 1}`));
  const applied = corrections.map((c) => ({ id: c.id, kind: c.kind, by: c.by, at: c.at, applied: used.has(c.id) }));
  return { inputs, articles, copies, stories, claims, corrections: applied };
}
