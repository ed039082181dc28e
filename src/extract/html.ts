// extractHtml: an HTML page → Article. Metadata and flags are read from the untouched document
// first (Readability rewrites the DOM it reads), then the body is extracted and serialised.

import { parseHTML } from 'linkedom';
import type { Article, Link, Message } from '../types.ts';
import { extractBody } from './body.ts';
import { bodyMessages, htmlMessages } from './checks.ts';
import { declaredWordCount, readFlags, truncation } from './flags.ts';
import { jsonLdNodes } from './jsonld.ts';
import { detectLanguage } from './language.ts';
import { readMeta } from './meta.ts';

/** Pages beyond this many UTF-16 units are cut (with a message): the parser's cost is linear but not free. */
export const MAX_HTML_CHARS = 20_000_000;

export interface ExtractHtmlOptions {
  id: string;
  /** The address the page came from: base for relative links, fallback canonical URL. */
  url?: string;
}

const wrap = (html: string) => `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;

function parse(html: string): Document {
  // linkedom needs a document wrapper to give us <head>/<body>; fragments get one. A page whose
  // <html> tag never closes ("<html x") parses to no document element at all: wrap it, and as a
  // last resort read it as an empty page rather than let every DOM access throw.
  for (const candidate of [/<html[\s>]/i.test(html) ? html : wrap(html), wrap(html), wrap('')]) {
    const doc = parseHTML(candidate).document as unknown as Document;
    if (doc.documentElement && doc.body) return doc;
  }
  throw new Error('unreachable: an empty wrapped page always parses');
}

/** Relative links resolve against <base href>, else the page's own address, else its canonical URL. */
function linkBase(doc: Document, url: string | undefined, canonical: string | undefined): string | undefined {
  const page = url ?? canonical;
  const href = doc.querySelector('base[href]')?.getAttribute('href')?.trim();
  if (!href) return page;
  try {
    return new URL(href, page).href;
  } catch {
    return page;
  }
}

function resolveLinks(links: Link[], base: string | undefined): Link[] {
  const out: Link[] = [];
  for (const link of links) {
    const raw = link.href.trim();
    if (!raw || raw.startsWith('#') || /^(javascript|data|vbscript):/i.test(raw)) continue;
    let href = raw;
    try {
      href = new URL(raw, base).href;
    } catch {
      if (base) continue; // unparseable even against a base: not a usable link
    }
    out.push({ href, span: link.span });
  }
  return out;
}

/** The article in an HTML page: body text (NFC) with paragraph and link spans, metadata, flags. */
export function extractHtml(html: string, opts: ExtractHtmlOptions): Article {
  const messages: Message[] = [];
  let input = html;
  if (input.length > MAX_HTML_CHARS) {
    input = input.slice(0, MAX_HTML_CHARS);
    messages.push({ reason: `Page cut to its first ${MAX_HTML_CHARS} characters`, rule: 'extract:too-large', severity: 'warning' });
  }
  messages.push(...htmlMessages(input));

  const doc = parse(input);
  const nodes = jsonLdNodes(doc);
  const meta = readMeta(doc, nodes, opts.url);
  const { paywall, liveBlog } = readFlags(doc, nodes);
  const base = linkBase(doc, opts.url, meta.canonicalUrl?.value);
  const body = extractBody(doc, () => parse(input));
  if (body.via === 'fallback') {
    messages.push({ reason: 'Main-content detection failed; used the densest text block', rule: 'extract:fallback', severity: 'info' });
  }

  const language = detectLanguage(body.text);
  messages.push(...bodyMessages(body.text, body.paragraphs, language));
  const cut = truncation(body.text, declaredWordCount(nodes));
  if (cut) {
    const last = body.paragraphs.at(-1);
    messages.push({ reason: `Article looks truncated: ${cut}`, rule: 'extract:truncated', severity: 'warning', ...(last ? { span: last } : {}) });
  }

  return {
    id: opts.id,
    text: body.text,
    paragraphs: body.paragraphs,
    meta,
    links: resolveLinks(body.links, base),
    flags: { paywall, liveBlog, truncated: cut !== undefined },
    language,
    messages,
  };
}
