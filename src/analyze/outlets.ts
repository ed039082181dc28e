// Knowing an outlet when we see one: by the reference list (names, abbreviations, hosts), or by the
// shape of its name ("The Harbour Ledger", "Tidings Now", "cwsnews.com") for the many that no list has.
import { OUTLET_TABLE } from './outlet-list.ts';
import { own } from './own-string.ts';

export interface KnownOutlet {
  name: string;
  aliases: string[];
  hosts: string[];
}

function parseTable(table: string): KnownOutlet[] {
  return table
    .split('\n')
    .filter((l) => l.includes('|'))
    .map((line) => {
      const [name, aliases, hosts] = line.split('|');
      const list = (s: string | undefined) => (s ? s.split(';').map((x) => x.trim()).filter(Boolean) : []);
      return { name: name!.trim(), aliases: list(aliases), hosts: list(hosts) };
    });
}

const normalised = new Map<string, string>();

/**
 * A pure function of a name, with its answers remembered: an article asks about the same names many
 * times over (each run of capitalised words, its parts, its short forms), and names repeat across articles.
 */
function remembered<T>(fn: (name: string) => T): (name: string) => T {
  const answers = new Map<string, T>();
  return (name) => {
    if (answers.has(name)) return answers.get(name)!;
    if (answers.size > 100_000) answers.clear(); // a bound, not a policy
    const answer = fn(name);
    answers.set(own(name), typeof answer === 'string' ? (own(answer) as T) : answer);
    return answer;
  };
}

export const KNOWN_OUTLETS: readonly KnownOutlet[] = parseTable(OUTLET_TABLE);

const byName = new Map<string, KnownOutlet>();
const byHost = new Map<string, KnownOutlet>();
for (const o of KNOWN_OUTLETS) {
  for (const n of [o.name, ...o.aliases]) {
    const k = normaliseName(n);
    // Short ambiguous aliases ("the Times", "the Post") are only used when nothing longer matches.
    if (!byName.has(k)) byName.set(k, o);
  }
  for (const h of o.hosts) byHost.set(h, o);
}

/** Lower case, no leading "the", no punctuation: "The New York Times" → "new york times". */
export function normaliseName(name: string): string {
  const hit = normalised.get(name);
  if (hit !== undefined) return hit;
  if (normalised.size > 100_000) normalised.clear(); // a bound, not a policy: names repeat within a run
  const n = normaliseNameUncached(name);
  normalised.set(own(name), own(n));
  return n;
}

function normaliseNameUncached(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A listed outlet by one of its names, written as a name: "the post" is not the New York Post. */
export const lookupOutlet: (name: string) => KnownOutlet | undefined = remembered((name) => {
  const bareName = name.trim().replace(/^the\s+/i, '');
  if (!/^[\p{Lu}\d@]/u.test(bareName)) return undefined;
  return byName.get(normaliseName(name));
});

/** The registrable part of a host, good enough for news sites: "www.news.bbc.co.uk" → "bbc.co.uk". */
export function siteOf(host: string): string {
  const h = host.toLowerCase().replace(/^www\d?\./, '').replace(/\.$/, '');
  const parts = h.split('.');
  const secondLevel = /^(co|com|org|net|gov|ac|or|ne)$/;
  const keep = parts.length > 2 && secondLevel.test(parts[parts.length - 2]!) ? 3 : 2;
  return parts.slice(-keep).join('.');
}

export function lookupHost(host: string): KnownOutlet | undefined {
  const h = host.toLowerCase().replace(/^www\d?\./, '');
  return byHost.get(h) ?? byHost.get(siteOf(h));
}

// Words that end or make up the names of news outlets.
const OUTLET_HEADS = new Set(
  ('news times post journal herald tribune gazette daily today wire press chronicle observer telegraph ' +
    'guardian independent ledger insider magazine radio tv television network broadcasting agency review ' +
    'examiner standard star sun mirror express courier register bulletin record dispatch monitor sentinel ' +
    'inquirer blog reporter report digest dispatches weekly mail post-gazette newswire live now beacon ' +
    'times-union argus leader eagle enquirer free-press citizen voice sluice quillet')
    .split(' '),
);
const NOT_OUTLET_HEADS = new Set(['report', 'record', 'review', 'standard', 'voice', 'leader', 'now', 'today', 'live']);

/** Whether a capitalised name looks like an outlet's ("The Meridian Post", "Tidings Now"). */
export const looksLikeOutletName: (name: string) => boolean = remembered(looksLikeOutletNameOnce);

function looksLikeOutletNameOnce(name: string): boolean {
  if (lookupOutlet(name)) return true;
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|net|org|news|live|blog|info|co|io|tv|media|press)(\.[a-z]{2})?$/i.test(name)) return true;
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  if (words.length < 2) return false;
  // Agencies: "Continental Wire Service", "Estavian News Agency", "National Press Association".
  if (/\b(?:wire|news|press)\s+(?:service|agency|association)$/i.test(name)) return true;
  const last = words[words.length - 1]!.toLowerCase();
  if (!OUTLET_HEADS.has(last)) return false;
  // "Annual Report", "Public Record" are documents, not outlets: these heads need a "The" or a known first word.
  if (NOT_OUTLET_HEADS.has(last) && !/^the\s/i.test(name) && words.length < 2) return false;
  return true;
}

/** Outlet descriptors that refer back to an outlet: "the news agency", "the newspaper". */
export const OUTLET_DESCRIPTOR =
  /^(?:the|that|this)\s+(?:\S+\s+)?(?:news\s+agency|agency|newspaper|paper|outlet|network|broadcaster|website|site|magazine|tabloid|daily|wire\s+service|publication|channel|news\s+site|news\s+outlet|blog)$/i;
