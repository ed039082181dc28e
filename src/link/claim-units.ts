// The statements an article makes or reports, as units that can be matched across articles: the content
// of each attribution (with who said it, and through which outlet), and each sentence the article asserts
// with no source. A unit is offsets into its article plus the terms used to compare it.
import type { Analysis, Attribution, Hedge, Span, Speaker } from '../types.ts';
import { terms } from './terms.ts';

export type Stance = 'asserted' | 'attributed' | 'hedged' | 'disputed' | 'denied';

export interface ClaimUnit {
  /** Index of the article in the traced set. */
  article: number;
  span: Span;
  /** The sentence(s) around the unit, for certainty words written outside the content. */
  context: Span;
  terms: string[];
  /** The first-hand speaker the article gives (null when unattributed or only an outlet is named). */
  speaker: Speaker | null;
  /** The outlet the article says it got this from, when it names one. */
  viaOutlet: Speaker | null;
  /** The attribution it comes from, or null for an unattributed sentence. */
  attribution: number | null;
  cue: string;
  hedges: Hedge[];
  stance: Stance;
  /** Terms of the unit's sentence(s) outside its source, cue and nested reports: what the statement says,
   * wherever the tagger ended its content (for telling a second source that gives details of its own).
   * Absent for a content split into propositions, whose sentence says more than each of them. */
  detail?: string[];
  /** The words of the quotation, when the unit is a direct quote (its span opens or sits inside quote marks). */
  quote?: string[];
  /** Set when the unit is an appearance of a claim it was not grouped with (it carries it in passing). */
  carried?: boolean;
}

/** Cues that report silence, not a statement: "did not respond to requests for comment", "has not said". */
export const SILENT_CUE = /^(?:(?:did|does|has|have|had|could|would)\s+not|didn['’]t|hasn['’]t|haven['’]t|couldn['’]t|declined|refused|failed)\b.*\b(?:respond|responded|reply|replied|comment|commented|say|said|return|returned|reached|answer|answered)\b|^(?:declined|refused|asked about|asked)\b/i;

const DENY_CUE = /^(?:denied|denies|deny|rejected|rejects|refuted|refutes|dismissed|dismisses)$/i;
const DISPUTE = /\b(?:disputed?|disputes|false|untrue|not true|no evidence|unverified|unconfirmed|not confirmed|debunk\w*|retract\w*|misleading|baseless|fabricated|hoax|could not (?:be )?(?:verify|verified|confirm|confirmed)|was not accurate|inaccurate|there\s+(?:is|was|are|were|has\s+been)\s+no\b(?!\s+(?:longer|doubt|question|denying)))\b/i;
const HEDGE_CUE = /^(?:claimed|claims|claim|alleged|alleges|allege|suggested|suggests|speculated|rumou?red|insinuated)$/i;

// "X said [a] and that [b]", "[a]; [b]": two propositions, which other articles repeat separately.
const PROPOSITION_BREAK = /,?\s+and\s+that\s+|;\s+/g;

/** The parts of a span between proposition breaks, each as offsets into the text. */
export function propositions(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const s = text.slice(span.start, span.end);
  let from = 0;
  for (const m of s.matchAll(PROPOSITION_BREAK)) {
    out.push({ start: span.start + from, end: span.start + m.index! });
    from = m.index! + m[0].length;
  }
  out.push({ start: span.start + from, end: span.end });
  return out.filter((p) => p.end > p.start);
}

const MIN_REST_TERMS = 5;

/** The parts of a span not covered by any of the given spans. */
function outside(span: Span, cover: Span[]): Span[] {
  const out: Span[] = [];
  let at = span.start;
  for (const c of [...cover].sort((x, y) => x.start - y.start)) {
    if (c.end <= at || c.start >= span.end) continue;
    if (c.start > at) out.push({ start: at, end: c.start });
    at = Math.max(at, c.end);
  }
  if (at < span.end) out.push({ start: at, end: span.end });
  return out;
}

/** The longest stretch of a sentence outside its attributions' sources, cues and contents. */
function unattributedRest(sentence: Span, attributions: Attribution[]): Span | null {
  const taken: Span[] = attributions.flatMap((a) => [...(a.source ? [a.source] : []), ...(a.cue ? [a.cue] : []), ...a.content]);
  taken.sort((x, y) => x.start - y.start);
  let best: Span | null = null;
  let at = sentence.start;
  const consider = (end: number) => {
    if (end > at && (!best || end - at > best.end - best.start)) best = { start: at, end };
  };
  for (const t of taken) {
    if (t.end <= sentence.start || t.start >= sentence.end) continue;
    consider(Math.min(t.start, sentence.end));
    at = Math.max(at, t.end);
  }
  consider(sentence.end);
  return best;
}

/** A span without the spaces and punctuation at its ends (quote marks inside stay). */
function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /[\s,;:.\u2014\u2013-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:\u2014\u2013-]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

const OPENING_QUOTE = /^[\s]*[“"«„‘]/u;

/**
 * The attribution introducing a quotation block that holds this sentence: the sentence's paragraph and
 * those before it back to the block's start open with a quote mark, and the paragraph before the block
 * ends with a colon after a cue ("In a statement, the authority said:").
 */
function blockQuoteSpeaker(analysis: Analysis, sentence: Span): { speaker: Speaker | null; cue: Span | null; id: number | null } | null {
  const { text, paragraphs } = analysis.article;
  let p = paragraphs.findIndex((q) => q.start <= sentence.start && sentence.start < q.end);
  if (p < 0 || !OPENING_QUOTE.test(text.slice(paragraphs[p]!.start, paragraphs[p]!.start + 3))) return null;
  // Back over the block's paragraphs (each opens with a quote mark; a quote running on leaves the close off).
  for (let k = 0; p > 0 && k < 12 && OPENING_QUOTE.test(text.slice(paragraphs[p - 1]!.start, paragraphs[p - 1]!.start + 3)); k++) p--;
  if (p === 0) return null;
  const intro = paragraphs[p - 1]!;
  if (!/:\s*$/.test(text.slice(intro.start, intro.end))) return null;
  let best: Attribution | null = null;
  for (const a of analysis.attributions) {
    if (!a.cue || !a.speaker || a.cue.start < intro.start || a.cue.end > intro.end) continue;
    if (!best || a.cue.start > best.cue!.start) best = a;
  }
  if (best) return { speaker: best.speaker, cue: best.cue, id: best.id };
  // No attribution found there (its content is the block itself): the last name before a speech verb and the colon.
  const introText = text.slice(intro.start, intro.end);
  const verb = INTRO_CUE.exec(introText);
  if (!verb) return null;
  const cueStart = intro.start + verb.index + verb[0].search(/\S/);
  const named = analysis.mentions.filter((m) => m.span.start >= intro.start && m.span.end <= cueStart && (m.kind === 'person' || m.kind === 'organization' || m.kind === 'outlet'));
  const m = named[named.length - 1];
  const cue = { start: cueStart, end: cueStart + verb[1]!.length };
  if (!m) {
    // A description ("the council said:"): whoever the article earlier gave a source with that head word.
    const head = /([\p{L}-]+)\s*$/u.exec(text.slice(intro.start, cueStart).replace(/\s+$/, ''))?.[1]?.toLowerCase();
    if (!head || head.length < 3) return null;
    const hasHead = (s: string) => s.toLowerCase().split(/[^\p{L}-]+/u).includes(head);
    let prior: Attribution | null = null;
    for (const a of analysis.attributions) {
      if (!a.speaker || a.speaker.anonymous || !a.source || a.source.start >= intro.start) continue;
      if (hasHead(a.speaker.name) || hasHead(text.slice(a.source.start, a.source.end))) prior = a;
    }
    return prior ? { speaker: prior.speaker, cue, id: null } : null;
  }
  // The fullest form of the name in the article, as the key's other mentions write it.
  const forms = analysis.mentions.filter((o) => o.key === m.key).map((o) => text.slice(o.span.start, o.span.end).replace(/^the\s+/i, ''));
  const name = forms.reduce((a, b) => (b.length > a.length ? b : a), '');
  const speaker: Speaker = { name, key: m.key, kind: m.kind, anonymous: false, named: m.span };
  return { speaker, cue, id: null };
}

const INTRO_CUE = /\s(said|says|wrote|writes|stated|states|added|adds|declared|announced|told\s[^:]{1,40}?)\s*:\s*$/i;

/** The sentences a span lies in, as one span (the span itself when no sentence holds it). */
export function sentenceAround(sentences: Span[], span: Span): Span {
  const hit = sentences.filter((s) => s.end > span.start && s.start < span.end);
  if (!hit.length) return span;
  return { start: Math.min(span.start, hit[0]!.start), end: Math.max(span.end, hit[hit.length - 1]!.end) };
}

function stanceOf(text: string, u: Omit<ClaimUnit, 'stance' | 'terms'>): Stance {
  const context = text.slice(u.context.start, u.context.end);
  if (DENY_CUE.test(u.cue)) return 'denied';
  if (DISPUTE.test(context) || u.hedges.some((h) => h.class === 'denial')) return 'disputed';
  if (HEDGE_CUE.test(u.cue) || u.hedges.some((h) => h.class === 'hedge')) return 'hedged';
  return u.speaker || u.viaOutlet ? 'attributed' : 'asserted';
}

const OPEN_QUOTE = /[“"«„]/u;
const CLOSE_QUOTE = /[”"»]/u;

/** The words of a direct quote: the span sits between quote marks (or starts with one). */
function quoteWords(text: string, span: Span): string[] | undefined {
  const before = text.slice(Math.max(0, span.start - 2), span.start + 1);
  const after = text.slice(Math.max(span.start, span.end - 1), span.end + 2);
  if (!OPEN_QUOTE.test(before) || !CLOSE_QUOTE.test(after)) return undefined;
  const w = text.slice(span.start, span.end).toLowerCase().match(/[\p{L}\p{N}]+(?:[’'][\p{L}]+)?/gu) ?? [];
  return w.length >= 4 ? w : undefined;
}

// A content span the attribution model cut short ends on a word no clause ends with ("said that it had
// never voted on"): the clause runs on to the next attribution in its sentence or to the sentence's end.
const DANGLING = /\b(?:on|of|to|for|with|by|from|in|at|into|about|the|a|an|and|or|but|nor|that|as|than|its|their|his|her)\s*$/i;

export function completed(text: string, span: Span, sentence: Span | undefined, stops: number[]): Span {
  if (!sentence || !DANGLING.test(text.slice(span.start, span.end))) return span;
  let end = sentence.end;
  for (const s of stops) if (s >= span.end && s < end) end = s;
  while (end > span.end && /[\s,;:.!?”"’)\u2014\u2013-]/u.test(text[end - 1]!)) end--;
  const tail = text.slice(span.end, end);
  // ", and" left hanging where the next attribution starts is not part of the clause.
  const trimmed = tail.replace(/,?\s+(?:and|but|while)\s*$/i, '');
  return { start: span.start, end: span.end + trimmed.length };
}

/**
 * Terms of a unit; a content too short to name what it is about ("it was 'a joke'") takes those of its
 * whole attribution, source and cue included ("Piet Amsel, who runs the Lampoon, told the Courier …").
 */
function unitTerms(text: string, parts: Span[], sentence: Span | null): string[] {
  const own = parts.flatMap((c) => terms(text, c.start, c.end));
  if (own.length >= 3 || !sentence || parts.length !== 1) return own;
  // Only a clause that points back at its subject ("that it was a joke", "he would"), not a noun phrase
  // ("defended the idea"), which is no statement at all.
  if (!SHORT_CLAUSE.test(text.slice(parts[0]!.start, parts[0]!.end))) return own;
  return terms(text, sentence.start, sentence.end);
}

const SHORT_CLAUSE = /^\W*(?:that\s+)?(?:it|he|she|they|this|i|we)\s+["“'‘]?\p{L}/iu;

export function claimUnits(analysis: Analysis, article: number): ClaimUnit[] {
  const { text } = analysis.article;
  const units: ClaimUnit[] = [];
  const byId = new Map(analysis.attributions.map((a) => [a.id, a]));
  // Attributions inside another's content (nested, or a quote the outer content runs over): their
  // words are theirs, not the outer source's.
  const hull = (a: Attribution) => (a.content.length ? { start: a.content[0]!.start, end: a.content[a.content.length - 1]!.end } : null);
  const children = new Map<number, Span[]>();
  for (const a of analysis.attributions) {
    const h = hull(a);
    if (!h) continue;
    for (const b of analysis.attributions) {
      const hb = hull(b);
      if (b === a || !hb || hb.start < h.start || hb.end > h.end || hb.end - hb.start >= h.end - h.start) continue;
      const list = children.get(a.id) ?? [];
      list.push(...[b.source, b.cue, ...b.content].filter((x): x is Span => x !== null));
      children.set(a.id, list);
    }
  }
  const sentenceOf = (at: number) => analysis.sentences.findIndex((s) => s.start <= at && at < s.end);
  // Where attributions start (source or cue): a content the model cut short runs on no further.
  const stops = analysis.attributions.flatMap((b) => [b.source?.start, b.cue?.start].filter((x): x is number => x !== undefined));
  for (const a of analysis.attributions) {
    if (!a.content.length) continue;
    if (a.cue && SILENT_CUE.test(text.slice(a.cue.start, a.cue.end).trim())) continue;
    const span = { start: a.content[0]!.start, end: a.content[a.content.length - 1]!.end };
    let via: Speaker | null = null;
    // a sourceless verb joined to another report's has that report's source already (attribution/shared-source.ts)
    let speaker = a.speaker;
    if (speaker?.kind === 'outlet') {
      via = speaker;
      speaker = null;
    }
    // "X reported [Y said [Z]]": Z is Y's statement, reached through X.
    const seen = new Set<number>();
    for (let p = a.parent === null ? undefined : byId.get(a.parent); p && !via && !seen.has(p.id); p = p.parent === null ? undefined : byId.get(p.parent)) {
      seen.add(p.id);
      if (p.speaker?.kind === 'outlet') via = p.speaker;
    }
    const context = sentenceAround(analysis.sentences, { start: Math.min(span.start, a.cue?.start ?? span.start, a.source?.start ?? span.start), end: Math.max(span.end, a.cue?.end ?? 0, a.source?.end ?? 0) });
    const cue = a.cue ? text.slice(a.cue.start, a.cue.end).trim() : '';
    const hedges = analysis.hedges.filter((h) => h.span.start >= context.start && h.span.end <= context.end);
    const base = { article, span, context, speaker, viaOutlet: via, attribution: a.id, cue, hedges };
    const stance = stanceOf(text, base);
    // "According to the post, [A], and Mayor X told a meeting: [B]": B is the inner attribution's unit; the
    // outer one keeps only what lies outside it.
    const inner = children.get(a.id) ?? [];
    const sentence = analysis.sentences[sentenceOf(span.start)];
    const whole = { start: Math.min(span.start, a.source?.start ?? span.start, a.cue?.start ?? span.start), end: span.end };

    const content = a.content.map((c, k) => (k === a.content.length - 1 ? completed(text, c, sentence, stops) : c));
    const own = (inner.length ? content.flatMap((c) => outside(c, inner)) : content)
      .map((c) => ({ start: c.start, end: c.start + text.slice(c.start, c.end).replace(/[\s,;:]*(?:\b(?:and|but|while|as)\s*)?$/i, '').length }))
      .filter((c) => c.end - c.start >= 12);
    if (!own.length) continue;
    const parts = own.flatMap((c) => propositions(text, c));
    const withQuote = (u: ClaimUnit): ClaimUnit => {
      const q = quoteWords(text, u.span);
      return q ? { ...u, quote: q } : u;
    };
    if (parts.length > 1) for (const p of parts) units.push(withQuote({ ...base, span: p, terms: unitTerms(text, [p], null), stance }));
    else {
      // its sentence outside its source, its cue and the reports nested in it: the statement's own words,
      // wherever the tagger ended the content
      const detail = outside(context, [a.source, a.cue, ...inner].filter((x): x is Span => x !== null)).flatMap((p) => terms(text, p.start, p.end));
      units.push(withQuote({ ...base, span: { start: own[0]!.start, end: own[own.length - 1]!.end }, terms: unitTerms(text, own, inner.length ? null : whole), stance, detail }));
    }
  }
  for (const c of analysis.claims) {
    if (!c.unattributed) {
      // "The council voted to charge a fee, in what one official called 'overdue'": the sentence asserts
      // its main clause itself and attributes only a part; the part outside every attribution is a unit.
      const found = unattributedRest(c.span, c.attributions.map((id) => byId.get(id)).filter((a): a is Attribution => a !== undefined));
      const rest = found && trimSpan(text, found);
      if (rest && terms(text, rest.start, rest.end).length >= MIN_REST_TERMS) {
        const base = { article, span: rest, context: c.span, speaker: null, viaOutlet: null, attribution: null, cue: '', hedges: c.hedges };
        units.push({ ...base, terms: terms(text, rest.start, rest.end), stance: stanceOf(text, base) });
      }
      continue;
    }
    // A quotation set off in paragraphs of its own after "the authority said:" is the authority's.
    const quoted = blockQuoteSpeaker(analysis, c.span);
    const speaker = quoted?.speaker?.kind === 'outlet' ? null : (quoted?.speaker ?? null);
    const via = quoted?.speaker?.kind === 'outlet' ? quoted.speaker : null;
    const cue = quoted?.cue ? text.slice(quoted.cue.start, quoted.cue.end).trim() : '';
    const base = { article, span: c.span, context: c.span, speaker, viaOutlet: via, attribution: quoted?.id ?? null, cue, hedges: c.hedges };
    const stance = stanceOf(text, base);
    for (const p of propositions(text, c.span)) units.push({ ...base, span: p, terms: terms(text, p.start, p.end), stance });
  }
  return units.filter((u) => u.terms.length >= 3);
}
