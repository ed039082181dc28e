// Drift: how a claim changed on its way from its origin to each article that carries it. Every article
// is compared with the origin of its chain (not only its direct parent), so an article that repeats
// drifted wording from another is flagged too.
import { certaintyOf } from '../analyze/hedges.ts';
import { quoteSimilarity } from '../link/claim-clusters.ts';
import type { ClaimUnit } from '../link/claim-units.ts';
import { terms } from '../link/terms.ts';
import type { Span, Speaker } from '../types.ts';
import { mayBeSameBody } from './same-body.ts';

export type DriftKind = 'hardened' | 'softened' | 'misattributed' | 'altered-quote' | 'number-changed';

export interface Drift {
  article: number;
  kind: DriftKind;
  span: Span;
  source: { article: number; span: Span };
  note: string;
}

const CONTESTED = new Set(['disputed', 'denied']);
/** Words that state a claim as proven: their arrival on the way from the origin is hardening. */
const HARDENERS = /^(?:confirm\w*|prov\w*|proof|establish\w*|verified|undeniabl\w*|undoubtedl\w*|definitel\w*|certainl\w*|clearly|in\s+fact|demonstrat\w*|beyond\s+doubt|no\s+doubt)$/i;
/** Words that add doubt: their arrival is softening (reporting and accusation verbs are not). */
const SOFTENERS = /^(?:reportedly|allegedly|purportedly|supposedly|apparently|seemingly|possibly|perhaps|maybe|may|might|could|unconfirmed|unverified|rumou?red|is said to|are said to|was said to|were said to)$/i;

/** How certain the article makes the statement sound, from 0 (speculation) to 1 (proven). */
export function certainty(u: ClaimUnit): number {
  const c = certaintyOf(u.hedges.filter((h) => h.class !== 'denial'));
  if (c !== null) return c;
  return u.speaker || u.viaOutlet ? 0.6 : 0.9;
}

const QUOTE = /[“"«]([^“”"«»\n]{8,600})[”"»]/g;
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function quotes(text: string, span: Span): { span: Span; words: string[] }[] {
  const out: { span: Span; words: string[] }[] = [];
  const s = text.slice(span.start, span.end);
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(s); m; m = QUOTE.exec(s)) {
    out.push({ span: { start: span.start + m.index + 1, end: span.start + m.index + m[0].length - 1 }, words: words(m[1]!) });
  }
  return out;
}

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|several|scores|a few|many|handful';
const QUANTITY = new RegExp(`\\b(?:\\d[\\d,.]*(?!\\s*(?:January|February|March|April|May|June|July|August|September|October|November|December))|${NUMBER_WORDS})\\b`, 'gi');

// Number words and figures that say the same amount: "a dozen" and "12" are no change.
const VALUE: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12', dozen: '12', fifteen: '15', twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100', thousand: '1000', million: '1000000' };
const MONTH_BEFORE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$/;

/** The amounts stated in `span` of `text`, each with a value that number words and figures share. */
export function quantities(text: string, span: Span): { span: Span; value: string }[] {
  const out: { span: Span; value: string }[] = [];
  const s = text.slice(span.start, span.end);
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(s); m; m = QUANTITY.exec(s)) {
    const v = m[0].toLowerCase().replace(/,/g, '');
    if (/^(?:1[89]|20)\d\d$/.test(v)) continue; // a year
    const before = s.slice(Math.max(0, m.index - 12), m.index);
    if (/\b(?:on|since|at)\s+$/i.test(before) || MONTH_BEFORE.test(before)) continue; // a date or time
    // either half of a clock time ("01:05") is no amount, whoever wrote "at" before it
    const end = m.index + m[0].length;
    if (/\d:$/.test(before) || (s[end] === ':' && /\d/.test(s[end + 1] ?? ''))) continue;
    out.push({ span: { start: span.start + m.index, end: span.start + m.index + m[0].length }, value: VALUE[v] ?? v });
  }
  return out;
}

/** Whether b occurs in a as a run of consecutive words. */
function contains(a: string[], b: string[]): boolean {
  if (!b.length || b.length > a.length) return false;
  const hay = ` ${a.join(' ')} `;
  return hay.includes(` ${b.join(' ')} `);
}

function jaccard(a: string[], b: string[]): number {
  const x = new Set(a), y = new Set(b);
  let inter = 0;
  for (const w of x) if (y.has(w)) inter++;
  return inter / (x.size + y.size - inter || 1);
}

/**
 * The unit's certainty words, without those in a clause of its span that says nothing of the claim:
 * in "three people are confirmed dead, about a dozen villages are flooded", "confirmed" is the deaths'
 * and no hardening of the flooding. A clause with no other words ("It is confirmed: …") and words outside
 * the span (its frame: "confirmed that …") count.
 */
function clauseHedges(u: ClaimUnit, origin: ClaimUnit, text: string): ClaimUnit['hedges'] {
  const pieces: Span[] = [];
  let at = u.span.start;
  for (const m of text.slice(u.span.start, u.span.end).matchAll(/[,;:—–]/g)) {
    pieces.push({ start: at, end: u.span.start + m.index! });
    at = u.span.start + m.index! + 1;
  }
  pieces.push({ start: at, end: u.span.end });
  if (pieces.length < 2) return u.hedges;
  const claim = new Set(origin.terms);
  return u.hedges.filter((h) => {
    const piece = pieces.find((p) => p.start <= h.span.start && h.span.end <= p.end);
    if (!piece) return true;
    // the clause's words besides the certainty word: none ("It is confirmed: …") frames the claim
    const own = new Set(terms(text, h.span.start, h.span.end));
    const rest = terms(text, piece.start, piece.end).filter((t) => !own.has(t));
    return rest.length === 0 || rest.some((t) => claim.has(t));
  });
}

/** Drift of one appearance against the origin of its chain. */
export function driftOf(u: ClaimUnit, origin: ClaimUnit, derived: boolean, texts: string[]): Drift[] {
  if (u === origin || u.article === origin.article) return [];
  const out: Drift[] = [];
  const text = texts[u.article]!, otext = texts[origin.article]!;
  const src = { article: origin.article, span: origin.span };
  const add = (kind: DriftKind, span: Span, note: string) => out.push({ article: u.article, kind, span, source: src, note });
  // A unit that carries the claim only in passing has its words of proof and its speaker for the claim it
  // was grouped with: they say nothing about this one (a flat assertion, though, asserts all it says).
  if (!CONTESTED.has(u.stance) && !CONTESTED.has(origin.stance)) {
    u = { ...u, hedges: clauseHedges(u, origin, text) };
    const a = certainty(u), o = certainty(origin);
    const softener = u.hedges.find((h) => SOFTENERS.test(text.slice(h.span.start, h.span.end))) ?? null;
    const strongest = u.carried ? null : (u.hedges.find((h) => h.class === 'booster' && HARDENERS.test(text.slice(h.span.start, h.span.end))) ?? null);
    // Hardened: a word of proof the origin did not use, in an article that had the claim from someone
    // else (a first-hand source confirming its own statement is not hardening), or a flat assertion of
    // what the origin only alleged.
    const boosted = strongest !== null && (derived || (!u.speaker && !u.viaOutlet)) && !origin.hedges.some((h) => HARDENERS.test(texts[origin.article]!.slice(h.span.start, h.span.end)));
    const flat = !u.speaker && !u.viaOutlet && o <= 0.45;
    if ((boosted || flat) && a >= o + 0.25) add('hardened', strongest?.span ?? u.span, `certainty ${a.toFixed(2)} here against ${o.toFixed(2)} at the origin${strongest ? ` ("${text.slice(strongest.span.start, strongest.span.end)}")` : u.speaker || u.viaOutlet ? '' : ' (stated as fact, without a source)'}`);
    else if (softener && !u.carried && a <= o - 0.25 && !origin.hedges.some((h) => h.class === 'hedge')) add('softened', softener.span, `certainty ${a.toFixed(2)} here against ${o.toFixed(2)} at the origin`);
  }
  const s = u.speaker, os = origin.speaker;
  // Both must be someone the text names: a place standing for someone ("Brindle Cove confirms …") or a
  // description ("the post") is not a second speaker to have moved the claim to.
  const named = (x: Speaker | null): x is Speaker & { named: Span } => !!x && !x.anonymous && !!x.named && x.kind !== 'place';
  if (derived && !u.carried && named(s) && named(os) && s.kind !== 'outlet' && s.key !== os.key && s.name !== os.name && !mayBeSameBody(s, os)) {
    add('misattributed', s.named, `attributed to ${s.name}; the origin attributes it to ${os.name}`);
  }
  // Quotes are compared with every quote of the origin article: quoting part of a quote is not altering it.
  const oq = quotes(otext, { start: 0, end: otext.length });
  for (const q of quotes(text, u.context)) {
    if (oq.some((o) => contains(o.words, q.words) || contains(q.words, o.words))) continue;
    // The same quote: most words shared, or a run of words shared with many of the rest ("… has to pay its way").
    const match = oq.map((o) => ({ o, j: jaccard(q.words, o.words), run: quoteSimilarity(q.words, o.words) })).sort((x, y) => y.j - x.j)[0];
    if (match && (match.j >= 0.5 || match.run >= 0.3)) {
      add('altered-quote', q.span, `quoted words differ from the origin's quote (${Math.round(match.j * 100)}% word overlap)`);
      break;
    }
  }
  // The numbers of the claim itself when its span has any ("dozens of wardens"), not others in its sentence.
  const inSpan = (t: string, x: ClaimUnit) => {
    const own = quantities(t, x.span);
    return own.length ? own : quantities(t, x.context);
  };
  // A denial names the number it denies; that is no change of it.
  if (CONTESTED.has(u.stance)) return out;
  const on = inSpan(otext, origin);
  const un = inSpan(text, u);
  if (on.length && un.length) {
    const ov = new Set(on.map((q) => q.value));
    const changed = un.find((q) => !ov.has(q.value));
    if (changed && !un.some((q) => ov.has(q.value))) add('number-changed', changed.span, `"${changed.value}" here; the origin says "${on.map((q) => q.value).join('", "')}"`);
  }
  return out;
}

/**
 * Hardened: an article that states a claim as plain fact, with no source, after an earlier article in the
 * coverage disputed or denied it ("costs six crowns per person", a day after the council said there is no
 * fee). Each such article once, against the earliest dispute before it.
 */
export function assertedAfterDispute(units: ClaimUnit[], published: (article: number) => number, texts: string[]): Drift[] {
  const disputes = units.filter((u) => CONTESTED.has(u.stance)).sort((a, b) => published(a.article) - published(b.article));
  const out: Drift[] = [];
  const seen = new Set<number>();
  for (const u of units) {
    if (u.stance !== 'asserted' || u.speaker || u.viaOutlet || seen.has(u.article) || !Number.isFinite(published(u.article))) continue;
    const d = disputes.find((x) => x.article !== u.article && published(x.article) < published(u.article));
    if (!d) continue;
    seen.add(u.article);
    out.push({ article: u.article, kind: 'hardened', span: u.span, source: { article: d.article, span: d.span }, note: `stated as fact, without a source, after it was disputed ("${texts[d.article]!.slice(d.span.start, d.span.end).slice(0, 80)}")` });
  }
  return out;
}
