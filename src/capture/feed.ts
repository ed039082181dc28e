// RSS 2.0 (and 0.9x / 1.0) and Atom feeds: one capture per item, with its link, title and date.
// The full article when the feed carries it (content:encoded, Atom content), else the summary,
// marked as one. Parsing is fast-xml-parser with entity expansion bounded; entity declarations
// that expand other entities (the billion-laughs pattern) are refused before parsing.

import { XMLParser } from 'fast-xml-parser';
import type { Capture } from '../types.ts';
import { captureLimitsOf, resolveArchiveLimits, type ArchiveLimits } from './archive-limits.ts';
import { makeCapture } from './capture.ts';
import { decodeCapture } from './decode.ts';
import { CaptureError } from './error.ts';
import type { SourceCapture, SourceItem } from './sources.ts';

export interface FeedOptions {
  limits?: Partial<ArchiveLimits>;
}

type Node = Record<string, unknown>;

const MAX_EXPANDED_CHARS = 1_000_000;

/** Whether text that looks like XML is a feed: an <rss>, <feed> or <rdf:RDF> root near the top. */
export function looksLikeFeed(text: string): boolean {
  // Only the first few KB, and no nested quantifiers over hostile text: prolog items are skipped by hand.
  const head = text.slice(0, 8192);
  const root = head.search(/<(?:rss|feed|rdf:RDF)[\s>]/i);
  if (root < 0) return false;
  const before = head.slice(0, root).replace(/<!--[^]*?-->/g, '').replace(/<\?[^>]*>/g, '').replace(/<!DOCTYPE[^>[]*(?:\[[^\]]*\])?\s*>/gi, '');
  return before.trim() === '';
}

/** Entity declarations whose value refers to another entity: nested expansion is how billion-laughs grows. */
function nestedEntity(text: string): boolean {
  const start = text.search(/<!DOCTYPE/i);
  if (start < 0) return false;
  const end = text.indexOf(']>', start);
  const doctype = text.slice(start, end < 0 ? start + 1_000_000 : end);
  for (const m of doctype.matchAll(/<!ENTITY\s+(?:%\s+)?[^\s"']+\s+("[^"]*"|'[^']*')/gi)) if (/[&%]/.test(m[1]!)) return true;
  return false;
}

function parser(limits: ArchiveLimits): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    htmlEntities: false,
    processEntities: { enabled: true, maxEntityCount: 100, maxEntitySize: 10_000, maxTotalExpansions: limits.maxEntityExpansions, maxExpandedLength: MAX_EXPANDED_CHARS },
    // Atom content may be XHTML markup: keep it raw instead of turning it into objects.
    stopNodes: ['*.entry.content', '*.entry.summary'],
    isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  });
}

/** Text of a parsed value: a string, or the #text of an element that has attributes. */
function str(value: unknown): string | undefined {
  if (Array.isArray(value)) return str(value[0]);
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object') return str((value as Node)['#text']);
  return undefined;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Raw XML content (a stop node) to text: CDATA sections verbatim, the five entities and character references decoded. */
function xmlText(raw: string): string {
  return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (all, cdata: string | undefined, ent: string | undefined) => {
    if (cdata !== undefined) return cdata;
    const e = ent!.toLowerCase();
    if (e.startsWith('#')) {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return XML_ENTITIES[e] ?? all;
  });
}

/** The content of an Atom content/summary element as html or text. */
function atomContent(node: unknown): { body: string; kind: 'html' | 'text' } | null {
  if (node === undefined || node === null) return null;
  const element = typeof node === 'object' ? (node as Node) : { '#text': node };
  const raw = typeof element['#text'] === 'string' ? element['#text'] : '';
  const type = String(element['@_type'] ?? 'text').toLowerCase();
  if (type === 'xhtml') return raw.trim() ? { body: raw, kind: 'html' } : null;
  const body = xmlText(raw).trim();
  if (!body) return null;
  return { body, kind: type === 'html' || type.includes('html') ? 'html' : 'text' };
}

function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const nodes = links.filter((l): l is Node => !!l && typeof l === 'object');
  const best = nodes.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? nodes[0];
  return typeof best?.['@_href'] === 'string' ? best['@_href'] : undefined;
}

interface FeedEntry {
  link?: string | undefined;
  title?: string | undefined;
  published?: string | undefined;
  body: { body: string; kind: 'html' | 'text' } | null;
  summary: boolean;
}

function rssEntry(item: Node): FeedEntry {
  const full = str(item['content:encoded']);
  const description = str(item['description']);
  const guid = item['guid'];
  const permalink = guid && typeof guid === 'object' && (guid as Node)['@_isPermaLink'] !== 'false' ? str(guid) : typeof guid === 'string' && /^https?:/.test(guid) ? guid : undefined;
  return {
    link: str(item['link']) ?? permalink,
    title: str(item['title']),
    published: str(item['pubDate']) ?? str(item['dc:date']),
    body: full ? { body: full, kind: 'html' } : description ? { body: description, kind: 'html' } : null,
    summary: !full,
  };
}

function atomEntry(entry: Node): FeedEntry {
  const content = atomContent(entry['content']);
  return {
    link: atomLink(entry['link']),
    title: str(entry['title']),
    published: str(entry['published']) ?? str(entry['updated']),
    body: content ?? atomContent(entry['summary']),
    summary: !content,
  };
}

/** Items of a feed capture, in order, as captures (or errors) naming the item ("feed.xml#item 3"). */
export function* readFeed(capture: Capture, input: string, options: FeedOptions = {}): Generator<SourceItem> {
  const limits = resolveArchiveLimits(options.limits);
  const fail = (reason: string, code: CaptureError['code'], via = input, cause?: unknown): SourceItem => ({
    error: new CaptureError(via === input ? reason : `${via.slice(input.length + 1)}: ${reason}`, { input, code, cause }),
    via,
  });
  let text: string;
  try {
    text = decodeCapture(capture, captureLimitsOf(limits)).text;
  } catch (err) {
    if (err instanceof CaptureError) return yield { error: err, via: input };
    throw err;
  }
  if (nestedEntity(text)) return yield fail('refused: entity declarations that expand other entities (billion-laughs pattern)', 'invalid-record');
  let doc: Node;
  try {
    doc = parser(limits).parse(text) as Node;
  } catch (err) {
    const message = (err as Error).message.replace(/^\[\w+\]\s*/, '');
    const reason = /entit|expan/i.test(message) ? `entity expansion over the limit: ${message}` : `not a readable feed: ${message}`;
    return yield fail(reason, /entit|expan/i.test(message) ? 'too-large' : 'invalid-record', input, err);
  }
  const rss = (doc['rss'] ?? doc['rdf:RDF']) as Node | undefined;
  const atom = doc['feed'] as Node | undefined;
  const channel = rss && typeof rss === 'object' ? ((rss['channel'] as Node | undefined) ?? rss) : undefined;
  if (!channel && !(atom && typeof atom === 'object')) return yield fail('not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)', 'invalid-record');

  const outlet = str(channel ? channel['title'] : atom!['title']);
  const rawItems = channel ? ((channel['item'] ?? (rss as Node)['item'] ?? []) as unknown[]) : ((atom!['entry'] ?? []) as unknown[]);
  const items = Array.isArray(rawItems) ? rawItems : [];
  for (let i = 0; i < items.length; i++) {
    const via = `${input}#item ${i + 1}`;
    if (i >= limits.maxFeedItems) return yield fail(`more than ${limits.maxFeedItems} items (limit maxFeedItems); the rest is not read`, 'too-large');
    const node = items[i];
    if (!node || typeof node !== 'object') {
      yield fail('empty item', 'empty', via);
      continue;
    }
    const entry = channel ? rssEntry(node as Node) : atomEntry(node as Node);
    if (!entry.body) {
      yield fail(`no content or summary${entry.link ? ` (link ${entry.link})` : ''}`, 'empty', via);
      continue;
    }
    const type = entry.body.kind === 'html' ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
    const item: SourceCapture = { capture: makeCapture(Buffer.from(entry.body.body, 'utf8'), { kind: 'file', path: via }, type, new Date(capture.capturedAt)), kind: entry.body.kind, via };
    if (entry.link) item.url = entry.link;
    if (entry.title) item.title = entry.title;
    if (entry.published) item.published = entry.published;
    if (outlet) item.outlet = outlet;
    if (entry.summary) item.summary = true;
    yield item;
  }
}
