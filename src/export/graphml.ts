// GraphML for Gephi and other graph tools. Nodes: articles, outlets, primary sources, claims. Edges:
// copy-of (article → its original), cites (article → outlet it names), published-by (article → its
// outlet, so outlets connect to what they published), carries (article → claim, with the span and
// stance), primary-source-of (source → claim). Ids must be XML NMTOKENs, so names that are not get
// numbered ids; the names themselves are in `label`.
import { articleInfo, type ExportOptions, type TraceJson } from './types.ts';
import { xmlAttr, xmlText } from './xml.ts';

type AttrType = 'string' | 'int' | 'double';
type Target = 'node' | 'edge';

/** Every attribute, declared once as a GraphML key; `id` is what data elements refer to. */
export const GRAPHML_KEYS: { id: string; for: Target; name: string; type: AttrType }[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'type', for: 'node', name: 'type', type: 'string' },
  { id: 'title', for: 'node', name: 'title', type: 'string' },
  { id: 'outlet', for: 'node', name: 'outlet', type: 'string' },
  { id: 'url', for: 'node', name: 'url', type: 'string' },
  { id: 'published', for: 'node', name: 'published', type: 'string' },
  { id: 'sha256', for: 'node', name: 'sha256', type: 'string' },
  { id: 'story', for: 'node', name: 'story', type: 'string' },
  { id: 'text', for: 'node', name: 'text', type: 'string' },
  { id: 'appearances', for: 'node', name: 'appearances', type: 'int' },
  { id: 'independent', for: 'node', name: 'independent_sources', type: 'int' },
  { id: 'drift_kinds', for: 'node', name: 'drift_kinds', type: 'string' },
  { id: 'source_kind', for: 'node', name: 'source_kind', type: 'string' },
  { id: 'relation', for: 'edge', name: 'relation', type: 'string' },
  { id: 'edge_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'similarity', for: 'edge', name: 'similarity', type: 'double' },
  { id: 'rule', for: 'edge', name: 'rule', type: 'string' },
  { id: 'stance', for: 'edge', name: 'stance', type: 'string' },
  { id: 'start', for: 'edge', name: 'start', type: 'int' },
  { id: 'end', for: 'edge', name: 'end', type: 'int' },
  { id: 'quote', for: 'edge', name: 'quote', type: 'string' },
  { id: 'speaker', for: 'edge', name: 'speaker', type: 'string' },
  { id: 'from_article', for: 'edge', name: 'from_article', type: 'string' },
  { id: 'drift', for: 'edge', name: 'drift', type: 'string' },
];

type Data = Record<string, string | number | null | undefined>;

const NMTOKEN = /^[\p{L}\p{N}._:-]+$/u;

export function toGraphMl(trace: TraceJson, opts: ExportOptions = {}): string {
  const info = articleInfo(trace, opts);
  const nodes: string[] = [];
  const edges: string[] = [];
  const ids = new Set<string>();
  const byKey = new Map<string, string>();
  let counter = 0;

  const data = (d: Data) =>
    Object.entries(d)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => `<data key="${k}">${xmlText(String(v))}</data>`)
      .join('');
  /** The node for `key`, made on first use; `prefix:name` when that is a usable id, else numbered. */
  const node = (key: string, prefix: string, name: string, d: Data) => {
    const known = byKey.get(key);
    if (known) return known;
    let id = `${prefix}:${name}`;
    if (!NMTOKEN.test(id) || ids.has(id)) id = `${prefix}.${++counter}`;
    ids.add(id);
    byKey.set(key, id);
    nodes.push(`    <node id="${xmlAttr(id)}">${data(d)}</node>`);
    return id;
  };
  const edge = (source: string, target: string, relation: string, d: Data = {}) =>
    edges.push(`    <edge id="e${edges.length + 1}" source="${xmlAttr(source)}" target="${xmlAttr(target)}">${data({ relation, edge_label: relation, ...d })}</edge>`);
  const outlet = (name: string) => node(`outlet\u0000${name.toLowerCase()}`, 'outlet', name.toLowerCase().replace(/\s+/g, '-'), { label: name, type: 'outlet' });

  const storyOf = new Map<string, string>();
  for (const s of trace.stories) for (const a of s.articles) storyOf.set(a, s.id);
  const articleNode = new Map<string, string>();
  for (const a of trace.articles) {
    const m = info.get(a.id)!;
    articleNode.set(a.id, node(`article\u0000${a.id}`, 'article', a.id, {
      label: m.outlet ? `${m.outlet}: ${m.title ?? a.id}` : (m.title ?? a.id),
      type: 'article', title: m.title, outlet: m.outlet, url: m.url, published: m.published, sha256: m.sha256, story: storyOf.get(a.id),
    }));
  }
  for (const a of trace.articles) {
    const from = articleNode.get(a.id)!;
    const m = info.get(a.id)!;
    if (m.outlet) edge(from, outlet(m.outlet), 'published-by');
    for (const c of a.citations) edge(from, outlet(c.name), 'cites', { rule: c.via.join('; '), quote: c.span?.text ?? '' });
  }
  for (const c of trace.copies) {
    const from = articleNode.get(c.article), to = articleNode.get(c.of);
    if (from && to) edge(from, to, 'copy-of', { similarity: c.similarity, rule: c.rule });
  }
  for (const c of trace.claims) {
    const claim = node(`claim\u0000${c.id}`, 'claim', c.id, {
      label: c.text, type: 'claim', text: c.text, story: c.story, appearances: c.appearances.length, independent: c.independentSources,
      drift_kinds: [...new Set(c.drift.map((d) => d.kind))].join('; '),
    });
    for (const p of c.primarySources) {
      const source =
        p.kind === 'outlet' ? outlet(p.name)
        // Anonymous sources are one per claim: nothing says two claims' "officials" are the same people.
        : p.kind === 'anonymous' ? node(`anonymous\u0000${c.id}`, 'source', `anonymous-${c.id}`, { label: 'anonymous source', type: 'source', source_kind: 'anonymous' })
        : node(`source\u0000${p.kind}\u0000${p.name.toLowerCase()}`, 'source', p.name.toLowerCase().replace(/\s+/g, '-'), { label: p.name, type: 'source', source_kind: p.kind });
      edge(source, claim, 'primary-source-of');
    }
    for (const a of c.appearances) {
      const from = articleNode.get(a.article);
      if (!from) continue;
      const parent = 'from' in a ? a.from : undefined;
      edge(from, claim, 'carries', {
        stance: a.stance, start: a.span.start, end: a.span.end, quote: a.span.text, speaker: a.speaker,
        from_article: parent?.article, rule: parent?.rule,
        drift: [...new Set(c.drift.filter((d) => d.article === a.article).map((d) => d.kind))].join('; '),
      });
    }
  }
  const keys = GRAPHML_KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="trace" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
