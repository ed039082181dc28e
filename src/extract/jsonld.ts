// JSON-LD blocks of a page, flattened: top-level arrays and @graph arrays become one list of nodes,
// and {"@id"} references are resolved against the nodes that define them. Malformed blocks (common:
// trailing commas, raw newlines in strings, HTML comments) are repaired where cheap, skipped otherwise.

export type JsonObject = { [key: string]: unknown };

const MAX_BLOCK = 2_000_000;

function parseLenient(raw: string): unknown {
  const body = raw
    .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim();
  if (!body || body.length > MAX_BLOCK) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    try {
      // Raw control characters inside strings and trailing commas are the usual breakage.
      return JSON.parse(body.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function collect(v: unknown, out: JsonObject[], depth: number): void {
  if (depth > 8) return;
  if (Array.isArray(v)) {
    for (const x of v) collect(x, out, depth + 1);
  } else if (isObject(v)) {
    out.push(v);
    if (Array.isArray(v['@graph'])) collect(v['@graph'], out, depth + 1);
  }
}

/** All JSON-LD nodes of a document (top level and @graph members), in document order. */
export function jsonLdNodes(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of doc.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase().trim();
    if (type !== 'application/ld+json') continue;
    collect(parseLenient(script.textContent ?? ''), out, 0);
  }
  return out;
}

/** The node's @type(s), lower-cased, without a schema.org prefix. */
export function types(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:]/, '').toLowerCase());
}

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'askpublicnewsarticle', 'blogposting',
  'liveblogposting', 'socialmediaposting', 'scholarlyarticle', 'techarticle', 'report', 'posting',
]);

/** The first node typed as an article (NewsArticle, BlogPosting, LiveBlogPosting …). */
export function articleNode(nodes: JsonObject[]): JsonObject | undefined {
  return nodes.find((n) => types(n).some((t) => ARTICLE_TYPES.has(t)));
}

/** Follows an {"@id": …} reference to the node defining it, if any. */
export function resolve(v: unknown, nodes: JsonObject[]): unknown {
  if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) {
    return nodes.find((n) => n['@id'] === v['@id'] && Object.keys(n).length > 1) ?? v;
  }
  return v;
}

/** A string property, or the `name` of an object property, or names of an array of them. */
export function textOf(v: unknown, nodes: JsonObject[]): string | undefined {
  const r = resolve(v, nodes);
  if (typeof r === 'string') return r.trim() || undefined;
  if (typeof r === 'number') return String(r);
  if (Array.isArray(r)) {
    const parts = r.map((x) => textOf(x, nodes)).filter((x): x is string => !!x);
    return parts.length ? [...new Set(parts)].join(', ') : undefined;
  }
  if (isObject(r)) return textOf(r['name'], nodes);
  return undefined;
}
