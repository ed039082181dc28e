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

export const NODE_W = 156, NODE_H = 56;
const COL_GAP = 88, ROW_GAP = 18, PAD = 14, MAX_COLS = 7;
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
    nodes.set(`source:${i}`, { key: `source:${i}`, kind: 'source', article: null, span: null, x: 0, y: 0, lines: [clip(label, 22), `primary source · ${p.kind}`], tip: `${label} (${p.kind}), primary source`, copies: [], drift: [], contested: false });
  });
  for (const id of shown) {
    const m = articles.get(id);
    const cp = copies.get(id) ?? [];
    const app = appOf.get(id)!;
    const contested = CONTESTED.has(app.stance);
    const drift = driftAt.get(id) ?? [];
    const lines = [clip(name(id), 22), `${m?.published ? m.published.slice(0, 16).replace('T', ' ') : 'undated'}${contested ? ` · ${app.stance}` : ''}`];
    const extra = [cp.length ? `+${cp.length} cop${cp.length === 1 ? 'y' : 'ies'}` : '', drift.length ? `drift: ${drift.join(', ')}` : ''].filter(Boolean).join(' · ');
    if (extra) lines.push(clip(extra, 26));
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

  // Layers as in a Sugiyama layout: an edge spanning several columns gets a waypoint in each column
  // between, which takes a row there, so no edge runs under a node. Each column is ordered by the mean
  // row of what leads into it, and an item keeps its predecessor's row when that row is free.
  const col = new Map<string, number>([...nodes.values()].map((n) => [n.key, n.kind === 'source' ? 0 : colOf(n.key)]));
  const chains = raw.map((e, i) => {
    const [a, b] = [col.get(e.from)!, col.get(e.to)!];
    const via = b > a + 1 ? Array.from({ length: b - a - 1 }, (_, k) => `via:${i}:${a + 1 + k}`) : [];
    via.forEach((v, k) => col.set(v, a + 1 + k));
    return [e.from, ...via, e.to];
  });
  const before = new Map<string, string[]>();
  for (const ch of chains) for (let k = 1; k < ch.length; k++) if (col.get(ch[k]!)! > col.get(ch[k - 1]!)!) before.set(ch[k]!, [...(before.get(ch[k]!) ?? []), ch[k - 1]!]);
  const columns: string[][] = Array.from({ length: cols + 1 }, () => []);
  for (const [k, c] of col) columns[c]!.push(k);
  const row = new Map<string, number>();
  for (const keys of columns) {
    const weight = new Map(keys.map((k) => {
      const ps = (before.get(k) ?? []).filter((p) => row.has(p)).map((p) => row.get(p)!);
      return [k, ps.length ? ps.reduce((x, y) => x + y, 0) / ps.length : Number.POSITIVE_INFINITY];
    }));
    // Ties: sources as listed, articles by time, waypoints last (an edge bends round a node, not through).
    const order = (k: string) => (nodes.get(k)?.kind === 'article' ? t(k) : nodes.has(k) ? 0 : Number.MAX_VALUE);
    const cmp = (x: number, y: number) => (x < y ? -1 : x > y ? 1 : 0);
    keys.sort((a, b) => cmp(weight.get(a)!, weight.get(b)!) || cmp(order(a), order(b)));
    let next = 0;
    for (const k of keys) {
      const w = weight.get(k)!;
      const r = Number.isFinite(w) ? Math.max(next, Math.round(w)) : next;
      row.set(k, r);
      next = r + 1;
    }
  }
  const xOf = (k: string) => PAD + col.get(k)! * (NODE_W + COL_GAP);
  const yOf = (k: string) => PAD + row.get(k)! * (NODE_H + ROW_GAP);
  for (const n of nodes.values()) (n.x = xOf(n.key)), (n.y = yOf(n.key));

  const curve = (x1: number, y1: number, x2: number, y2: number) => {
    const bend = Math.max(24, (x2 - x1) / 2);
    return `C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`;
  };
  const edges = raw.map((e, i): GraphEdge => {
    const a = nodes.get(e.from)!, b = nodes.get(e.to)!;
    const cy = (n: { y: number }) => n.y + NODE_H / 2;
    if (b.x <= a.x) {
      // Against time or within a column (a citation of a same-time article): down the right side.
      const [x1, y1, x2, y2] = [a.x + NODE_W, cy(a), b.x + NODE_W + 2, cy(b)];
      return { ...e, d: `M${x1},${y1} C${x1 + 40},${y1} ${x2 + 40},${y2} ${x2},${y2}`, head: `${x2},${y2} ${x2 + 8},${y2 - 4} ${x2 + 8},${y2 + 4}`, mid: { x: x1 + 30, y: (y1 + y2) / 2 } };
    }
    let [x, y] = [a.x + NODE_W, cy(a)];
    let d = `M${x},${y}`;
    for (const v of chains[i]!.slice(1, -1)) {
      const [vx, vy] = [xOf(v), yOf(v) + NODE_H / 2];
      d += ` ${curve(x, y, vx, vy)} L${vx + NODE_W},${vy}`;
      [x, y] = [vx + NODE_W, vy];
    }
    const [x2, y2] = [b.x - 2, cy(b)];
    d += ` ${curve(x, y, x2, y2)}`;
    return { ...e, d, head: `${x2},${y2} ${x2 - 8},${y2 - 4} ${x2 - 8},${y2 + 4}`, mid: { x: (x + x2) / 2, y: (y + y2) / 2 } };
  });
  const all = [...nodes.values()];
  const keys = [...col.keys()];
  const width = keys.length ? Math.max(...keys.map((k) => xOf(k) + NODE_W)) + PAD + 40 : 2 * PAD;
  const height = keys.length ? Math.max(...keys.map((k) => yOf(k) + NODE_H)) + PAD : 2 * PAD;
  return { nodes: all, edges, width, height };
}
