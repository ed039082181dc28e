// Test-only: a validator for GraphML.
import { DOMParser, type Element } from '@xmldom/xmldom';

export const NS = 'http://graphml.graphdrawing.org/xmlns';
const NMTOKEN = /^[\p{L}\p{N}._:-]+$/u;

/**
 * Parses `xml` strictly (any parser error fails) and checks the rules of the GraphML 1.0
 * schema that matter here, since its XSD is not available offline: root `graphml` in the GraphML
 * namespace; children in the order desc?, key*, (graph|data)*; keys with unique NMTOKEN ids, a valid
 * `for`, `attr.name` and `attr.type`; graphs with `edgedefault`; node ids unique NMTOKENs; edges
 * between existing nodes; data referring to a declared key meant for its element, with a value of
 * the key's type. Returns the document and the problems found.
 */
export function validateGraphMl(xml: string): { doc: ReturnType<DOMParser['parseFromString']>; errors: string[] } {
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
