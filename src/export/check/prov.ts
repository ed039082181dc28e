// Test-only validator. PROV-O's vocabulary (W3C Recommendation, 30 April 2013): its classes and properties, with the domain
// and range of those an export may use. rdfs:label is allowed: PROV-O maps PROV-DM's prov:label to it.
const CLASSES = new Set(('Entity Activity Agent Collection EmptyCollection Bundle Person Organization SoftwareAgent Location Role Plan ' +
  'Influence EntityInfluence ActivityInfluence AgentInfluence Usage Start End Derivation PrimarySource Quotation Revision Generation ' +
  'Communication Invalidation Attribution Association Delegation InstantaneousEvent').split(' '));
const PROPERTIES = new Set(('wasGeneratedBy wasDerivedFrom wasAttributedTo startedAtTime used wasInformedBy endedAtTime wasAssociatedWith ' +
  'actedOnBehalfOf alternateOf specializationOf generatedAtTime hadPrimarySource value wasQuotedFrom wasRevisionOf invalidatedAtTime ' +
  'wasInvalidatedBy hadMember wasStartedBy wasEndedBy invalidated influenced atLocation generated wasInfluencedBy qualifiedInfluence ' +
  'qualifiedGeneration qualifiedDerivation qualifiedPrimarySource qualifiedQuotation qualifiedRevision qualifiedAttribution ' +
  'qualifiedInvalidation qualifiedStart qualifiedUsage qualifiedCommunication qualifiedAssociation qualifiedEnd qualifiedDelegation ' +
  'influencer entity hadUsage hadGeneration activity agent hadPlan hadActivity atTime hadRole').split(' '));
const SUPER: Record<string, string> = { Person: 'Agent', Organization: 'Agent', SoftwareAgent: 'Agent', Collection: 'Entity', EmptyCollection: 'Collection', Bundle: 'Entity', Plan: 'Entity' };
type Range = string[] | 'literal' | 'dateTime';
const SIGNATURES: Record<string, { domain: string[]; range: Range }> = {
  wasDerivedFrom: { domain: ['Entity'], range: ['Entity'] },
  wasQuotedFrom: { domain: ['Entity'], range: ['Entity'] },
  hadPrimarySource: { domain: ['Entity'], range: ['Entity'] },
  specializationOf: { domain: ['Entity'], range: ['Entity'] },
  wasAttributedTo: { domain: ['Entity'], range: ['Agent'] },
  hadMember: { domain: ['Collection'], range: ['Entity'] },
  wasInfluencedBy: { domain: ['Entity', 'Activity', 'Agent'], range: ['Entity', 'Activity', 'Agent'] },
  atLocation: { domain: ['Entity', 'Activity', 'Agent', 'InstantaneousEvent'], range: ['Location'] },
  generatedAtTime: { domain: ['Entity'], range: 'dateTime' },
  value: { domain: ['Entity'], range: 'literal' },
};
export const PROV = 'http://www.w3.org/ns/prov#';
const XSD_DATETIME = /^-?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/;

export type Node = Record<string, unknown> & { '@id': string; '@type': string | string[] };

/** Problems with a PROV-O JSON-LD document; empty when it is sound. */
export function validateProv(doc: { '@context': Record<string, string>; '@graph': Node[] }): string[] {
  const errors: string[] = [];
  const ctx = doc['@context'];
  if (ctx.prov !== PROV) errors.push('prov prefix is not the PROV-O namespace');
  if (ctx.rdfs !== 'http://www.w3.org/2000/01/rdf-schema#') errors.push('rdfs prefix');
  // A compact IRI with a declared prefix, or an absolute http(s) or urn IRI.
  const isIri = (id: string) => (id.split(':')[0]! in ctx || /^(?:https?:\/\/|urn:)/.test(id)) && !/[\s<>"{}|\\^`]/.test(id);
  const types = new Map<string, Set<string>>();
  for (const n of doc['@graph']) {
    if (types.has(n['@id'])) errors.push(`${n['@id']}: defined twice`);
    if (!isIri(n['@id'])) errors.push(`${n['@id']}: not an IRI`);
    const ts = new Set<string>();
    for (const t of [n['@type']].flat()) {
      const local = t.startsWith('prov:') ? t.slice(5) : '';
      if (!CLASSES.has(local)) errors.push(`${n['@id']}: type ${t} is not a PROV-O class`);
      for (let c: string | undefined = local; c; c = SUPER[c]) ts.add(c);
    }
    types.set(n['@id'], ts);
  }
  const is = (id: string, wanted: string[]) => wanted.some((w) => types.get(id)?.has(w));
  for (const n of doc['@graph']) {
    for (const [k, v] of Object.entries(n)) {
      if (k === '@id' || k === '@type' || k === 'rdfs:label') continue;
      const local = k.startsWith('prov:') ? k.slice(5) : '';
      if (!PROPERTIES.has(local)) { errors.push(`${n['@id']}: ${k} is not a PROV-O property`); continue; }
      const sig = SIGNATURES[local];
      if (!sig) { errors.push(`${n['@id']}: ${k} has no signature in this test; add it`); continue; }
      if (!is(n['@id'], sig.domain)) errors.push(`${n['@id']}: ${k} needs a subject of type ${sig.domain.join('|')}`);
      for (const x of [v].flat() as unknown[]) {
        if (sig.range === 'literal') { if (typeof x !== 'string') errors.push(`${n['@id']}: ${k} needs a literal`); continue; }
        if (sig.range === 'dateTime') {
          const o = x as { '@value'?: string; '@type'?: string };
          if (o['@type'] !== 'xsd:dateTime' || !XSD_DATETIME.test(o['@value'] ?? '')) errors.push(`${n['@id']}: ${k} needs an xsd:dateTime`);
          continue;
        }
        const target = (x as { '@id'?: string })['@id'];
        if (typeof target !== 'string') errors.push(`${n['@id']}: ${k} needs a node reference`);
        else if (!types.has(target)) errors.push(`${n['@id']}: ${k} refers to undefined ${target}`);
        else if (!is(target, sig.range)) errors.push(`${n['@id']}: ${k} needs a ${sig.range.join('|')}, not ${target}`);
      }
    }
  }
  return errors;
}
