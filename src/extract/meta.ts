// Article metadata from the page head: JSON-LD first (most specific), then OpenGraph, then other
// meta tags, then the document itself (<time>, <title>, <html lang>, <link rel=canonical>). Every
// value keeps the raw string it came from and where that was.

import type { ArticleMeta, MetaField, MetaSource } from '../types.ts';
import { toIsoDate } from './dates.ts';
import { decodeEntities } from './entities.ts';
import { articleNode, textOf, type JsonObject } from './jsonld.ts';

type Tags = Map<string, string[]>;

/** meta[name|property|itemprop] → contents, keys lower-cased, in document order. */
export function metaTags(doc: Document): Tags {
  const tags: Tags = new Map();
  for (const m of doc.querySelectorAll('meta')) {
    const content = m.getAttribute('content');
    if (content == null || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = tags.get(key) ?? [];
      list.push(content.trim());
      tags.set(key, list);
    }
  }
  return tags;
}

function field(raw: string | undefined, from: MetaSource, value = raw && decodeEntities(raw).replace(/\s+/g, ' ').trim()): MetaField | undefined {
  return raw && value ? { value: value.normalize('NFC'), raw, from } : undefined;
}

// Placeholder dates some CMSs emit for "unknown" (0001-01-01, 1970-01-01T00:00:00Z).
const PLACEHOLDER_DATE = /^(0{1,4}1?-0?1-0?1|1970-01-01T00:00:00)/;

/** A date field; unusable strings give undefined so the next source is tried. */
function dateField(raw: string | undefined, from: MetaSource): MetaField | undefined {
  if (!raw?.trim() || PLACEHOLDER_DATE.test(raw.trim())) return undefined;
  const iso = toIsoDate(raw);
  return { value: iso ?? raw.trim(), raw, from };
}

/** The first parseable date among candidates, else the first unparsed one (kept as written). */
function firstDate(...xs: (MetaField | undefined)[]): MetaField | undefined {
  const found = xs.filter((x): x is MetaField => x !== undefined);
  return found.find((x) => toIsoDate(x.raw) !== undefined) ?? found[0];
}

function fromTags(tags: Tags, keys: string[], reject?: (v: string) => boolean): { raw: string; key: string } | undefined {
  for (const key of keys) {
    for (const raw of tags.get(key) ?? []) if (!reject?.(raw)) return { raw, key };
  }
  return undefined;
}

const OG = /^(og|article):/;
const isUrl = (v: string) => /^(https?:)?\/\//i.test(v.trim());

function tagField(tags: Tags, keys: string[], date = false, reject?: (v: string) => boolean): MetaField | undefined {
  const hit = fromTags(tags, keys, reject);
  if (!hit) return undefined;
  const from: MetaSource = OG.test(hit.key) ? 'opengraph' : 'meta';
  return date ? dateField(hit.raw, from) : field(hit.raw, from);
}

function first<T>(...xs: (T | undefined)[]): T | undefined {
  return xs.find((x) => x !== undefined);
}

function absolute(href: string, base?: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') || undefined : undefined;
  } catch {
    return undefined;
  }
}

/** Metadata of the page. `nodes` are its JSON-LD nodes; `url` the address it was fetched from. */
export function readMeta(doc: Document, nodes: JsonObject[], url?: string): ArticleMeta {
  const tags = metaTags(doc);
  const art = articleNode(nodes);
  const ld = (key: string): string | undefined => (art ? textOf(art[key], nodes) : undefined);

  const titleEl = doc.querySelector('title')?.textContent ?? undefined;
  const title = first(
    field(ld('headline') ?? ld('name'), 'json-ld'),
    tagField(tags, ['og:title', 'twitter:title']),
    tagField(tags, ['citation_title', 'dc.title', 'headline']),
    field(titleEl, 'html'),
  );

  const byline = first(
    field(ld('author') ?? ld('creator'), 'json-ld'),
    tagField(tags, ['article:author', 'author', 'byl', 'citation_author', 'dc.creator', 'parsely-author', 'sailthru.author'], false, isUrl),
  );

  const outlet = first(
    field(ld('publisher') ?? ld('sourceOrganization'), 'json-ld'),
    tagField(tags, ['og:site_name', 'application-name', 'citation_journal_title', 'citation_publisher', 'dc.publisher']),
    field(url, 'url', hostOf(url)),
  );

  const timeEl = (prop: string): MetaField | undefined => {
    const el = doc.querySelector(`time[itemprop="${prop}"][datetime], [itemprop="${prop}"][content]`);
    const raw = el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? undefined;
    return dateField(raw, 'time');
  };
  const anyTime = (): MetaField | undefined => {
    const el = doc.querySelector('time[datetime]');
    return dateField(el?.getAttribute('datetime') ?? undefined, 'time');
  };

  const published = firstDate(
    dateField(ld('datePublished') ?? ld('dateCreated'), 'json-ld'),
    tagField(tags, ['article:published_time', 'og:published_time', 'datepublished'], true),
    tagField(tags, ['citation_publication_date', 'citation_date', 'dc.date.issued', 'dc.date', 'date', 'pubdate', 'publishdate', 'publish-date', 'sailthru.date', 'parsely-pub-date', 'dcterms.created'], true),
    timeEl('datePublished'),
    anyTime(),
  );
  const modified = firstDate(
    dateField(ld('dateModified'), 'json-ld'),
    tagField(tags, ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'], true),
    timeEl('dateModified'),
  );

  const canonicalHref = doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href') ?? undefined;
  const canon = (raw: string | undefined, from: MetaSource) => field(raw, from, raw ? absolute(raw.trim(), url) : undefined);
  const canonicalUrl = first(canon(canonicalHref, 'html'), canon(fromTags(tags, ['og:url'])?.raw, 'opengraph'), canon(url, 'input'));

  const htmlLang = doc.documentElement?.getAttribute('lang') ?? undefined;
  const declaredLanguage = first(
    field(htmlLang, 'html'),
    tagField(tags, ['content-language', 'language', 'dc.language', 'og:locale']),
    field(ld('inLanguage'), 'json-ld'),
  );

  const meta: ArticleMeta = {};
  const set = <K extends keyof ArticleMeta>(k: K, v: ArticleMeta[K]) => {
    if (v) meta[k] = v;
  };
  set('title', title);
  set('byline', byline);
  set('outlet', outlet);
  set('published', published);
  set('modified', modified);
  set('canonicalUrl', canonicalUrl);
  set('declaredLanguage', declaredLanguage);
  return meta;
}
