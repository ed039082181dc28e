// The provenance graph of one claim as inline SVG: primary sources on the left, then the articles that
// carry the claim from left to right by publication time. Copies are folded into the article they copy
// ("+2 copies"); an edge into an article whose wording drifted is drawn red and named.
import { html, num, clip, type Html } from './html.ts';
import { CONTESTED, shownTime, type ArticleInfo, type TraceClaimJson } from './types.ts';

const NODE_W = 168, NODE_H = 50, COL_GAP = 56, ROW_GAP = 16, PAD = 12, MAX_COLS = 5;
export const DRIFT_RED = '#c0161b';

interface Box { key: string; x: number; y: number; lines: string[]; tip: string; kind: 'source' | 'article'; dashed: boolean; drift: string[] }
interface Edge { from: string; to: string; drift: string[]; kind: 'source' | 'citation' }

/** The copy chain's first article: where a copy's content really comes from. */
function originalOf(article: string, parent: Map<string, { article: string; rule: string }>): string {
  const seen = new Set<string>();
  let a = article;
  for (let p = parent.get(a); p?.rule === 'copy' && !seen.has(a); p = parent.get(a)) seen.add(a), (a = p.article);
  return a;
}

const when = (a: ArticleInfo | undefined) => shownTime(a, false) ?? 'undated';

export function provenanceSvg(c: TraceClaimJson, info: Map<string, ArticleInfo>): Html {
  const parent = new Map<string, { article: string; rule: string }>();
  for (const a of c.appearances) if ('from' in a && a.from?.article) parent.set(a.article, { article: a.from.article, rule: a.from.rule });
  const stance = new Map(c.appearances.map((a) => [a.article, a.stance]));
  const copies = new Map<string, string[]>();
  const shown: string[] = [];
  for (const a of c.appearances) {
    const o = originalOf(a.article, parent);
    if (o === a.article) shown.push(a.article);
    else copies.set(o, [...(copies.get(o) ?? []), a.article]);
  }
  const t = (id: string) => info.get(id)?.time ?? Number.POSITIVE_INFINITY;
  shown.sort((x, y) => t(x) - t(y) || (x < y ? -1 : 1));
  const driftAt = new Map<string, string[]>();
  for (const d of c.drift) {
    const at = originalOf(d.article, parent);
    driftAt.set(at, [...new Set([...(driftAt.get(at) ?? []), d.kind])]);
  }

  // Columns by time rank; articles sharing a column stack downwards.
  const cols = Math.min(MAX_COLS, Math.max(1, shown.length));
  const colX = (col: number) => PAD + (NODE_W + COL_GAP) * (col + 1);
  const rows: number[] = new Array(cols).fill(0);
  const boxes = new Map<string, Box>();
  shown.forEach((id, rank) => {
    const col = Math.floor((rank * cols) / shown.length);
    const m = info.get(id);
    const cp = copies.get(id) ?? [];
    const contested = CONTESTED.has(stance.get(id) ?? '');
    const lines = [clip(m?.outlet ?? id, 24), `${when(m)}${contested ? ` · ${stance.get(id)}` : ''}`];
    if (cp.length) lines.push(`+${cp.length} cop${cp.length === 1 ? 'y' : 'ies'}`);
    const drift = driftAt.get(id) ?? [];
    const tip = [`${m?.outlet ?? id} (${id})`, m?.title, m?.url, cp.length ? `copies: ${cp.map((x) => info.get(x)?.outlet ?? x).join(', ')}` : null].filter(Boolean).join('\n');
    boxes.set(id, { key: id, x: colX(col), y: PAD + rows[col]! * (NODE_H + ROW_GAP), lines, tip, kind: 'article', dashed: contested, drift });
    rows[col]!++;
  });
  c.primarySources.forEach((p, i) => {
    const name = p.kind === 'anonymous' ? 'anonymous source' : p.name;
    boxes.set(`source:${i}`, { key: `source:${i}`, x: PAD, y: PAD + i * (NODE_H + ROW_GAP), lines: [clip(name, 24), p.kind], tip: `${name} (${p.kind}), primary source`, kind: 'source', dashed: false, drift: [] });
  });

  const edges: Edge[] = [];
  for (const id of shown) {
    const p = parent.get(id);
    const drift = driftAt.get(id) ?? [];
    if (p) {
      const from = originalOf(p.article, parent);
      if (boxes.has(from) && from !== id) edges.push({ from, to: id, drift, kind: 'citation' });
      continue;
    }
    if (CONTESTED.has(stance.get(id) ?? '')) continue;
    const speaker = c.appearances.find((a) => a.article === id)?.speaker ?? null;
    c.primarySources.forEach((s, i) => {
      const match = s.kind === 'anonymous' ? speaker === 'anonymous' : s.name === speaker || (s.kind === 'outlet' && s.name === info.get(id)?.outlet);
      if (match) edges.push({ from: `source:${i}`, to: id, drift, kind: 'source' });
    });
  }
  const withIncoming = new Set(edges.map((e) => e.to));

  const all = [...boxes.values()];
  const width = Math.max(...all.map((b) => b.x + NODE_W)) + PAD;
  const height = Math.max(...all.map((b) => b.y + NODE_H)) + PAD + 14;
  const nodeSvg = all.map((b) => {
    // A drifted article with no edge into it (it starts a chain) gets a red border instead.
    const red = b.drift.length > 0 && !withIncoming.has(b.key);
    const stroke = red ? DRIFT_RED : b.kind === 'source' ? '#555' : '#222';
    const lines = b.drift.length ? [...b.lines.slice(0, 2), `drift: ${b.drift.join(', ')}`] : b.lines;
    if (b.drift.length && b.lines.length > 2) lines[1] = `${b.lines[1]} · ${b.lines[2]}`;
    return html`<g class="node"><title>${b.tip}</title><rect x="${num(b.x)}" y="${num(b.y)}" width="${NODE_W}" height="${NODE_H}" rx="6" fill="${b.kind === 'source' ? '#eef1f6' : '#fff'}" stroke="${stroke}" stroke-width="${red ? 2 : 1}"${b.dashed ? html` stroke-dasharray="5 3"` : ''}/>${lines.map((l, i) => html`<text x="${num(b.x + 8)}" y="${num(b.y + 16 + i * 14)}" class="${i === 0 ? 'n1' : b.drift.length && i === 2 ? 'dl' : 'n2'}">${clip(l, 27)}</text>`)}</g>`;
  });
  const edgeSvg = edges.map((e) => {
    const a = boxes.get(e.from)!, b = boxes.get(e.to)!;
    const red = e.drift.length > 0;
    const colour = red ? DRIFT_RED : e.kind === 'source' ? '#8a94a6' : '#333';
    // Forwards: right side to left side. Same column: down the right side, bulging outwards.
    const forward = b.x > a.x;
    const [x1, y1] = [a.x + NODE_W, a.y + NODE_H / 2];
    const [x2, y2] = forward ? [b.x - 2, b.y + NODE_H / 2] : [b.x + NODE_W + 2, b.y + NODE_H / 2];
    const bend = forward ? Math.max(20, (x2 - x1) / 2) : 36;
    const d = forward ? `M${num(x1)},${num(y1)} C${num(x1 + bend)},${num(y1)} ${num(x2 - bend)},${num(y2)} ${num(x2)},${num(y2)}` : `M${num(x1)},${num(y1)} C${num(x1 + bend)},${num(y1)} ${num(x2 + bend)},${num(y2)} ${num(x2)},${num(y2)}`;
    const head = forward ? `${num(x2)},${num(y2)} ${num(x2 - 8)},${num(y2 - 4)} ${num(x2 - 8)},${num(y2 + 4)}` : `${num(x2)},${num(y2)} ${num(x2 + 8)},${num(y2 - 4)} ${num(x2 + 8)},${num(y2 + 4)}`;
    return html`<g class="edge"><title>${red ? `wording drifted: ${e.drift.join(', ')}` : e.kind === 'source' ? 'attributed to' : 'taken from'}</title><path d="${d}" fill="none" stroke="${colour}" stroke-width="${red ? 2 : 1.3}"${red ? html` stroke-dasharray="6 3"` : ''}/><polygon points="${head}" fill="${colour}"/></g>`;
  });
  return html`<svg class="graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" role="img" aria-label="${`Provenance of claim ${c.id}`}">${edgeSvg}${nodeSvg}</svg>`;
}

/** The key to the graphs, drawn the same way. */
export function graphLegend(): Html {
  const item = (x: number, line: Html, label: string) => html`<g transform="translate(${x},0)">${line}<text x="44" y="16" class="n2">${label}</text></g>`;
  return html`<svg class="legend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 26" width="960" height="26" role="img" aria-label="Legend">${[
    item(0, html`<rect x="2" y="4" width="36" height="18" rx="4" fill="#eef1f6" stroke="#555"/>`, 'primary source'),
    item(150, html`<path d="M2,13 H38" stroke="#8a94a6" stroke-width="1.3"/>`, 'attributed to'),
    item(280, html`<path d="M2,13 H38" stroke="#333" stroke-width="1.3"/>`, 'taken from (cited)'),
    item(440, html`<path d="M2,13 H38" stroke="${DRIFT_RED}" stroke-width="2" stroke-dasharray="6 3"/>`, 'wording drifted (kind named in the box)'),
    item(770, html`<rect x="2" y="4" width="36" height="18" rx="4" fill="#fff" stroke="#222" stroke-dasharray="5 3"/>`, 'disputes or denies it'),
  ]}</svg>`;
}
