// Terms of a news text for grouping articles into stories: lower-cased words with a light suffix
// stripper, function words and news boilerplate ("said", weekdays) dropped, and a flag for words that
// read as names (capitalised away from the start of a sentence) so they can be weighted up.

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
  /** stemmed term → occurrences (title occurrences counted apart). */
  body: Map<string, number>;
  title: Map<string, number>;
  /** Terms written capitalised in mid-sentence at least as often as not: names of people, places, bodies. */
  names: Set<string>;
  /** Word tokens in the body, for adapting to text length. */
  words: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Count the terms of one text; `caps` collects per-term [capitalised mid-sentence, lower-case] counts. */
function countInto(text: string, into: Map<string, number>, caps: Map<string, [number, number]> | null): number {
  let words = 0;
  let sentenceStart = true;
  let last = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const between = text.slice(last, m.index);
    if (/[.!?:\n]/.test(between) || last === 0) sentenceStart = true;
    last = m.index + m[0].length;
    const raw = m[0].replace(/’/g, "'");
    const lower = raw.toLowerCase();
    const wasStart = sentenceStart;
    sentenceStart = false;
    words++;
    if (STOP.has(lower) || (lower.length < 2 && !/\d/.test(lower))) continue;
    if (/^\d+$/.test(lower) && lower.length < 2) continue;
    const t = stem(lower.endsWith("'s") ? lower.slice(0, -2) : lower);
    if (STOP.has(t)) continue;
    into.set(t, (into.get(t) ?? 0) + 1);
    if (caps && !wasStart && /\p{L}/u.test(raw[0]!)) {
      const c = caps.get(t) ?? [0, 0];
      if (isUpper(raw[0]!)) c[0]++;
      else c[1]++;
      caps.set(t, c);
    }
  }
  return words;
}

export function countTerms(title: string | null | undefined, text: string): TermCounts {
  const body = new Map<string, number>();
  const titleCounts = new Map<string, number>();
  const caps = new Map<string, [number, number]>();
  const words = countInto(text, body, caps);
  // Titles are often in Title Case, so capitals there say nothing: no `caps` for them.
  if (title) countInto(title, titleCounts, null);
  const names = new Set<string>();
  for (const [t, [up, low]] of caps) if (up > 0 && up >= low) names.add(t);
  return { body, title: titleCounts, names, words };
}
