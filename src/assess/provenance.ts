// Provenance of one claim: for each article that carries it, where that article got it (a copy of an
// earlier article, or an outlet it cites that is also in the coverage), the roots of those chains, the
// first-hand sources at the roots, and how many independent sources that makes.
import type { ClaimUnit } from '../link/claim-units.ts';
import { publishedKey } from '../link/copies.ts';
import { primaryKindOf } from './primary-kind.ts';
import { mayBeSameBody } from './same-body.ts';
import type { Speaker } from '../types.ts';

export interface TracedArticle {
  id: string;
  published: number;
  /** Coverage-wide entity key of the article's own outlet, when known. */
  outletKey: string | null;
  outletName: string | null;
  /** Entity keys of the outlets the article cites. */
  cites: Set<string>;
  /** Index of the article this one copies, if any. */
  copyOf: number | null;
}

export type PrimaryKind = 'person' | 'organization' | 'outlet' | 'document' | 'post' | 'anonymous';

export interface PrimarySource {
  name: string;
  key: string;
  kind: PrimaryKind;
}

export interface Appearance {
  unit: ClaimUnit;
  /** The article this appearance was taken from, and why; null for a root. */
  parent: { article: number; rule: 'copy' | 'citation' } | null;
  /** The root appearance of its chain (itself for a root). */
  root: number;
}

export interface Provenance {
  appearances: Appearance[];
  primarySources: PrimarySource[];
  independentSources: number;
  firstAppearance: number;
}

const CONTESTED = new Set(['disputed', 'denied']);

/** One unit per article: the attributed, uncontested one first, as the article's main statement of the claim. */
export function appearanceUnits(units: ClaimUnit[]): ClaimUnit[] {
  const byArticle = new Map<number, ClaimUnit>();
  const rank = (u: ClaimUnit) => (u.carried ? 4 : 0) + (CONTESTED.has(u.stance) ? 2 : 0) + (u.speaker || u.viaOutlet ? 0 : 1);
  for (const u of units) {
    const prev = byArticle.get(u.article);
    if (!prev || rank(u) < rank(prev)) byArticle.set(u.article, u);
  }
  return [...byArticle.values()];
}

function primaryOf(u: ClaimUnit, articles: TracedArticle[]): PrimarySource | null {
  const s = u.speaker;
  if (s?.anonymous) return { name: 'anonymous', key: 'anonymous', kind: 'anonymous' };
  if (s) return { name: s.name, key: s.key, kind: primaryKindOf(s) };
  if (u.viaOutlet) return { name: u.viaOutlet.name, key: u.viaOutlet.key, kind: 'outlet' };
  const a = articles[u.article]!;
  return a.outletKey ? { name: a.outletName ?? a.outletKey, key: a.outletKey, kind: 'outlet' } : null;
}

/** The share of the words `a` that unit b's content also has. */
function sharedShare(a: string[], b: ClaimUnit): number {
  const y = new Set(b.terms);
  const x = new Set(a);
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return x.size ? n / x.size : 1;
}

/** A named person or body speaking for itself (not an outlet, not anonymous). */
function firstHand(s: Speaker | null | undefined): s is Speaker {
  return !!s && !s.anonymous && (s.kind === 'person' || s.kind === 'organization');
}

export function provenanceOf(units: ClaimUnit[], articles: TracedArticle[]): Provenance {
  const apps = appearanceUnits(units).sort(
    (a, b) => articles[a.article]!.published - articles[b.article]!.published || (articles[a.article]!.id < articles[b.article]!.id ? -1 : 1),
  );
  const inClaim = new Map(apps.map((u, i) => [u.article, i]));
  const appearances: Appearance[] = apps.map((unit) => ({ unit, parent: null, root: -1 }));
  appearances.forEach((app, i) => {
    const art = articles[app.unit.article]!;
    if (art.copyOf !== null && inClaim.has(art.copyOf)) {
      app.parent = { article: art.copyOf, rule: 'copy' };
      return;
    }
    // The outlet the unit names, else any outlet the article cites, that has an earlier article carrying the claim.
    const wanted = app.unit.viaOutlet ? [app.unit.viaOutlet.key] : [...art.cites];
    // Without an outlet named for it, a unit that names its own first-hand source and says mostly other
    // things than a cited outlet's article that gives the claim to someone else did not come from there:
    // "the hospital confirmed three dead on arrival, two from Lower Brenna" beside a wire story's "the
    // directorate said three people had died" is a second source. Words mostly the same, given to someone
    // else, are a re-report that moved the claim to another speaker (a misattribution). The unit's words
    // are those of its whole sentence outside the source and cue, so the test does not hang on where the
    // tagger ended the content.
    const own = !app.unit.viaOutlet && firstHand(app.unit.speaker) ? app.unit.speaker : null;
    const secondSource = (o: ClaimUnit) =>
      own !== null && firstHand(o.speaker) && o.speaker.key !== own.key && !mayBeSameBody(own, o.speaker) && sharedShare(app.unit.detail ?? app.unit.terms, o) < 0.5;
    for (const key of wanted) {
      const j = appearances.findIndex((o, k) => k !== i && articles[o.unit.article]!.outletKey === key && articles[o.unit.article]!.published <= art.published && !secondSource(o.unit));
      if (j >= 0) {
        app.parent = { article: appearances[j]!.unit.article, rule: 'citation' };
        return;
      }
    }
  });
  const indexOf = (article: number) => inClaim.get(article)!;
  const rootOf = (i: number, seen = new Set<number>()): number => {
    const p = appearances[i]!.parent;
    if (!p || seen.has(i)) return i;
    seen.add(i);
    return rootOf(indexOf(p.article), seen);
  };
  appearances.forEach((a, i) => (a.root = rootOf(i)));

  // First-hand sources at the roots. A root that disputes the claim is not its source; an unattributed
  // root (the outlet's own assertion) counts only when no root names anyone.
  // A unit that only carries the claim in passing (grouped with another claim) names no source of it.
  const uncontested = appearances.filter((a, i) => a.root === i && !CONTESTED.has(a.unit.stance));
  const grouped = uncontested.filter((a) => !a.unit.carried);
  const roots = grouped.length ? grouped : uncontested;
  const attributedRoots = roots.filter((a) => a.unit.speaker || a.unit.viaOutlet);
  const sourcesFrom = attributedRoots.length ? attributedRoots : roots.slice(0, 1);
  // A speaker who disputes or denies the claim elsewhere in the coverage did not originate it: the words
  // given to them started with the article that first printed them ("a quote the mayor never gave").
  // Only a denial in the speaker's own words counts ("Arden denied …"): an article that disputes the
  // claim and also reports the original speaker standing by it must not unseat them.
  const deniers = new Set(appearances.filter((a) => a.unit.stance === 'denied' && a.unit.speaker && !a.unit.speaker.anonymous).map((a) => a.unit.speaker!.key));
  const primary = new Map<string, PrimarySource>();
  for (const r of sourcesFrom) {
    // An outlet that printed the claim without naming anyone, when the articles that took it from there
    // name who said it ("Pellow told the Courier it was a joke"): that speaker is the first-hand source,
    // and the outlet was where they said it.
    const at = appearances.indexOf(r);
    const told = r.unit.speaker
      ? null
      : appearances.find((a) => a.root === at && a !== r && !a.unit.carried && !CONTESTED.has(a.unit.stance) && firstHand(a.unit.speaker) && !deniers.has(a.unit.speaker.key));
    let p = primaryOf(told?.unit ?? r.unit, articles);
    if (p && deniers.has(p.key)) {
      const origin = articles[r.unit.article]!;
      p = origin.outletKey ? { name: origin.outletName ?? origin.outletKey, key: origin.outletKey, kind: 'outlet' } : p;
    }
    if (p && !primary.has(p.key)) primary.set(p.key, p);
  }
  const first = [...appearances].sort((a, b) => {
    const x = articles[a.unit.article]!, y = articles[b.unit.article]!;
    return x.published - y.published || (x.id < y.id ? -1 : 1);
  })[0]!;
  return {
    appearances,
    primarySources: [...primary.values()],
    independentSources: primary.size,
    firstAppearance: first.unit.article,
  };
}

export { publishedKey };
