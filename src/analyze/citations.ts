// Outlets an article names as where its information came from: attributions to outlets ("Fox News
// reported"), wire credits ("(AP)", "— Northwire", "Reuters contributed to this report"), "read the full
// story at …", and hyperlinks to known news sites.
import type { Attribution, CitedOutlet, Link, Span } from '../types.ts';
import type { NameMention } from './mentions.ts';
import { lookupHost, lookupOutlet, looksLikeOutletName, normaliseName, siteOf } from './outlets.ts';

// A name's words are on one line: "… at the Gullhaven Gazette.\n\nMonday 19:05" ends at "Gazette".
const NAME = String.raw`(?:[Tt]he[ \t]+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)?\p{Lu}[\p{L}\p{N}.&'’-]*){0,4}`;
const HOST = String.raw`(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}`;

// Each pattern's first group is the outlet's name or host. A pattern with `needs` only runs on texts that
// contain that word: a pattern starting with a name tries every capital letter of the text before failing.
const CREDIT_PATTERNS: Array<{ re: RegExp; needs?: string }> = [
  // "(AP)", "(Reuters)", "(Northwire) —" : a wire credit in parentheses
  { re: new RegExp(String.raw`\((${NAME})\)(?=\s*[—–-]|\s*$|\s*\n)`, 'gmu') },
  // "— Northwire" or "- AP" closing a paragraph
  { re: new RegExp(String.raw`(?:^|\s)[—–]\s*(${NAME})\s*$`, 'gmu') },
  // "Northwire contributed to this report", "Reporting by Reuters"
  { re: new RegExp(String.raw`(${NAME})\s+contributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)`, 'gu'), needs: 'contributed' },
  // "Read the full story at cwsnews.com", "Read more at The Meridian Post"
  { re: new RegExp(String.raw`(?:read|see|view)\s+(?:the\s+)?(?:full|original|rest\s+of\s+the)?\s*(?:story|statement|report|article)?\s*(?:at|on|from)\s+(${HOST}|${NAME})`, 'giu') },
  // "via Northwire", "h/t The Sluice"
  { re: new RegExp(String.raw`(?:\bvia|\bh/t)\s+(${HOST}|${NAME})`, 'gu') },
];

const CITING_BEFORE = /(?:according\s+to|told|via|citing|cited\s+by|reported\s+by|quoted\s+by|in\s+an?\s+(?:interview|report|article|story)\s+(?:with|by|in|for))\s+(?:the\s+)?$/i;
const CITING_AFTER = /^['’]?s?\s*(?:,[^,.]{0,60},\s*)?(?:has\s+|had\s+|first\s+|also\s+|earlier\s+)?(?:reported|reports|reporting|wrote|writes|revealed|reveals|learned|published|quoted|cited|said|says|broke\s+the\s+(?:news|story))\b/i;

const PUBLISHING_AFTER = /^['’]?s?\s*(?:,[^,.]{0,60},\s*)?(?:has\s+|had\s+|first\s+|also\s+|earlier\s+)?(?:reported|reports|wrote|writes|published|revealed|broke\s+the\s+(?:news|story))\b/i;
const HANDLE = /(?<![\w@])@([A-Za-z0-9_]{2,30})\b/g;
const POST_WORDS = /\b(?:post(?:ed|s)?|account|tweet(?:ed|s)?|wrote|shared|user|handle|thread|video|screenshot)\b/i;

interface Found {
  name: string;
  key: string;
  span: Span;
  via: CitedOutlet['via'][number];
}

function outletKey(name: string, mentions: NameMention[]): { name: string; key: string } {
  const known = lookupOutlet(name) ?? (/\./.test(name) ? lookupHost(name) : undefined);
  const norm = normaliseName(known?.name ?? name);
  const mention = mentions.find((m) => m.kind === 'outlet' && normaliseName(m.canonical) === norm);
  if (mention) return { name: mention.canonical, key: mention.key };
  return { name: known?.name ?? name.replace(/^the\s+/i, (t) => t), key: `outlet:${norm.replace(/\s+/g, '-')}` };
}

/** Outlets cited by an article, each with the spans that cite it and how. */
export function findCitedOutlets(
  text: string,
  attributions: Attribution[],
  mentions: NameMention[],
  links: Link[],
  ownHost?: string,
): CitedOutlet[] {
  const found: Found[] = [];
  for (const a of attributions) {
    if (a.speaker?.kind === 'outlet' && a.source) found.push({ name: a.speaker.name, key: a.speaker.key, span: a.source, via: 'attribution' });
  }
  // An outlet named next to a reporting word cites it, whatever the attribution model made of the sentence.
  for (const m of mentions) {
    // Outlets, and names of no other kind: "The Weekend Lantern reported" names an outlet we do not know.
    if (m.kind !== 'outlet' && m.kind !== 'unknown') continue;
    const before = text.slice(Math.max(0, m.span.start - 40), m.span.start);
    const after = text.slice(m.span.end, m.span.end + 80);
    // Names of no known kind need a verb of publishing ("Trendloop wrote"); "said" could be anyone's.
    const cites = m.kind === 'outlet' ? CITING_BEFORE.test(before) || CITING_AFTER.test(after) : PUBLISHING_AFTER.test(after) || (m.canonical.includes(' ') && (CITING_BEFORE.test(before) || CITING_AFTER.test(after)));
    if (cites) found.push({ name: m.canonical, key: m.key, span: m.span, via: 'attribution' });
  }
  // Posts and accounts: "@cove_watcher", "a post by the account @cove_watcher".
  HANDLE.lastIndex = 0;
  for (let m = HANDLE.exec(text); m; m = HANDLE.exec(text)) {
    const start = m.index + m[0].indexOf('@');
    const around = text.slice(Math.max(0, start - 60), start + m[1]!.length + 60);
    if (!POST_WORDS.test(around)) continue;
    found.push({ name: `@${m[1]}`, key: `post:${m[1]!.toLowerCase()}`, span: { start, end: start + m[1]!.length + 1 }, via: 'attribution' });
  }
  for (const { re, needs } of CREDIT_PATTERNS) {
    if (needs && !text.includes(needs)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1]!.replace(/[.,;:]+$/, '');
      if (!looksLikeOutletName(name) && !mentions.some((x) => x.kind === 'outlet' && normaliseName(x.canonical) === normaliseName(name)) && !/^\p{Lu}[\p{L}-]+$/u.test(name)) continue;
      const start = m.index + m[0].indexOf(m[1]!);
      found.push({ ...outletKey(name, mentions), span: { start, end: start + name.length }, via: 'credit' });
    }
  }
  const own = ownHost ? siteOf(ownHost) : undefined;
  for (const link of links) {
    let host: string;
    try {
      host = new URL(link.href).hostname;
    } catch {
      continue;
    }
    if (own && siteOf(host) === own) continue;
    const known = lookupHost(host);
    if (known) found.push({ ...outletKey(known.name, mentions), span: link.span, via: 'link' });
  }
  const byKey = new Map<string, CitedOutlet>();
  for (const f of found) {
    const c = byKey.get(f.key) ?? { name: f.name, key: f.key, spans: [], via: [] };
    if (!c.spans.some((s) => s.start === f.span.start && s.end === f.span.end)) c.spans.push(f.span);
    if (!c.via.includes(f.via)) c.via.push(f.via);
    if (f.name.length > c.name.length) c.name = f.name;
    byKey.set(f.key, c);
  }
  for (const c of byKey.values()) c.spans.sort((a, b) => a.start - b.start);
  return [...byKey.values()].sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
}
