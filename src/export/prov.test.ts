import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toProvJsonLd } from './prov.ts';
import { greymoorTrace, smallTrace, SMALL_OPTS } from './test-support.ts';

// PROV-O's vocabulary (W3C Recommendation, 30 April 2013): its classes and properties, with the domain
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
const PROV = 'http://www.w3.org/ns/prov#';
const XSD_DATETIME = /^-?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/;

type Node = Record<string, unknown> & { '@id': string; '@type': string | string[] };

/** Problems with a PROV-O JSON-LD document; empty when it is sound. */
function validateProv(doc: { '@context': Record<string, string>; '@graph': Node[] }): string[] {
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

const graphOf = (s: string) => JSON.parse(s) as { '@context': Record<string, string>; '@graph': Node[] };
const node = (g: { '@graph': Node[] }, id: string) => g['@graph'].find((n) => n['@id'] === id)!;

test('the validator catches what it should', () => {
  const errors = validateProv({
    '@context': { prov: PROV, rdfs: 'http://www.w3.org/2000/01/rdf-schema#' },
    '@graph': [
      { '@id': 'urn:x:1', '@type': 'prov:Entity', 'prov:wasAttributedTo': { '@id': 'urn:x:2' }, 'prov:copiedFrom': { '@id': 'urn:x:1' } },
      { '@id': 'urn:x:2', '@type': 'prov:Article', 'prov:generatedAtTime': { '@value': '2025-05-02', '@type': 'xsd:dateTime' } },
      { '@id': 'urn:x:3', '@type': 'prov:Entity', 'prov:wasDerivedFrom': { '@id': 'urn:x:9' } },
    ],
  });
  assert.deepEqual(errors, [
    'urn:x:2: type prov:Article is not a PROV-O class',
    'urn:x:1: prov:wasAttributedTo needs a Agent, not urn:x:2',
    'urn:x:1: prov:copiedFrom is not a PROV-O property',
    'urn:x:2: prov:generatedAtTime needs a subject of type Entity',
    'urn:x:2: prov:generatedAtTime needs an xsd:dateTime',
    'urn:x:3: prov:wasDerivedFrom refers to undefined urn:x:9',
  ]);
});

test('should describe the trace in PROV-O terms only', () => {
  const g = graphOf(toProvJsonLd(smallTrace(), SMALL_OPTS));
  assert.deepEqual(validateProv(g), []);
  const a2 = node(g, 'hearsay:article/a2');
  assert.deepEqual(a2['@type'], ['prov:Entity', 'prov:Collection']);
  assert.deepEqual(a2['prov:wasQuotedFrom'], { '@id': 'hearsay:article/a1' });
  assert.deepEqual(a2['prov:wasDerivedFrom'], { '@id': 'hearsay:article/a1' });
  assert.deepEqual(a2['prov:wasAttributedTo'], { '@id': 'hearsay:outlet/fenwick-post' });
  assert.deepEqual(a2['prov:wasInfluencedBy'], { '@id': 'hearsay:outlet/quill-wire' });
  assert.deepEqual(a2['prov:generatedAtTime'], { '@value': '2025-05-02T10:00:00.000Z', '@type': 'xsd:dateTime' });
  assert.deepEqual(a2['prov:atLocation'], { '@id': 'https://fenwickpost.example/news/bridge' });
  // The citing article derives from the wire story without quoting it; a bare date gets no made-up time.
  const a3 = node(g, 'hearsay:article/a3');
  assert.deepEqual(a3['prov:wasDerivedFrom'], { '@id': 'hearsay:article/a1' });
  assert.equal(a3['prov:wasQuotedFrom'], undefined);
  assert.equal(node(g, 'hearsay:article/a4')['prov:generatedAtTime'], undefined);
  const c1 = node(g, 'hearsay:claim/c1');
  assert.deepEqual(c1, { '@id': 'hearsay:claim/c1', '@type': 'prov:Entity', 'rdfs:label': 'claim c1', 'prov:value': 'the Lowmarsh bridge had been closed twice for cracks', 'prov:wasAttributedTo': { '@id': 'hearsay:person/ada-penhallow' } });
  assert.deepEqual(node(g, 'hearsay:person/ada-penhallow')['@type'], ['prov:Agent', 'prov:Person']);
  assert.deepEqual(node(g, 'hearsay:organization/lowmarsh-transit-authority')['@type'], ['prov:Agent', 'prov:Organization']);
  const root = node(g, 'hearsay:claim/c1/in/a1');
  assert.deepEqual(root['prov:wasAttributedTo'], { '@id': 'hearsay:person/ada-penhallow' });
  const derived = node(g, 'hearsay:claim/c1/in/a3');
  assert.equal(derived['rdfs:label'], 'claim c1 in a3 (asserted; drift: hardened)');
  assert.deepEqual(derived['prov:wasDerivedFrom'], { '@id': 'hearsay:claim/c1/in/a1' });
  assert.deepEqual(node(g, 'hearsay:claim/c1/in/a4')['prov:wasInfluencedBy'], { '@id': 'hearsay:claim/c1' });
});

test('document and anonymous sources, hostile ids and URLs stay valid', () => {
  const t = JSON.parse(JSON.stringify(smallTrace()).replaceAll('"a1"', JSON.stringify('a 1 <x>"'))) as ReturnType<typeof smallTrace>;
  t.claims[0]!.primarySources = [{ name: 'the 2024 inspection report', kind: 'document' }, { name: 'anonymous', kind: 'anonymous' }];
  const g = graphOf(toProvJsonLd(t, { articles: { a2: { url: 'javascript:alert(1)', published: 'yesterday' } } }));
  assert.deepEqual(validateProv(g), []);
  assert.deepEqual(node(g, 'hearsay:claim/c1')['prov:hadPrimarySource'], { '@id': 'hearsay:document/the-2024-inspection-report' });
  assert.deepEqual(node(g, 'hearsay:claim/c1')['prov:wasAttributedTo'], { '@id': 'hearsay:anonymous/c1' });
  assert.ok(node(g, 'hearsay:article/a%201%20%3Cx%3E%22'));
  assert.equal(node(g, 'hearsay:article/a2')['prov:atLocation'], undefined);
});

test('the Greymoor trace is valid PROV-O', { skip: greymoorTrace() ? false : 'attribution model not trained yet' }, () => {
  const g = greymoorTrace()!;
  const doc = graphOf(toProvJsonLd(g.trace, g.opts));
  assert.deepEqual(validateProv(doc), []);
  assert.equal(doc['@graph'].filter((n) => [n['@type']].flat().includes('prov:Collection')).length, g.trace.articles.length);
});
