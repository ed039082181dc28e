// Who a source span refers to: a name in it ("Interior Minister Ana Sorel"), a pronoun ("she"), a role
// ("the ambassador"), an outlet descriptor ("the news agency"), or nobody in particular ("officials").
import type { EntityKind, Span, Speaker } from '../types.ts';
import { ANONYMOUS_HEADS, ORG_DESCRIPTORS, PERSON_TITLES } from './lexicon.ts';
import type { NameMention } from './mentions.ts';
import { OUTLET_DESCRIPTOR, normaliseName } from './outlets.ts';
import { splitSentences, tokenize } from './tokens.ts';

const PUBLISH_CUE = /^(?:reported|reports|reporting|wrote|writes|published|publishes|broke|first reported|has learned|learned|revealed|according to)$/i;
const PERSON_PRONOUN = /^(?:he|she|him|her)$/i;
const THING_PRONOUN = /^(?:it)$/i;
const PLURAL_PRONOUN = /^(?:they|them)$/i;
const SELF_PRONOUN = /^(?:i|we|you)$/i;
const ANON_DETERMINER = /^(?:a|an|one|two|three|four|several|some|many|other|another|multiple|senior|top|unnamed|anonymous|the)\b/i;

const slug = (s: string) => normaliseName(s).replace(/\s+/g, '-') || 'unnamed';
const overlaps = (m: NameMention, s: Span) => m.name.start < s.end && m.name.end > s.start;
const KIND_RANK: Record<EntityKind, number> = { person: 0, outlet: 1, organization: 2, group: 3, unknown: 4, place: 5 };

export interface SpeakerContext {
  text: string;
  mentions: NameMention[];
  /** Speakers already resolved earlier in the article, in order, each with where its source starts. */
  history: Array<{ speaker: Speaker; at: number }>;
  /** The article's sentences (tokens.ts's splitSentences); split from `text` when not given. */
  sentences?: Span[];
}

function fromMention(m: NameMention, kind: EntityKind = m.kind, ctx?: SpeakerContext): Speaker {
  const roles = new Set(m.roles);
  if (ctx) for (const o of ctx.mentions) if (o.key === m.key) for (const r of o.roles) roles.add(r);
  return { name: m.canonical, key: m.key, kind, anonymous: false, named: m.name, ...(roles.size ? { roles: [...roles] } : {}) };
}

function firstAfter(ctx: SpeakerContext, at: number, ok: (m: NameMention) => boolean): NameMention | undefined {
  return ctx.mentions.find((m) => m.span.start >= at && ok(m));
}

function lastBefore(ctx: SpeakerContext, at: number, ok: (m: NameMention) => boolean): NameMention | undefined {
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.span.start < at && ok(m)) return m;
  }
  return undefined;
}

function lastSpeaker(ctx: SpeakerContext, ok: (s: Speaker) => boolean): { speaker: Speaker; at: number } | undefined {
  for (let i = ctx.history.length - 1; i >= 0; i--) if (ok(ctx.history[i]!.speaker)) return ctx.history[i];
  return undefined;
}

/** An unnamed source ("a source close to the ministry", "officials", "two aides"), or null. */
export function anonymousSource(raw: string): Speaker | null {
  const words = raw.toLowerCase().split(/\s+/).map((w) => w.replace(/[^\p{L}’'-]/gu, ''));
  // The head of an unnamed description comes before "for", "close to", "familiar with", "who" …
  const headEnd = words.findIndex((w, i) => i > 0 && /^(?:for|of|at|with|close|familiar|who|from|in|on|involved|briefed)$/.test(w));
  const headWords = words.slice(0, headEnd > 0 ? headEnd : words.length);
  const head = headWords[headWords.length - 1] ?? '';
  if (!ANONYMOUS_HEADS.has(head) || !(ANON_DETERMINER.test(raw) || headWords.length === 1 || /s$/.test(head))) return null;
  return { name: raw, key: `anonymous:${slug(raw)}`, kind: /s$/.test(head) && head !== 'spokesperson' ? 'group' : 'person', anonymous: true };
}

/** Resolve the entity behind a source span. */
export function resolveSpeaker(source: Span, cue: Span | null, ctx: SpeakerContext): Speaker {
  // A source is the phrase its relative clause hangs on: "a post that was shared on Blither" is the
  // post, "a man who works for Tarrow Radio" the man, not the names inside the clause.
  const clause = RELATIVE_CLAUSE.exec(ctx.text.slice(source.start, source.end));
  if (clause && clause.index > 0) source = { start: source.start, end: source.start + clause.index };
  const raw = ctx.text.slice(source.start, source.end).trim();
  const cueText = cue ? ctx.text.slice(cue.start, cue.end).trim() : '';
  const words = raw.toLowerCase().split(/\s+/).map((w) => w.replace(/[^\p{L}’'-]/gu, ''));
  // A name followed by "'s" is a possessor ("Valdoria's interior minister"), not the speaker.
  const named = ctx.mentions.filter((m) => overlaps(m, source) && m.kind !== 'place' && !/^['’]s\b/.test(ctx.text.slice(m.name.end, m.name.end + 3)));
  // "Brindle Cove council", "Tarrow police": a name followed by a word for a body is that body, not a person.
  const body = bodyOfName(ctx, source);
  if (body) return body;
  // A place alone ("Lower Brenna asks who knew"): the place stands for someone the text does not name.
  if (!named.length) {
    const place = ctx.mentions.find((m) => m.kind === 'place' && overlaps(m, source));
    if (place && raw.replace(/^the\s+/i, '') === ctx.text.slice(place.name.start, place.name.end)) return fromMention(place, 'place', ctx);
  }
  const person = named.find((m) => m.kind === 'person');
  if (person) return fromMention(person, 'person', ctx);

  const anonymous = anonymousSource(raw);
  if (anonymous) return anonymous;
  // "Valdoria minister accuses …", "Tarrow council spokesman": a title after a name that is no person's
  // is a role, held by the person the article gives that title
  const title = words[words.length - 1]!;
  if (named.length && words.length <= 4 && PERSON_TITLES.has(title)) {
    const ok = (m: NameMention) => m.kind === 'person' && m.roles.includes(title);
    const holder = lastBefore(ctx, source.start, ok) ?? firstAfter(ctx, source.end, ok);
    if (holder) return fromMention(holder, 'person', ctx);
  }
  if (named.length) {
    const best = [...named].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind])[0]!;
    const kind = best.kind === 'unknown' && PUBLISH_CUE.test(cueText) ? 'outlet' : best.kind;
    return fromMention(best, kind, ctx);
  }
  if (RELATIVE_PRONOUN.test(raw)) {
    const antecedent = antecedentOf(ctx, source.start);
    if (antecedent) return antecedent;
  }
  if (PERSON_PRONOUN.test(raw)) {
    const prior = lastSpeaker(ctx, (s) => s.kind === 'person' && !s.anonymous);
    // the writer in a byline ("By Teodor Halm") is nobody the story's "she" refers to
    const mention = lastBefore(ctx, source.start, (m) => m.kind === 'person' && !inByline(ctx.text, m.span.start));
    const pick = pickLatest(ctx, prior, mention, source.start);
    if (pick) return pick;
    // A headline or lede may name its speaker only afterwards ("Inspector says he warned …").
    const later = firstAfter(ctx, source.end, (m) => m.kind === 'person');
    if (later) return fromMention(later, 'person', ctx);
  }
  if (THING_PRONOUN.test(raw)) {
    const subject = subjectOf(ctx, source.start);
    if (subject) return subject;
    // Else the body last speaking or named, whichever is later; a body more than an outlet reporting on it.
    const prior = lastSpeaker(ctx, (s) => (s.kind === 'organization' || s.kind === 'outlet') && !s.anonymous);
    const mention = lastBefore(ctx, source.start, (m) => m.kind === 'organization') ?? lastBefore(ctx, source.start, (m) => m.kind === 'outlet');
    const pick = pickLatest(ctx, prior, mention, source.start);
    if (pick) return pick;
  }
  if (PLURAL_PRONOUN.test(raw)) {
    const prior = lastSpeaker(ctx, (s) => s.kind === 'group' || s.kind === 'organization');
    if (prior) return prior.speaker;
  }
  if (OUTLET_DESCRIPTOR.test(raw)) {
    const mention = lastBefore(ctx, source.start, (m) => m.kind === 'outlet');
    const prior = lastSpeaker(ctx, (s) => s.kind === 'outlet');
    const pick = pickLatest(ctx, prior, mention, source.start);
    if (pick) return { ...pick, kind: 'outlet' };
  }
  // "The review also found": a document speaks for whoever the article says made it ("a review by the
  // Interior Ministry", "the ministry's review", "a statement from the authority").
  const docHead = /^(?:the|this|that|its|their)\s+(?:\S+\s+){0,2}?(review|report|statement|study|audit|investigation|inquiry|analysis|survey|letter|memo|filing|ruling|assessment|timeline|document)$/i.exec(raw);
  if (docHead) {
    const author = authorOf(ctx, docHead[1]!.toLowerCase(), source.start);
    if (author) return author;
  }
  const bareRole = words.every((w) => PERSON_TITLES.has(w));
  if ((/^(?:the|this|that|our|his|her|its|their)\s/i.test(raw) || bareRole) && !SELF_PRONOUN.test(raw)) {
    // A role: "the ambassador", "the Iraqi envoy", a headline's "Minister" → the person introduced with
    // that role: the last one before, else (headlines, ledes) the first one after.
    const roleWords = (bareRole ? words : words.slice(1)).filter((w) => w.length > 2);
    const head = roleWords[roleWords.length - 1];
    const ok = (m: NameMention) => m.kind === 'person' && head !== undefined && m.roles.includes(head);
    const withRole = lastBefore(ctx, source.start, ok) ?? firstAfter(ctx, source.end, ok);
    if (withRole) return fromMention(withRole, 'person', ctx);
    const org = lastBefore(ctx, source.start, (m) => (m.kind === 'organization' || m.kind === 'outlet') && roleWords.some((w) => normaliseName(m.canonical).includes(w)));
    if (org) return fromMention(org, org.kind, ctx);
    if (head && ORG_DESCRIPTORS.has(head)) {
      const last = lastBefore(ctx, source.start, (m) => m.kind === 'organization');
      if (last) return fromMention(last, last.kind, ctx);
    }
  }
  return { name: raw, key: `name:${slug(raw)}`, kind: 'unknown', anonymous: false };
}

/** The index of the last sentence starting at or before `at`, or -1. */
function sentenceAt(sentences: Span[], at: number): number {
  let lo = 0, hi = sentences.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (sentences[m]!.start <= at) lo = m + 1; else hi = m; }
  return lo - 1;
}

// A description's words end before a verb, a preposition or a comma: "The post, published …", "The dam authority has …".
const DESCRIPTION = /^(?:the|this|that)\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}?)(?=\s*[,;:(—–]|\s+(?:is|was|are|were|has|had|have|will|would|could|may|said|says|shows|showed|published|posted|appeared|of|on|in|at|by|for|with|from|which|that)\b)/iu;

/**
 * What "it" stands for by its place: inside a sentence, a body or outlet named first in it ("The
 * authority published a timeline that it said …"); opening a sentence, what opened the one before
 * ("The post … shows a screenshot. It says …": the post, not a name the post mentions). Null when
 * neither is there, or the subject is a person or a place.
 */
function subjectOf(ctx: SpeakerContext, at: number): Speaker | null {
  const { text } = ctx;
  const sentences = ctx.sentences ?? splitSentences(text, tokenize(text));
  const k = sentenceAt(sentences, at);
  if (k < 0) return null;
  const start = sentences[k]!.start;
  const opens = text.slice(start, at).trim() === '';
  if (opens && k === 0) return null;
  const from = opens ? sentences[k - 1]!.start : start;
  const end = opens ? start : at;
  const first = ctx.mentions.find((m) => m.span.start >= from && m.span.start < end);
  if (first && /^\s*(?:the\s+)?$/i.test(text.slice(from, first.span.start))) {
    return first.kind === 'person' || first.kind === 'place' ? null : fromMention(first, first.kind, ctx);
  }
  if (!opens) return null;
  const d = DESCRIPTION.exec(text.slice(from, end).trimStart());
  if (!d) return null;
  const phraseStart = from + (text.slice(from, end).length - text.slice(from, end).trimStart().length);
  return resolveSpeaker({ start: phraseStart, end: phraseStart + d[0].length }, null, ctx);
}

/** Who the article last says made a document of this kind before `at`: "review by X", "review from X", "X's review". */
function authorOf(ctx: SpeakerContext, noun: string, at: number): Speaker | null {
  const before = ctx.text.slice(Math.max(0, at - 3000), at);
  const offset = at - before.length;
  let maker: NameMention | undefined; // the last one found: matches come in order
  // case kept (a name's capitals are what find it), so the noun is given in both cases
  const n = `(?:${noun}|${noun[0]!.toUpperCase()}${noun.slice(1)})`;
  const re = new RegExp(String.raw`\b${n}\s+(?:\S+\s+){0,3}?(?:by|from|of)\s+(?:the\s+)?|\b(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)['’]s\s+(?:\S+\s+){0,2}?${n}\b`, 'gu');
  for (let m = re.exec(before); m; m = re.exec(before)) {
    const after = offset + m.index + m[0].length;
    const named = m[1] !== undefined
      ? ctx.mentions.find((x) => x.span.start >= offset + m!.index && x.name.end <= offset + m!.index + m[1]!.length + 1)
      : ctx.mentions.find((x) => x.span.start >= after && x.span.start <= after + 2);
    if (named && named.kind !== 'place') maker = named;
  }
  return maker ? fromMention(maker, maker.kind, ctx) : null;
}

/** Whether `at` lies in a byline: a short line opening "By …" ("By Teodor Halm", "By Nils Aberg, Political Correspondent"). */
function inByline(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  return end - start <= 100 && /^\s*(?:by|written by|words by|reporting by)\s/i.test(text.slice(start, end));
}

const RELATIVE_PRONOUN = /^(?:who|which|that)$/i;
// "that" opens a clause only before a verb: "officials at that agency" is one phrase
const RELATIVE_CLAUSE = /,?\s+(?:who|whom|whose|which|that(?=\s+(?:has|have|had|is|was|were|are|will|would|can|could|may|might|\p{L}+ed|\p{L}+s)\b))\b/iu;
const HEAD_BEFORE_NAME = /\b((?:a|an|the)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*)\s+(?:on|at|from|via|with)\s+(?:the\s+)?$/u;
const PARTY_LABEL = /(?:,\s*|\s*\()[RDI]-[A-Z][A-Za-z.]*\)?$/;
// The noun phrase a relative clause hangs on: "Senator Ana Vale, who said", "the ministry, which said",
// "a report that found". At most six words back, from a determiner or a name.
const DETERMINER = /^(?:the|a|an|his|her|their|its|our|this|that|these|those|one|two|three|four|five|several|many|some|other)\s+/i;
const PHRASE_STOP = /^(?:and|but|or|by|to|of|for|with|from|on|in|at|about|against|among|between|like|including|citing|as|than|said|says|told|it|he|she|they|we|i|you)$/i;

/** The noun phrase that ends `before`: from its determiner (six words at most), else its last two words. */
function phraseBefore(before: string): string | null {
  const words = [...before.matchAll(/[^\s]+/g)];
  let from = words.length;
  while (from > 0 && words.length - from < 6) {
    const w = words[from - 1]![0];
    if (/[.,;:!?)“"”—–]$/.test(w) || w === '--' || PHRASE_STOP.test(w)) break;
    from--;
  }
  if (from === words.length) return null;
  let start = from;
  for (let k = words.length - 1; k >= from; k--) if (DETERMINER.test(`${words[k]![0]} `) && k < words.length - 1) { start = k; break; }
  if (start === from && !DETERMINER.test(`${words[from]![0]} `)) start = Math.max(from, words.length - 2);
  // a name ("Senator Ana Vale") keeps all its capitalised words
  while (start > from && /^\p{Lu}/u.test(words[start - 1]![0]) && /^\p{Lu}/u.test(words[start]![0])) start--;
  return before.slice(words[start]!.index!);
}

function antecedentOf(ctx: SpeakerContext, at: number): Speaker | null {
  let end = at;
  while (end > 0 && /\s/.test(ctx.text[end - 1]!)) end--;
  if (ctx.text[end - 1] === ',') end--;
  // "Rep. Ana Vale, D-Ore., who" / "Sen. Tomas Eld (R-Utah), who": the party label is not the antecedent
  const label = PARTY_LABEL.exec(ctx.text.slice(Math.max(0, end - 20), end));
  if (label) end -= label[0].length;
  while (end > 0 && /\s/.test(ctx.text[end - 1]!)) end--;
  // a name just before: the mention that ends there ("Senator Ana Vale of Oregon, who": the senator)
  let named = lastBefore(ctx, end, (m) => m.name.end === end || m.span.end === end);
  if (!named || named.kind === 'place') {
    const of = /\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u.exec(ctx.text.slice(Math.max(0, end - 60), end));
    const ofAt = of ? end - of[0].length : -1;
    const person = of ? lastBefore(ctx, ofAt, (m) => m.span.end === ofAt && m.kind === 'person') : undefined;
    if (person || named?.kind === 'place') named = person;
  }
  // "a post on Blither which claimed", "a spokesman at the authority, who said": the name closes a
  // phrase on a common noun, which is what the relative clause hangs on
  const holder = named && HEAD_BEFORE_NAME.exec(ctx.text.slice(Math.max(0, named.span.start - 40), named.span.start));
  if (named && holder) return describedBy(ctx, holder[1]!, named.span.start - holder[0].length + holder[1]!.length);
  if (named) return fromMention(named, named.kind, ctx);
  const phraseText = phraseBefore(ctx.text.slice(Math.max(0, end - 80), end));
  if (!phraseText || RELATIVE_PRONOUN.test(phraseText)) return null;
  return describedBy(ctx, phraseText, end);
}

/** Who the noun phrase `phraseText`, ending at `end`, stands for: an unnamed source, a description, or whom it resolves to. */
function describedBy(ctx: SpeakerContext, phraseText: string, end: number): Speaker | null {
  const speaker = resolveSpeaker({ start: end - phraseText.length, end }, null, ctx);
  if (speaker.anonymous) return speaker;
  // "a Harbour College professor who": a description whose head is a common noun, not the name inside it
  const head = /\S+$/.exec(phraseText)![0];
  if (/^\p{Ll}/u.test(head) && (!speaker.named || speaker.named.end < end)) {
    const name = phraseText.replace(DETERMINER, '');
    return { name, key: `name:${slug(name)}`, kind: /s$/.test(head) ? 'group' : 'unknown', anonymous: false };
  }
  return speaker.kind === 'unknown' ? null : speaker;
}

const BODY_AFTER_NAME = /^\s+(council|police|government|ministry|authority|agency|department|board|commission|committee|administration|regulator|court|prosecutors?|officials)\b/;

function bodyOfName(ctx: SpeakerContext, source: Span): Speaker | null {
  for (const m of ctx.mentions) {
    if (m.name.start < source.start || m.name.end >= source.end) continue;
    const after = BODY_AFTER_NAME.exec(ctx.text.slice(m.name.end, source.end));
    if (!after || m.name.end + after[0].length !== source.end) continue;
    const word = after[1]!;
    const place = ctx.text.slice(m.name.start, m.name.end);
    const name = `${place} ${word[0]!.toUpperCase()}${word.slice(1)}`;
    const kind: EntityKind = word === 'officials' || word.startsWith('prosecutor') ? 'group' : 'organization';
    return { name, key: `org:${slug(name)}`, kind, anonymous: false, named: { start: m.name.start, end: source.end } };
  }
  return null;
}

/**
 * Of a prior speaker and a prior mention, the one referred to later before `before`: a speaker is
 * referred to where its source stands as well as where its name does ("the minister said … but she
 * added": the minister, not a name mentioned between her name and her words).
 */
function pickLatest(ctx: SpeakerContext, prior: { speaker: Speaker; at: number } | undefined, mention: NameMention | undefined, before: number): Speaker | undefined {
  if (!mention) return prior?.speaker;
  if (!prior) return fromMention(mention);
  const priorMention = prior.speaker.named ? lastBefore(ctx, before, (m) => m.key === prior.speaker.key) : undefined;
  const priorAt = Math.max(prior.at, priorMention?.span.start ?? -1);
  return priorAt >= mention.span.start ? prior.speaker : fromMention(mention);
}
