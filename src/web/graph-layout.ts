// The provenance graph of one claim, laid out left to right in time: primary sources in the first
// column, then the articles carrying the claim in columns by publication time. Copies are folded into
// the article they copy; edges run from a source to the articles quoting it and from an article to the
// ones citing it; an edge into an article whose wording drifted carries the drift kinds. Pure: no DOM.
export interface ClaimGraphInput {
  id: string;
  appearances: { article?: string; span: { start: number; end: number }; stance: string; speaker: string | null; from?: { article?: string; rule: string } }[];
  primarySources: { name: string; kind: string }[];
  drift: { article?: string; kind: string; source: { article?: string } }[];
}

export interface ArticleLite {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
}

export interface GraphNode {
  key: string;
  kind: 'source' | 'article';
  article: string | null;
  /** The claim's span in that article, for the link to the reader. */
  span: { start: number; end: number } | null;
  x: number;
  y: number;
  lines: string[];
  tip: string;
  copies: string[];
  drift: string[];
  contested: boolean;
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: 'source' | 'citation';
  drift: string[];
  /** SVG path data and arrow-head points. */
  d: string;
  head: string;
  /** Where a drift label goes. */
  mid: { x: number; y: number };
}

export interface GraphLayout {
  nodes: GraphNode[];
  edges: GraphEdge[];
  width: number;
  height: number;
}

export const NODE_W = 164, NODE_H = 56;
const COL_GAP = 96, ROW_GAP = 18, PAD = 14, MAX_COLS = 7;
const CONTESTED = new Set(['disputed', 'denied']);

const timeOf = (a: ArticleLite | undefined) => {
  const t = a?.published ? Date.parse(a.published) : NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
};
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The copy chain's first article: where a copy's content really comes from. */
function originalOf(article: string, parent: Map<string, { article: string; rule: string }>): string {
  const seen = new Set<string>();
  let a = article;
  for (let p = parent.get(a); p?.rule === 'copy' && !seen.has(a); p = parent.get(a)) seen.add(a), (a = p.article);
  return a;
}

export function layoutProvenance(c: ClaimGraphInput, articles: ReadonlyMap<string, ArticleLite>): GraphLayout {
  const apps = c.appearances.filter((a): a is typeof a & { article: string } => a.article !== undefined);
  const parent = new Map<string, { article: string; rule: string }>();
  for (const a of apps) if (a.from?.article !== undefined) parent.set(a.article, { article: a.from.article, rule: a.from.rule });
  const appOf = new Map(apps.map((a) => [a.article, a]));
  const copies = new Map<string, string[]>();
  const shown: string[] = [];
  for (const a of apps) {
    const o = originalOf(a.article, parent);
    if (o === a.article || !appOf.has(o)) shown.push(a.article);
    else copies.set(o, [...(copies.get(o) ?? []), a.article]);
  }
  const t = (id: string) => timeOf(articles.get(id));
  shown.sort((x, y) => t(x) - t(y) || Number(x) - Number(y));
  const driftAt = new Map<string, string[]>();
  for (const d of c.drift) {
    if (d.article === undefined) continue;
    const at = originalOf(d.article, parent);
    driftAt.set(at, [...new Set([...(driftAt.get(at) ?? []), d.kind])]);
  }

  // Columns: distinct publication times in order, squeezed into MAX_COLS by rank when there are more.
  const times = [...new Set(shown.map(t))].sort((a, b) => a - b);
  const cols = Math.min(MAX_COLS, times.length);
  const colOf = (id: string) => Math.floor((times.indexOf(t(id)) * cols) / times.length) + 1;
  const nodes = new Map<string, GraphNode>();
  const name = (id: string) => articles.get(id)?.outlet ?? `article ${id}`;
  c.primarySources.forEach((p, i) => {
    const label = p.kind === 'anonymous' ? 'anonymous source' : p.name;
    nodes.set(`source:${i}`, { key: `source:${i}`, kind: 'source', article: null, span: null, x: 0, y: 0, lines: [clip(label, 26), `primary source · ${p.kind}`], tip: `${label} (${p.kind}), primary source`, copies: [], drift: [], contested: false });
  });
  for (const id of shown) {
    const m = articles.get(id);
    const cp = copies.get(id) ?? [];
    const app = appOf.get(id)!;
    const contested = CONTESTED.has(app.stance);
    const drift = driftAt.get(id) ?? [];
    const lines = [clip(name(id), 26), `${m?.published ? m.published.slice(0, 16).replace('T', ' ') : 'undated'}${contested ? ` · ${app.stance}` : ''}`];
    const extra = [cp.length ? `+${cp.length} cop${cp.length === 1 ? 'y' : 'ies'}` : '', drift.length ? `drift: ${drift.join(', ')}` : ''].filter(Boolean).join(' · ');
    if (extra) lines.push(clip(extra, 30));
    const tip = [`${name(id)} (article ${id})`, m?.title ?? null, m?.url ?? null, `stance: ${app.stance}${app.speaker ? `, speaker: ${app.speaker}` : ''}`, cp.length ? `copies: ${cp.map(name).join(', ')}` : null, drift.length ? `drift: ${drift.join(', ')}` : null].filter((x): x is string => Boolean(x)).join('\n');
    nodes.set(id, { key: id, kind: 'article', article: id, span: app.span, x: 0, y: 0, lines, tip, copies: cp, drift, contested });
  }

  const raw: { from: string; to: string; kind: 'source' | 'citation'; drift: string[] }[] = [];
  for (const id of shown) {
    const p = parent.get(id);
    const drift = driftAt.get(id) ?? [];
    if (p) {
      const from = originalOf(p.article, parent);
      if (nodes.has(from) && from !== id) raw.push({ from, to: id, kind: 'citation', drift });
      continue;
    }
    if (CONTESTED.has(appOf.get(id)!.stance)) continue;
    const speaker = appOf.get(id)!.speaker;
    c.primarySources.forEach((s, i) => {
      const match = s.kind === 'anonymous' ? speaker === 'anonymous' : s.name === speaker || (s.kind === 'outlet' && s.name === articles.get(id)?.outlet);
      if (match) raw.push({ from: `source:${i}`, to: id, kind: 'source', drift });
    });
  }

  // Rows: each column in order of its parents' rows (fewer crossings), then by time.
  const col = new Map<string, number>([...nodes.values()].map((n) => [n.key, n.kind === 'source' ? 0 : colOf(n.key)]));
  const row = new Map<string, number>();
  const columns: string[][] = Array.from({ length: cols + 1 }, () => []);
  for (const n of nodes.values()) columns[col.get(n.key)!]!.push(n.key);
  columns.forEach((keys) => {
    const weight = (k: string) => {
      const ps = raw.filter((e) => e.to === k && row.has(e.from)).map((e) => row.get(e.from)!);
      return ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : Number.POSITIVE_INFINITY;
    };
    const w = new Map(keys.map((k) => [k, weight(k)]));
    keys.sort((a, b) => w.get(a)! - w.get(b)! || (nodes.get(a)!.kind === 'article' ? t(a) - t(b) : 0));
    keys.forEach((k, i) => row.set(k, i));
  });
  for (const n of nodes.values()) {
    n.x = PAD + col.get(n.key)! * (NODE_W + COL_GAP);
    n.y = PAD + row.get(n.key)! * (NODE_H + ROW_GAP);
  }

  const edges = raw.map((e): GraphEdge => {
    const a = nodes.get(e.from)!, b = nodes.get(e.to)!;
    const forward = b.x > a.x;
    const [x1, y1] = [a.x + NODE_W, a.y + NODE_H / 2];
    const [x2, y2] = forward ? [b.x - 2, b.y + NODE_H / 2] : [b.x + NODE_W + 2, b.y + NODE_H / 2];
    const bend = forward ? Math.max(24, (x2 - x1) / 2) : 40;
    const d = forward ? `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}` : `M${x1},${y1} C${x1 + bend},${y1} ${x2 + bend},${y2} ${x2},${y2}`;
    const s = forward ? -1 : 1;
    const head = `${x2},${y2} ${x2 + 8 * s},${y2 - 4} ${x2 + 8 * s},${y2 + 4}`;
    const mid = forward ? { x: (x1 + x2) / 2, y: (y1 + y2) / 2 } : { x: x1 + bend * 0.75, y: (y1 + y2) / 2 };
    return { ...e, d, head, mid };
  });
  const all = [...nodes.values()];
  const width = all.length ? Math.max(...all.map((n) => n.x + NODE_W)) + PAD + 40 : 2 * PAD;
  const height = all.length ? Math.max(...all.map((n) => n.y + NODE_H)) + PAD : 2 * PAD;
  return { nodes: all, edges, width, height };
}
