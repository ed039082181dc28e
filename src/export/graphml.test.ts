import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { toGraphMl } from './graphml.ts';
import { greymoorTrace, smallTrace, SMALL_OPTS } from './test-support.ts';

const NS = 'http://graphml.graphdrawing.org/xmlns';
const NMTOKEN = /^[\p{L}\p{N}._:-]+$/u;

/**
 * Parses `xml` strictly (any parser error fails) and checks the rules of the GraphML 1.0
 * schema that matter here, since its XSD is not available offline: root `graphml` in the GraphML
 * namespace; children in the order desc?, key*, (graph|data)*; keys with unique NMTOKEN ids, a valid
 * `for`, `attr.name` and `attr.type`; graphs with `edgedefault`; node ids unique NMTOKENs; edges
 * between existing nodes; data referring to a declared key meant for its element, with a value of
 * the key's type. Returns the document and the problems found.
 */
function validateGraphMl(xml: string): { doc: ReturnType<DOMParser['parseFromString']>; errors: string[] } {
  const errors: string[] = [];
  // Warnings are advice (xmldom warns on U+FFFD, which we write on purpose); errors and fatal errors fail.
  const parser = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(`xml ${level}: ${msg}`)) });
  let doc: ReturnType<DOMParser['parseFromString']>;
  try {
    doc = parser.parseFromString(xml, 'text/xml');
  } catch (e) {
    errors.push(`xml fatal: ${(e as Error).message}`);
    return { doc: parser.parseFromString('<none/>', 'text/xml'), errors };
  }
  const root = doc.documentElement;
  if (!root || root.localName !== 'graphml' || root.namespaceURI !== NS) return { doc, errors: [...errors, 'root is not graphml in the GraphML namespace'] };
  const children = (e: Element) => [...e.childNodes].filter((n): n is Element => n.nodeType === 1);
  const keys = new Map<string, { for: string; type: string }>();
  let seenGraph = false;
  for (const e of children(root)) {
    if (e.namespaceURI !== NS) errors.push(`<${e.tagName}> outside the GraphML namespace`);
    if (e.localName === 'key') {
      if (seenGraph) errors.push('key declared after graph');
      const id = e.getAttribute('id') ?? '';
      if (!NMTOKEN.test(id) || keys.has(id)) errors.push(`key id ${id} not a unique NMTOKEN`);
      const f = e.getAttribute('for') ?? 'all';
      if (!['all', 'graphml', 'graph', 'node', 'edge', 'hyperedge', 'port', 'endpoint'].includes(f)) errors.push(`key ${id}: bad for="${f}"`);
      if (!e.getAttribute('attr.name')) errors.push(`key ${id}: no attr.name`);
      const type = e.getAttribute('attr.type') ?? 'string';
      if (!['boolean', 'int', 'long', 'float', 'double', 'string'].includes(type)) errors.push(`key ${id}: bad attr.type ${type}`);
      keys.set(id, { for: f, type });
    } else if (e.localName === 'graph' || e.localName === 'data') seenGraph = true;
    else if (e.localName !== 'desc') errors.push(`<${e.localName}> not allowed in graphml`);
  }
  const graphs = children(root).filter((e) => e.localName === 'graph');
  if (graphs.length === 0) errors.push('no graph');
  const nodeIds = new Set<string>(), edgeIds = new Set<string>();
  const checkData = (e: Element, kind: string) => {
    for (const d of children(e).filter((c) => c.localName === 'data')) {
      const key = keys.get(d.getAttribute('key') ?? '');
      if (!key) { errors.push(`${kind}: data refers to undeclared key ${d.getAttribute('key')}`); continue; }
      if (key.for !== kind && key.for !== 'all') errors.push(`${kind}: key ${d.getAttribute('key')} is for ${key.for}`);
      const v = d.textContent ?? '';
      if ((key.type === 'int' || key.type === 'long') && !/^-?\d+$/.test(v)) errors.push(`${kind}: ${v} is not an ${key.type}`);
      if ((key.type === 'double' || key.type === 'float') && Number.isNaN(Number(v))) errors.push(`${kind}: ${v} is not a ${key.type}`);
      if (key.type === 'boolean' && !/^(?:true|false)$/.test(v)) errors.push(`${kind}: ${v} is not a boolean`);
    }
  };
  for (const g of graphs) {
    if (!['directed', 'undirected'].includes(g.getAttribute('edgedefault') ?? '')) errors.push('graph without a valid edgedefault');
    for (const n of children(g).filter((c) => c.localName === 'node')) {
      const id = n.getAttribute('id') ?? '';
      if (!NMTOKEN.test(id) || nodeIds.has(id)) errors.push(`node id ${id} not a unique NMTOKEN`);
      nodeIds.add(id);
      checkData(n, 'node');
    }
  }
  for (const g of graphs) {
    for (const e of children(g).filter((c) => c.localName === 'edge')) {
      const id = e.getAttribute('id');
      if (id !== null && edgeIds.has(id)) errors.push(`edge id ${id} repeated`);
      if (id !== null) edgeIds.add(id);
      for (const end of ['source', 'target']) if (!nodeIds.has(e.getAttribute(end) ?? '')) errors.push(`edge ${id}: ${end} ${e.getAttribute(end)} is not a node`);
      checkData(e, 'edge');
    }
    for (const c of children(g)) if (!['desc', 'data', 'node', 'edge', 'hyperedge'].includes(c.localName ?? '')) errors.push(`<${c.localName}> not allowed in graph`);
  }
  return { doc, errors };
}

/** The edges as "source relation target" lines, for exact expectations. */
function edgesOf(xml: string): string[] {
  const { doc } = validateGraphMl(xml);
  return [...doc.getElementsByTagName('edge')].map((e) => {
    const rel = [...e.getElementsByTagName('data')].find((d) => d.getAttribute('key') === 'relation')!.textContent;
    return `${e.getAttribute('source')} ${rel} ${e.getAttribute('target')}`;
  });
}

test('the validator catches what it should', () => {
  const bad = `<graphml xmlns="${NS}"><graph id="g"><node id="a b"/><edge source="a b" target="z"><data key="w">x</data></edge></graph><key id="w" for="node" attr.name="w" attr.type="int"/></graphml>`;
  assert.deepEqual(validateGraphMl(bad).errors, [
    'key declared after graph', 'graph without a valid edgedefault', 'node id a b not a unique NMTOKEN', 'edge null: target z is not a node', 'edge: key w is for node', 'edge: x is not an int',
  ]);
  assert.match(validateGraphMl('<graphml><node></graphml>').errors[0]!, /^xml /);
});

test('should write a valid GraphML graph of the trace', () => {
  const xml = toGraphMl(smallTrace(), SMALL_OPTS);
  assert.deepEqual(validateGraphMl(xml).errors, []);
  assert.deepEqual(edgesOf(xml), [
    'article:a1 published-by outlet:quill-wire',
    'article:a2 published-by outlet:fenwick-post',
    'article:a2 cites outlet:quill-wire',
    'article:a3 published-by outlet:harrow-daily',
    'article:a3 cites outlet:quill-wire',
    'article:a4 published-by outlet:lowmarsh-echo',
    'article:a2 copy-of article:a1',
    'source:ada-penhallow primary-source-of claim:c1',
    'article:a1 carries claim:c1',
    'article:a2 carries claim:c1',
    'article:a3 carries claim:c1',
    'article:a4 carries claim:c1',
    'source:lowmarsh-transit-authority primary-source-of claim:c2',
    'article:a1 carries claim:c2',
    'article:a3 carries claim:c2',
  ]);
  assert.match(xml, /<edge id="e11" source="article:a3" target="claim:c1"><data key="relation">carries<\/data><data key="edge_label">carries<\/data><data key="stance">asserted<\/data><data key="start">0<\/data><data key="end">58<\/data>/);
  assert.match(xml, /<data key="drift">hardened<\/data>/);
  assert.match(xml, /<node id="claim:c1"><data key="label">the Lowmarsh bridge had been closed twice for cracks<\/data><data key="type">claim<\/data>/);
});

test('hostile names and text stay well-formed; odd ids get numbered', () => {
  const t = JSON.parse(JSON.stringify(smallTrace()).replaceAll('"a1"', JSON.stringify('a 1 <&>"\''))) as ReturnType<typeof smallTrace>;
  t.articles[1]!.outlet = 'Evil ]]> <Outlet> & "Co"\u0001\uD800';
  t.claims[0]!.text = '</data><script>alert(1)</script>\u000b';
  const xml = toGraphMl(t);
  const { doc, errors } = validateGraphMl(xml);
  assert.deepEqual(errors, []);
  assert.equal(doc.getElementsByTagName('script').length, 0);
  const labels = [...doc.getElementsByTagName('data')].filter((d) => d.getAttribute('key') === 'label').map((d) => d.textContent);
  assert.ok(labels.includes('Evil ]]> <Outlet> & "Co"\uFFFD\uFFFD'));
  assert.ok(labels.includes('</data><script>alert(1)</script>\uFFFD'));
  assert.ok(edgesOf(xml).includes('article.1 carries claim:c1'));
});

test('the Greymoor graph is valid GraphML', () => {
  const g = greymoorTrace();
  if (!g) return;
  const xml = toGraphMl(g.trace, g.opts);
  const { doc, errors } = validateGraphMl(xml);
  assert.deepEqual(errors, []);
  const types = [...doc.getElementsByTagName('data')].filter((d) => d.getAttribute('key') === 'type').map((d) => d.textContent);
  assert.equal(types.filter((x) => x === 'article').length, g.trace.articles.length);
  assert.equal(types.filter((x) => x === 'claim').length, g.trace.claims.length);
});
