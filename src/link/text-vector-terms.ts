// Terms of a news text for grouping articles into stories: lower-cased words with a light suffix
// stripper, function words and news boilerplate ("said", weekdays) dropped. Names are not weighted up:
// on short texts that made the shared cast of politics (the president, the speaker) glue stories.
// The weekday a title or lead names is read apart (weekdayOf): it dates an undated article.
import { own } from '../analyze/own-string.ts';

const STOP = new Set(
  (
    'a about above after again against all almost also although am among an and another any are around as at ' +
    'back be became because become been before being below between both but by can could did do does doing done down ' +
    'during each either else even ever every few for from further get gets getting got had has have having he her here ' +
    'hers herself him himself his how however i if in into is it its itself just last least less like made make makes many ' +
    'may me might more most much must my myself near need new next no nor not now of off often on once one only or other ' +
    'others our ours ourselves out over own per put rather re same says said say saying see seen she should since so some ' +
    'still such than that the their theirs them themselves then there these they this those though through thus to too ' +
    'toward towards under until up upon us very via was we were what when where whether which while who whom whose why ' +
    'will with within without would yet you your yours yourself ' +
    // news boilerplate: reporting verbs, time words and filler that every story has
    'according added adds already amid announced asked call called comment comments day days early earlier including ' +
    'later late latest news week weeks month months year years today yesterday tomorrow time times told tell report ' +
    'reported reporter reporters reports statement story monday tuesday wednesday thursday friday saturday sunday ' +
    'mr mrs ms dr percent people two three four five six seven eight nine ten first second third well way want wants ' +
    'going know think thing things lot take took part'
  ).split(' '),
);

/** A light, deterministic suffix stripper: enough to join "charges", "charged" and "charging". */
export function stem(w: string): string {
  if (w.length <= 3 || /\d/.test(w)) return w;
  let s = w;
  if (s.endsWith("'s")) s = s.slice(0, -2);
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(ss|us|is)$/.test(s) && s.length > 3) s = s.slice(0, -1);
  if (s.endsWith('ing') && s.length > 5) s = s.slice(0, -3);
  else if (s.endsWith('ed') && s.length > 4) s = s.slice(0, -2);
  else if (s.endsWith('ly') && s.length > 5) s = s.slice(0, -2);
  // "stopp" → "stop", "charge" → "charg": the stripped and unstripped forms meet
  if (s.length > 3 && s[s.length - 1] === s[s.length - 2] && !/[lsz]/.test(s[s.length - 1]!)) s = s.slice(0, -1);
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  return s;
}

export interface TermCounts {
  /** stemmed term → occurrences in the body. */
  body: Map<string, number>;
  /** stemmed term → occurrences in the title. */
  title: Map<string, number>;
  /** stemmed term → the first word it was read from (lower-cased), to show people words, not stems. */
  surface: Map<string, string>;
  /** Word tokens in the body. */
  words: number;
  /** The day of the week the text dates itself by (0 Sunday … 6 Saturday; -1 when it names none). */
  weekday: number;
}

const WORD = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu;

// word → term (or "" when the word is dropped). stem() is pure, so this memo only saves time; it is
// emptied when it grows large so a long-running process does not keep every word it ever saw.
const memo = new Map<string, string>();

/** The term a lower-cased word counts as, or "" for a word that does not count. */
export function termOf(lower: string): string {
  let t = memo.get(lower);
  if (t !== undefined) return t;
  let w = lower.replace(/’/g, "'").replace(/,/g, '');
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (/^\p{L}/u.test(w)) w = w.replace(/\..*$/, ''); // "u.s" → "u"; numbers keep their decimals
  t = STOP.has(w) || w.length < 2 ? '' : stem(w);
  if (STOP.has(t)) t = '';
  if (memo.size > 200_000) memo.clear();
  memo.set(own(lower), own(t));
  return t;
}

function countInto(text: string, into: Map<string, number>, surface: Map<string, string>): number {
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words++;
    const lower = m[0].toLowerCase();
    const t = termOf(lower);
    if (!t) continue;
    const c = into.get(t);
    if (c === undefined) {
      into.set(t, 1);
      if (!surface.has(t)) surface.set(t, lower);
    } else into.set(t, c + 1);
  }
  return words;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/i;
/** Characters of the body read for a weekday: the lead, where news says when the event happened. */
const LEAD_CHARS = 400;

/** The first weekday named in the title, else in the lead of the body; -1 when none. */
export function weekdayOf(title: string | null | undefined, text: string): number {
  const m = (title ? WEEKDAY.exec(title) : null) ?? WEEKDAY.exec(text.slice(0, LEAD_CHARS));
  return m ? WEEKDAYS.indexOf(m[0].toLowerCase()) : -1;
}

export function countTerms(title: string | null | undefined, text: string): TermCounts {
  const body = new Map<string, number>();
  const titleCounts = new Map<string, number>();
  const surface = new Map<string, string>();
  const words = countInto(text, body, surface);
  if (title) countInto(title, titleCounts, surface);
  return { body, title: titleCounts, surface, words, weekday: weekdayOf(title, text) };
}
