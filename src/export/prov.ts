// W3C PROV-O as JSON-LD. Articles are entities attributed to their outlets and derived from what they
// copied (wasQuotedFrom) or cited (wasDerivedFrom); each claim is an entity attributed to its primary
// sources, and each appearance of it is an entity in its article (the article is a prov:Collection of
// them) derived from the appearance it was taken from. Labels use rdfs:label, which PROV-O uses for
// PROV-DM's prov:label. Node ids are URNs, since a trace has no web home of its own.
import { articleInfo, CONTESTED, webUrl, type ExportOptions, type TraceJson } from './types.ts';

export const PROV_CONTEXT = {
  prov: 'http://www.w3.org/ns/prov#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  hearsay: 'urn:hearsay:',
} as const;

type Ref = { '@id': string };
type Node = { '@id': string; '@type': string | string[] } & Record<string, unknown>;

const slug = (s: string) => encodeURIComponent(s.trim().toLowerCase().replace(/\s+/g, '-'));
const ref = (id: string): Ref => ({ '@id': id });
export const articleId = (id: string) => `hearsay:article/${encodeURIComponent(id)}`;
export const outletId = (name: string) => `hearsay:outlet/${slug(name)}`;
export const claimId = (id: string) => `hearsay:claim/${encodeURIComponent(id)}`;
const appearanceId = (claim: string, article: string) => `${claimId(claim)}/in/${encodeURIComponent(article)}`;

/** An xsd:dateTime for a published value with a time of day; a bare date is left out, not given a made-up time. */
function dateTime(published: string | null, t: number | null) {
  if (t === null || !published || !/\d{4}-\d{2}-\d{2}[T ]\d/.test(published)) return null;
  return { '@value': new Date(t).toISOString(), '@type': 'xsd:dateTime' };
}

/** One value or several, as JSON-LD allows; nothing when empty. */
const refs = (key: string, ids: Iterable<string>) => {
  const list = [...new Set(ids)].map(ref);
  return list.length ? { [key]: list.length === 1 ? list[0] : list } : {};
};

export function toProvJsonLd(trace: TraceJson, opts: ExportOptions = {}): string {
  const info = articleInfo(trace, opts);
  const nodes = new Map<string, Node>();
  const add = (n: Node) => {
    if (!nodes.has(n['@id'])) nodes.set(n['@id'], n);
    return n['@id'];
  };
  const outlet = (name: string) => add({ '@id': outletId(name), '@type': ['prov:Agent', 'prov:Organization'], 'rdfs:label': name });

  const copyOf = new Map(trace.copies.map((c) => [c.article, c.of]));
  const citedArticles = new Map<string, Set<string>>();
  for (const c of trace.claims) {
    for (const a of c.appearances) {
      if ('from' in a && a.from?.rule === 'citation' && a.from.article) {
        const set = citedArticles.get(a.article) ?? new Set<string>();
        set.add(a.from.article);
        citedArticles.set(a.article, set);
      }
    }
  }
  const members = new Map<string, string[]>();

  // Claims first, so each article knows which appearances it holds.
  for (const c of trace.claims) {
    const agents: string[] = [], documents: string[] = [];
    const sourceOf = new Map<string, string>();
    for (const p of c.primarySources) {
      let id: string;
      if (p.kind === 'outlet') id = outlet(p.name);
      else if (p.kind === 'person') id = add({ '@id': `hearsay:person/${slug(p.name)}`, '@type': ['prov:Agent', 'prov:Person'], 'rdfs:label': p.name });
      else if (p.kind === 'organization') id = add({ '@id': `hearsay:organization/${slug(p.name)}`, '@type': ['prov:Agent', 'prov:Organization'], 'rdfs:label': p.name });
      // Anonymous sources are one per claim: nothing says two claims' "officials" are the same people.
      else if (p.kind === 'anonymous') id = add({ '@id': `hearsay:anonymous/${encodeURIComponent(c.id)}`, '@type': 'prov:Agent', 'rdfs:label': `anonymous source of ${c.id}` });
      else {
        documents.push(add({ '@id': `hearsay:${p.kind}/${slug(p.name)}`, '@type': 'prov:Entity', 'rdfs:label': p.name }));
        continue;
      }
      agents.push(id);
      sourceOf.set(p.kind === 'anonymous' ? 'anonymous' : p.name, id);
    }
    const claim = add({ '@id': claimId(c.id), '@type': 'prov:Entity', 'rdfs:label': `claim ${c.id}`, 'prov:value': c.text, ...refs('prov:wasAttributedTo', agents), ...refs('prov:hadPrimarySource', documents) });
    for (const a of c.appearances) {
      if (!a.article) continue;
      const from = 'from' in a && a.from?.article ? a.from : null;
      const drift = [...new Set(c.drift.filter((d) => d.article === a.article).map((d) => d.kind))];
      const speaker = a.speaker ? sourceOf.get(a.speaker) : undefined;
      const id = add({
        '@id': appearanceId(c.id, a.article),
        '@type': 'prov:Entity',
        'rdfs:label': `claim ${c.id} in ${a.article} (${a.stance}${drift.length ? `; drift: ${drift.join(', ')}` : ''})`,
        'prov:value': a.span.text,
        // An article disputing the claim is influenced by it, not a version of it.
        ...(CONTESTED.has(a.stance) ? refs('prov:wasInfluencedBy', [claim]) : refs('prov:specializationOf', [claim])),
        ...(from ? refs('prov:wasDerivedFrom', [appearanceId(c.id, from.article)]) : {}),
        ...(from?.rule === 'copy' ? refs('prov:wasQuotedFrom', [appearanceId(c.id, from.article)]) : {}),
        ...(speaker && !from ? refs('prov:wasAttributedTo', [speaker]) : {}),
      });
      members.set(a.article, [...(members.get(a.article) ?? []), id]);
    }
  }

  for (const a of trace.articles) {
    const m = info.get(a.id)!;
    const url = webUrl(m.url);
    if (url) add({ '@id': url, '@type': 'prov:Location' });
    const original = copyOf.get(a.id);
    const cited = [...(citedArticles.get(a.id) ?? [])];
    const time = dateTime(m.published, m.time);
    add({
      '@id': articleId(a.id),
      '@type': ['prov:Entity', 'prov:Collection'],
      'rdfs:label': m.title ?? a.id,
      ...(time ? { 'prov:generatedAtTime': time } : {}),
      ...(url ? { 'prov:atLocation': ref(url) } : {}),
      ...(m.outlet ? refs('prov:wasAttributedTo', [outlet(m.outlet)]) : {}),
      ...refs('prov:wasDerivedFrom', [...(original ? [original] : []), ...cited].map(articleId)),
      ...(original ? refs('prov:wasQuotedFrom', [articleId(original)]) : {}),
      ...refs('prov:wasInfluencedBy', a.citations.map((c) => outlet(c.name))),
      ...refs('prov:hadMember', members.get(a.id) ?? []),
    });
  }
  return `${JSON.stringify({ '@context': PROV_CONTEXT, '@graph': [...nodes.values()] }, null, 2)}\n`;
}
