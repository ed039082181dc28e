// Named mentions in an article: capitalised name sequences, typed as person, outlet, organisation or
// place, and keyed so that every form of one name in the article shares a key
// ("Interior Minister Ana Sorel", "Ana Sorel", "Sorel" → person:sorel).
import type { EntityKind, Mention, Span } from '../types.ts';
import { isCommonWord } from './common-words.ts';
import { FIRST_NAMES } from './first-names.ts';
import { ANONYMOUS_HEADS, NOT_NAMES, ORG_DESCRIPTORS, ORG_WORDS, PERSON_TITLES, PLACES } from './lexicon.ts';
import { lookupOutlet, looksLikeOutletName, normaliseName } from './outlets.ts';
import { own } from './own-string.ts';

/** A mention with what the resolver needs: the name without its title, and the title words. */
export interface NameMention extends Mention {
  /** The name proper (title excluded): "Ana Sorel" in "Interior Minister Ana Sorel". */
  name: Span;
  /** Lower-cased title or role words written before the name, or in an apposition next to it. */
  roles: string[];
  /** Canonical name for the key: the fullest form found in the article. */
  canonical: string;
}

const WORD = /\p{Lu}[\p{L}\p{M}\p{N}]*(?:[’'.-]\p{L}[\p{L}\p{M}\p{N}]*)*\.?|(?:al|el|bin|ibn|de|van|von|da|di|du|la|le)-\p{Lu}[\p{L}\p{M}]*/uy;
const CONNECTOR = /(?:of|the|de|del|della|da|van|von|der|den|bin|bint|ibn|al|el|la|le|du|for|on|&)\s+/uy;

const OUTLET_APPOSITION = new Set(['website', 'site', 'newspaper', 'paper', 'blog', 'magazine', 'outlet', 'broadcaster', 'channel', 'tabloid', 'daily', 'weekly', 'newsletter', 'podcast', 'network', 'agency', 'portal']);
const ABBREVIATIONS = new Set(['st.', 'jr.', 'sr.', 'inc.', 'co.', 'corp.', 'ltd.', 'mt.', 'ft.', 'no.', 'bros.']);
/** A word without its possessive "'s" ("Sorel's" → "Sorel"); a string test, not a pattern, as it runs on every word. */
const noPossessive = (w: string) => (w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w);
const isAcronym = (w: string) => /^\p{Lu}[\p{Lu}\p{N}.&-]{1,7}$/u.test(noPossessive(w));

interface Run {
  start: number;
  end: number;
  words: { start: number; end: number; text: string }[];
}

// One UTF-16 unit tested as the patterns /[\p{L}\p{N}]/u and /\p{Lu}/u test it: ASCII by its code (most
// text), the rest by Unicode property. NaN (past the end) is neither.
function letterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return code === code && /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}
function upperCase(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return code === code && /\p{Lu}/u.test(String.fromCharCode(code));
}

/** Maximal runs of capitalised words (with connectors between them) in text. */
function capitalisedRuns(text: string): Run[] {
  const runs: Run[] = [];
  const re = /\p{Lu}|(?:al|el|bin|ibn|de|van|von|da|di|du|la|le)-\p{Lu}/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = m.index;
    if (at > 0 && letterOrDigit(text.charCodeAt(at - 1))) continue;
    const words: Run['words'] = [];
    let pos = at;
    for (;;) {
      WORD.lastIndex = pos;
      const w = WORD.exec(text);
      if (!w) break;
      let wEnd = pos + w[0].length;
      // A full stop ends the word unless it is an initial or abbreviation ("J.", "U.S.", "Sen.").
      if (w[0].endsWith('.') && !/^(\p{Lu}\.|\p{Lu}\.\p{Lu}\..*)$/u.test(w[0]) && !PERSON_TITLES.has(w[0].toLowerCase()) && !ABBREVIATIONS.has(w[0].toLowerCase())) wEnd--;
      words.push({ start: pos, end: wEnd, text: text.slice(pos, wEnd) });
      pos = wEnd;
      // Up to three spaces between the words (no line break).
      let next = pos;
      while (next < pos + 3 && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 0xa0)) next++;
      if (next === pos) break;
      CONNECTOR.lastIndex = next;
      const c = CONNECTOR.exec(text);
      const after = c ? next + c[0].length : next;
      if (!upperCase(text.charCodeAt(after))) break;
      // "Ana Sorel on Tuesday", "Council in March": a day or month after a connector is not part of the name.
      if (c) {
        WORD.lastIndex = after;
        const following = WORD.exec(text);
        if (following && NOT_NAMES.has(bare(following[0]))) break;
      }
      pos = after;
    }
    if (!words.length) continue;
    const last = words[words.length - 1]!;
    runs.push({ start: words[0]!.start, end: last.end, words });
    re.lastIndex = last.end;
  }
  return runs;
}

/** A word lower-cased without its possessive "'s" or final full stop: the form the word lists hold. */
function bare(w: string): string {
  // Memoised: the same few hundred words of an article are looked up many times over.
  let b = bareForms.get(w);
  if (b === undefined) {
    if (bareForms.size > 100_000) bareForms.clear(); // a bound, not a policy
    b = noPossessive(w).replace(/\.$/, '').toLowerCase();
    b = own(b);
    bareForms.set(own(w), b);
  }
  return b;
}
const bareForms = new Map<string, string>();

/**
 * A common English word ("Pictures", "Weather", "Nobody", "Flood-hit") opening a sentence, which the
 * article nowhere else writes capitalised inside a sentence: capitalised by its place, not a name
 * ("Kestrel" stays a name where the text also writes "the Kestrel Dam").
 */
function commonByPlace(text: string, w: { start: number; end: number; text: string }): boolean {
  if (!isCommonWord(bare(w.text))) return false;
  const word = noPossessive(w.text);
  // a headline (a short first line) may capitalise every word: no evidence either way
  const lineEnd = text.indexOf('\n');
  const headlineEnd = lineEnd > 0 && lineEnd <= 160 ? lineEnd : 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at !== w.start && at >= headlineEnd && wholeWordAt(text, at, word.length) && !sentenceInitial(text, at)) return false;
  }
  return true;
}

function sentenceInitial(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  // a list item's bullet ("• Nobody knows …") opens a sentence as a line break does
  return at === 0 || /(?:[.!?]["”’']?\s+|\n\s*(?:[•·▪*–—-]\s*)?|^\s*)$/.test(before) || /["“‘(]\s*$/.test(before);
}

function classify(words: string[], known: Map<string, EntityKind>, lowerWords: LowerWords): EntityKind {
  const name = words.join(' ');
  if (lookupOutlet(name) || looksLikeOutletName(name)) return 'outlet';
  const lower = words.map(bare);
  if (lower.some((w) => ORG_WORDS.has(w))) return 'organization';
  if (words.length === 1) {
    const w = lower[0]!;
    if (known.has(w)) return known.get(w)!;
    if (PLACES.has(w)) return 'place';
    if (isAcronym(words[0]!)) return 'organization';
    return 'unknown';
  }
  if (lower.every((w) => PLACES.has(w)) || PLACES.has(lower.join(' '))) return 'place';
  if (words.length > 4 || !words.every((w) => !isAcronym(w) || /^\p{Lu}\.$/u.test(w))) return 'unknown';
  if (FIRST_NAMES.has(lower[0]!)) return 'person';
  // "Guantánamo Bay", "Harlan County", "Lake Ostrow": a name headed by a word for a place.
  if (PLACE_HEADS.has(lower[lower.length - 1]!) || PLACE_FIRST.has(lower[0]!)) return 'place';
  // "Calder Water", "Greymoor Reservoir": a name ending in a word the text also uses as a common noun.
  if (lowerWords.has(lower[lower.length - 1]!)) return 'organization';
  return 'person';
}

const PLACE_HEADS = new Set(('bay river island islands lake valley county street avenue boulevard road square beach harbor harbour ' +
  'gulf sea ocean strait canyon peninsula province heights hills springs falls creek coast desert mountain mountains reef ' +
  'basin delta plains glacier forest').split(' '));
const PLACE_FIRST = new Set(['mount', 'lake', 'cape', 'fort', 'port', 'gulf', 'isle']);
const LOWER_WORD = /^\p{Ll}\p{L}*$/u;
const LETTER = /\p{L}/u;

/** Whether a code point is a letter; ASCII by its code. */
function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER.test(String.fromCodePoint(cp));
}

/**
 * The words the text writes in lower case ("water" in "the water was cut"): whole runs of letters that begin
 * with a lower-case letter. Asked about a few dozen words per article, so each question searches the text
 * (and is remembered) instead of collecting every such word of the text into a set up front.
 */
class LowerWords {
  private readonly answers = new Map<string, boolean>();
  constructor(private readonly text: string) {}

  has(word: string): boolean {
    let answer = this.answers.get(word);
    if (answer === undefined) {
      answer = LOWER_WORD.test(word) && this.written(word);
      this.answers.set(word, answer);
    }
    return answer;
  }

  /** Whether the word occurs as a whole run of letters. */
  private written(word: string): boolean {
    const { text } = this;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (wholeWordAt(text, at, word.length)) return true;
    return false;
  }
}

/** The lower-cased word just before `at`, across white space only ("blog" in "the travel blog Open Road Notes"). */
function wordBefore(text: string, at: number): string {
  return /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? '';
}

/** Whether the `length` characters at `at` are a whole run of letters: no letter just before or just after. */
function wholeWordAt(text: string, at: number, length: number): boolean {
  const end = at + length;
  const after = end < text.length ? text.codePointAt(end)! : -1;
  return !isLetter(codePointBefore(text, at)) && (after < 0 || !isLetter(after));
}

/** The code point that ends just before `at` (a surrogate pair read whole), or -1 at the start. */
function codePointBefore(text: string, at: number): number {
  if (at === 0) return -1;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2)!;
  }
  return low;
}

/** Find and key the named mentions of an article. */
export function findMentions(text: string): NameMention[] {
  const out: NameMention[] = [];
  const lowerWords = new LowerWords(text);
  const knownKinds = new Map<string, EntityKind>(); // surname or acronym → kind seen with a fuller form
  for (const run of capitalisedRuns(text)) {
    let words = run.words;
    // Drop sentence-initial function words and common words that are capitalised only by position.
    while (words.length && NOT_NAMES.has(bare(words[0]!.text)) && !(bare(words[0]!.text) === 'the' && words.length > 1 && looksLikeOutletName(words.map((w) => w.text).join(' ')))) words = words.slice(1);
    if (!words.length) continue;
    if (words.length === 1 && PERSON_TITLES.has(bare(words[0]!.text))) continue; // "Minister says …"
    if (words.length === 1 && sentenceInitial(text, words[0]!.start) && (lowerWords.has(words[0]!.text.toLowerCase()) || ANONYMOUS_HEADS.has(bare(words[0]!.text)) || commonByPlace(text, words[0]!))) continue;
    // Title words before the name proper.
    const roles: string[] = [];
    // Titles may be preceded by qualifiers ("Interior Minister", "Prime Minister", "Deputy Sheriff").
    let i = 0;
    const whole = words.map((w) => noPossessive(w.text));
    i = titleEnd(words.map((w) => w.text));
    // "Secretary of State Ana Vale": the run after "… of" holds the rest of the title before a first name.
    const titleOf = i > 0 && i < words.length - 1 && /^\s+of\s+$/.test(text.slice(words[i - 1]!.end, words[i]!.start));
    if (titleOf || (i === 0 && words.length > 1 && TITLE_OF.test(text.slice(Math.max(0, words[0]!.start - 30), words[0]!.start)))) {
      let k = whole.findIndex((w, j) => j > i && j <= i + 4 && FIRST_NAMES.has(bare(w)));
      // no first name we know: the name is what follows the department's words ("of the House Newt Gingrich")
      if (k < 0) {
        k = i;
        while (k < whole.length - 2 && (ORG_WORDS.has(bare(whole[k]!)) || DEPARTMENT_WORDS.has(bare(whole[k]!)))) k++;
      }
      if (k > 0) i = k;
    }
    // a possessive before the name gives an affiliation ("the Ferry Union's Dana Falk"), not a role
    if (!(i > 0 && /[’']s$/.test(words[i - 1]!.text))) for (let j = 0; j < i; j++) roles.push(bare(words[j]!.text));
    const nameWords = words.slice(i);
    if (i === 0 && nameWords.length > 1 && words[0]!.text.toLowerCase() === 'the' && !looksLikeOutletName(nameWords.map((w) => w.text).join(' '))) nameWords.shift();
    // "Senator Tomas Eld of Montana", "Dana Falk of the Ferry Union": a person's name ends before "of"
    if (i > 0 || FIRST_NAMES.has(bare(nameWords[0]!.text))) {
      const cut = nameWords.findIndex((w, k) => k > 0 && /^\s+of\s+(?:the\s+)?$/.test(text.slice(nameWords[k - 1]!.end, w.start)));
      if (cut > 0) nameWords.splice(cut);
    }
    const texts = nameWords.map((w) => noPossessive(w.text));
    let kind = classify(texts, knownKinds, lowerWords);
    // "The Weekend Lantern": a name written with "the" is a thing's, not a person's.
    if (kind === 'person' && !roles.length && /\b[Tt]he\s+$/.test(text.slice(Math.max(0, nameWords[0]!.start - 4), nameWords[0]!.start))) kind = 'unknown';
    if (roles.length && kind !== 'outlet' && kind !== 'organization') kind = 'person';
    // "the travel blog Open Road Notes", "the news site Trendloop": named after a word for an outlet
    if (kind !== 'organization' && !roles.length && OUTLET_APPOSITION.has(wordBefore(text, nameWords[0]!.start))) kind = 'outlet';
    const nameSpan: Span = { start: nameWords[0]!.start, end: nameWords[nameWords.length - 1]!.end };
    if (/[’']s$/.test(text.slice(nameSpan.start, nameSpan.end))) nameSpan.end -= 2;
    if (kind === 'person' && texts.length > 1) knownKinds.set(bare(texts[texts.length - 1]!), 'person');
    if ((kind === 'organization' || kind === 'outlet') && texts.length > 1) {
      const acronym = texts.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (acronym.length > 1) knownKinds.set(acronym.toLowerCase(), kind);
    }
    out.push({
      span: { start: words[0]!.start, end: nameSpan.end },
      name: nameSpan,
      kind,
      key: '',
      form: 'name',
      roles,
      canonical: text.slice(nameSpan.start, nameSpan.end),
    });
  }
  addAppositionRoles(text, out);
  markPlaces(text, out);
  assignKeys(out);
  return out;
}

const LOCATIVE_BEFORE = /\b(?:in|near|outside|across|around|throughout|(?:town|village|city|residents|visitors) of|(?:heading|headed|travelling|traveling|travelled|went|going|came|coming|returned|moved|visitors|trips?|road) to)\s+$/i;

/**
 * "in Brindle Cove", "near Lower Brenna": a name the article writes after a word of place is a place,
 * wherever else it stands ("Brindle Cove confirms …" in a headline is the town, not a person). Only names
 * of no settled kind change: not an outlet or body, nor a person known by a first name or a title.
 */
function markPlaces(text: string, mentions: NameMention[]): void {
  const places = new Set<string>();
  for (const m of mentions) {
    if (text.slice(m.name.end, m.name.end + 2).match(/^['’]s/)) continue; // "in Arden's view"
    if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.span.start - 24), m.span.start))) places.add(normaliseName(m.canonical));
  }
  if (!places.size) return;
  for (const m of mentions) {
    if (!places.has(normaliseName(m.canonical))) continue;
    const settledPerson = m.kind === 'person' && (m.roles.length > 0 || FIRST_NAMES.has(bare(m.canonical.split(/\s+/)[0]!)));
    if (m.kind === 'unknown' || (m.kind === 'person' && !settledPerson)) m.kind = 'place';
  }
}

const TITLE_OF = new RegExp(`\\b(?:${[...PERSON_TITLES].filter((t) => /^[a-z]+$/.test(t)).join('|')})\\s+of\\s+(?:the\\s+)?$`, 'i');
// Words of a department's or office's name after "Secretary of", "Director of", "Speaker of the".
const DEPARTMENT_WORDS = new Set(('state defense defence treasury homeland security national intelligence health education energy ' +
  'commerce labor labour justice interior agriculture transportation veterans affairs foreign housing human services').split(' '));

/**
 * Where the name proper starts after title words ("Interior Minister Ana Vale"), also when a body's words
 * come first ("House Speaker Ana Vale") or a body's possessive ("the Ferry Union's Dana Falk"). 0 when
 * a body's word follows the title: "Corvana General Hospital" is a body, not General Hospital with a title.
 */
function titleEnd(words: string[]): number {
  let start = 0;
  for (let j = 0; j < Math.min(words.length - 1, 5); j++) {
    if (PERSON_TITLES.has(bare(words[j]!))) start = j + 1;
    // "the Ferry Union's Dana Falk": a body's possessive, then two or three words of a name
    else if (/[’']s$/.test(words[j]!) && (FIRST_NAMES.has(bare(words[j + 1]!)) || (words.length - j - 1 >= 2 && words.length - j - 1 <= 3))) start = j + 1;
  }
  if (start === 0 || words.slice(start).some((w) => ORG_WORDS.has(bare(w)))) return 0;
  // "Senate President Pro Tem Dana Long": the name starts at its first name when one follows closely.
  // Not past an initial ("A. Barry Rand"), nor to a lone word ("Barney Frank": Frank is a first name too).
  if (!FIRST_NAMES.has(bare(words[start]!))) {
    const k = words.findIndex((w, j) => j > start && j <= start + 2 && j < words.length - 1 && FIRST_NAMES.has(bare(w)));
    if (k > 0 && !words.slice(start, k).some((w) => /^\p{Lu}\.$/u.test(w))) start = k;
  }
  return start;
}

const APPOSITION_AFTER = /^,\s+(?:the|a|an|[\p{Lu}][\p{L}’']*(?:\s+[\p{Lu}][\p{L}’']*)*['’]s)\s+([^,.;()]{2,80}?)(?:,|\.|;|$)/u;
const APPOSITION_BEFORE = /(?:\b[Tt]he|\b[Aa]n?|\p{Lu}[\p{L}.]*['’]s)\s+([^,.;()]{2,80}),\s*$/u;
const COMMA = 44;
const FRONTED = /\b(?:after|before|during|since|in|on|at|for|with|by|from|despite|amid|following|like|unlike|as|of|over|under|within|without|through)\s+$/i;

/** Whether text before `at` ends in a comma and white space (within the 100 characters the pattern sees). */
function commaBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= Math.max(0, at - 100) && /\s/.test(text[i]!)) i--;
  return i >= Math.max(0, at - 100) && text.charCodeAt(i) === COMMA;
}

/** "Nikolai Mladenov, the UN's special representative," and "the ambassador, Mohamed Alhakim," give roles. */
function addAppositionRoles(text: string, mentions: NameMention[]): void {
  for (const m of mentions) {
    if (m.kind !== 'person' && m.kind !== 'unknown') continue;
    // Either apposition is set off by a comma next to the name: most names have none, so the patterns
    // (the second one unanchored at its start, and slow) run only when the comma is there.
    const after = text.charCodeAt(m.name.end) === COMMA ? APPOSITION_AFTER.exec(text.slice(m.name.end, m.name.end + 120)) : null;
    let before = commaBefore(text, m.span.start) ? APPOSITION_BEFORE.exec(text.slice(Math.max(0, m.span.start - 100), m.span.start)) : null;
    // "After the flood, Lower Brenna asks": a phrase led by a preposition is set before the clause, not beside the name
    if (before && FRONTED.test(text.slice(Math.max(0, m.span.start - 100), m.span.start).slice(0, before.index))) before = null;
    for (const phrase of [after?.[1], before?.[1]]) {
      if (!phrase) continue;
      const words = phrase.toLowerCase().split(/\s+/).map((w) => w.replace(/[^\p{L}]/gu, ''));
      const roleWords = words.filter((w) => w.length > 2 && !NOT_NAMES.has(w));
      if (roleWords.length && roleWords.length <= 8) {
        // "The Brindle Bugle, a satirical website": the apposition says what kind of thing the name is.
        // Only the words before "of", "at" … say it: "the editor of Coastline Daily" is a person.
        const cut = words.findIndex((w) => /^(?:of|at|for|with|in|on|from|to|by)$/.test(w));
        const kindWords = cut > 0 ? words.slice(0, cut) : words;
        const head = kindWords.find((w) => OUTLET_APPOSITION.has(w)) ? 'outlet' : kindWords.find((w) => ORG_DESCRIPTORS.has(w)) ? 'organization' : null;
        if (head && (m.kind === 'unknown' || (m.kind === 'person' && !FIRST_NAMES.has(bare(m.canonical.split(/\s+/)[0]!))))) {
          m.kind = head;
          continue;
        }
        m.roles.push(...roleWords);
        if (m.kind === 'unknown') m.kind = 'person';
      }
    }
  }
}

/** Persons share a key by surname (unless two first names clash); others by normalised name or acronym. */
function assignKeys(mentions: NameMention[]): void {
  const persons = new Map<string, NameMention[]>();
  const orgs = new Map<string, string>(); // acronym or normalised name → key
  for (const m of mentions) {
    const words = m.canonical.split(/\s+/);
    if (m.kind === 'person' || (m.kind === 'unknown' && words.length === 1)) {
      const surname = bare(words[words.length - 1]!);
      if (m.kind === 'unknown' && !persons.has(surname)) continue;
      m.kind = 'person';
      const group = persons.get(surname) ?? [];
      group.push(m);
      persons.set(surname, group);
    } else if (m.kind === 'organization' || m.kind === 'outlet') {
      const known = m.kind === 'outlet' ? lookupOutlet(m.canonical) : undefined;
      const norm = normaliseName(known?.name ?? m.canonical);
      const acronym = words.filter((w) => /^\p{Lu}/u.test(w) && !NOT_NAMES.has(w.toLowerCase())).map((w) => w[0]).join('').toLowerCase();
      const key = orgs.get(norm) ?? (words.length === 1 ? orgs.get(bare(words[0]!)) : undefined) ?? `${m.kind === 'outlet' ? 'outlet' : 'org'}:${norm.replace(/\s+/g, '-')}`;
      orgs.set(norm, key);
      if (words.length > 1 && acronym.length > 1 && !orgs.has(acronym)) orgs.set(acronym, key);
      m.key = key;
      if (known) m.canonical = known.name;
    }
  }
  for (const [surname, group] of persons) {
    // First names that are not variants of each other are different people ("Hillary" / "Bill" Clinton).
    const full = group.filter((m) => m.canonical.split(/\s+/).length > 1);
    const firsts: string[] = [];
    for (const m of full) {
      const first = bare(m.canonical.split(/\s+/)[0]!);
      if (!firsts.some((f) => sameFirstName(f, first))) firsts.push(first);
    }
    let current = firsts.length > 1 ? '' : `person:${slug(surname)}`;
    const longest = new Map<string, string>();
    for (const m of [...group].sort((a, b) => a.span.start - b.span.start)) {
      if (firsts.length > 1) {
        const words = m.canonical.split(/\s+/);
        if (words.length > 1) {
          const first = firsts.find((f) => sameFirstName(f, bare(words[0]!)))!;
          current = `person:${slug(first)}-${slug(surname)}`;
        } else if (!current) current = `person:${slug(firsts[0]!)}-${slug(surname)}`;
      }
      m.key = current;
      if ((longest.get(current)?.length ?? 0) < m.canonical.length) longest.set(current, m.canonical);
    }
    for (const m of group) m.canonical = longest.get(m.key) ?? m.canonical;
  }
  // "the Courier" after "the Ashgrove Courier", "the Authority": a short form of a longer name in the article.
  const longByLastWord = longNamesByLastWord(mentions);
  for (const m of mentions) {
    if (m.key || m.canonical.includes(' ')) continue;
    const long = longByLastWord.get(bare(m.canonical));
    if (long) {
      m.key = long.key;
      m.kind = long.kind;
      m.canonical = long.canonical;
    }
  }
  for (const m of mentions) if (!m.key) m.key = `${m.kind === 'unknown' ? 'name' : m.kind}:${slug(normaliseName(m.canonical))}`;
}

/**
 * The first keyed outlet or organisation of several words for each bare last word, built once rather than
 * searched for every short form. Short forms that take a long name's key become copies of that name, so
 * they would be found with the same key, kind and canonical name: building the index before is the same.
 */
function longNamesByLastWord(mentions: NameMention[]): Map<string, NameMention> {
  const index = new Map<string, NameMention>();
  for (const o of mentions) {
    if (!o.key || (o.kind !== 'outlet' && o.kind !== 'organization') || !o.canonical.includes(' ')) continue;
    const last = bare(o.canonical.split(/\s+/).pop()!);
    if (!index.has(last)) index.set(last, o);
  }
  return index;
}

const slug = (s: string) => normaliseName(s).replace(/\s+/g, '-');

function sameFirstName(a: string, b: string): boolean {
  if (a === b || a.startsWith(b) || b.startsWith(a)) return true;
  return editDistance(a, b) <= (Math.min(a.length, b.length) > 5 ? 2 : 1);
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
