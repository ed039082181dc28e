// The coverage timeline as inline SVG: one row per article under a heading row per story, a dot at its publication
// time (hollow for a copy, joined to its original by a dashed line). Times are UTC, so the picture is
// the same wherever it is opened.
import { html, num, clip, type Html } from './html.ts';
import { utc, type ArticleInfo, type TraceJson } from './types.ts';

const LABEL_W = 230, PLOT_W = 600, ROW_H = 20, TOP = 34, PAD = 10;

/** About `n` evenly spaced instants across [lo, hi], on whole minutes. */
function ticks(lo: number, hi: number, n: number): number[] {
  if (hi <= lo) return [lo];
  const out: number[] = [];
  for (let i = 0; i <= n; i++) out.push(Math.round((lo + ((hi - lo) * i) / n) / 60000) * 60000);
  return [...new Set(out)];
}

export function timelineSvg(trace: TraceJson, info: Map<string, ArticleInfo>): Html {
  // Rows: a heading row per story, then its articles by time; articles in no story last.
  const order: { id: string | null; story: string | null }[] = [];
  const placed = new Set<string>();
  const time = (id: string) => info.get(id)?.time ?? Number.POSITIVE_INFINITY;
  for (const s of trace.stories) {
    const ids = [...s.articles].sort((a, b) => time(a) - time(b) || (a < b ? -1 : 1)).filter((id) => !placed.has(id) && info.has(id));
    if (!ids.length) continue;
    order.push({ id: null, story: s.id });
    for (const id of ids) placed.add(id), order.push({ id, story: s.id });
  }
  const loose = trace.articles.filter((a) => !placed.has(a.id));
  if (loose.length && order.length) order.push({ id: null, story: null });
  for (const a of loose) order.push({ id: a.id, story: null });

  const dated = order.flatMap((o) => (o.id ? [info.get(o.id)?.time] : [])).filter((t): t is number => t != null);
  const lo = dated.length ? Math.min(...dated) : 0, hi = dated.length ? Math.max(...dated) : 0;
  const x = (t: number) => LABEL_W + (hi > lo ? ((t - lo) / (hi - lo)) * PLOT_W : PLOT_W / 2);
  const y = (i: number) => TOP + i * ROW_H + ROW_H / 2;
  const rowOf = new Map(order.flatMap((o, i) => (o.id ? [[o.id, i] as const] : [])));
  const copyOf = new Map(trace.copies.map((c) => [c.article, c.of]));
  const width = LABEL_W + PLOT_W + 90, height = TOP + order.length * ROW_H + 30;

  // Story bands, shaded in turn.
  const bands: Html[] = [];
  let start = 0, band = 0;
  order.forEach((o, i) => {
    if (i + 1 < order.length && order[i + 1]!.id !== null) return;
    if (band++ % 2 === 0) bands.push(html`<rect x="0" y="${num(TOP + start * ROW_H)}" width="${num(width)}" height="${num((i + 1 - start) * ROW_H)}" fill="#f3f5f8"/>`);
    start = i + 1;
  });
  const axis = dated.length
    ? ticks(lo, hi, hi > lo ? 4 : 0).map((t) => html`<g><line x1="${num(x(t))}" x2="${num(x(t))}" y1="${TOP - 6}" y2="${num(height - 26)}" stroke="#d5d9e0"/><text x="${num(x(t))}" y="${TOP - 12}" text-anchor="middle" class="n2">${utc(t).slice(0, 16)}</text></g>`)
    : [html`<text x="${LABEL_W}" y="${TOP - 12}" class="n2">no publication times recorded</text>`];
  const links = order.flatMap((o) => {
    if (!o.id) return [];
    const of = copyOf.get(o.id);
    const a = info.get(o.id)?.time, b = of ? info.get(of)?.time : null;
    if (!of || a == null || b == null || !rowOf.has(of)) return [];
    return [html`<path d="M${num(x(b))},${num(y(rowOf.get(of)!))} L${num(x(a))},${num(y(rowOf.get(o.id)!))}" stroke="#8a94a6" stroke-dasharray="3 3" fill="none"/>`];
  });
  const rows = order.map((o, i) => {
    if (!o.id) {
      const n = trace.stories.find((s) => s.id === o.story)?.articles.length;
      return html`<text x="${PAD}" y="${num(y(i) + 4)}" class="n1">${clip(o.story ? `${o.story} (${n} article${n === 1 ? '' : 's'})` : 'in no story', 38)}</text>`;
    }
    const m = info.get(o.id);
    const label = `${m?.outlet ?? o.id}${m?.title ? ` — ${m.title}` : ''}`;
    const copy = copyOf.has(o.id);
    const dot = m?.time != null
      ? html`<circle cx="${num(x(m.time))}" cy="${num(y(i))}" r="5" fill="${copy ? '#fff' : '#1f4e8c'}" stroke="#1f4e8c" stroke-width="1.5"/>`
      : html`<text x="${LABEL_W + PLOT_W + 14}" y="${num(y(i) + 4)}" class="n2">undated</text>`;
    return html`<g><title>${`${label}\n${m?.published ?? 'no publication time'}${copy ? `\ncopy of ${copyOf.get(o.id)}` : ''}`}</title><text x="${PAD + 10}" y="${num(y(i) + 4)}" class="n2">${clip(label, 35)}</text>${dot}</g>`;
  });
  return html`<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" role="img" aria-label="Coverage timeline">${bands}${axis}${links}${rows}<g transform="translate(${LABEL_W},${num(height - 10)})"><circle cx="5" cy="-4" r="5" fill="#1f4e8c"/><text x="14" y="0" class="n2">article</text><circle cx="85" cy="-4" r="5" fill="#fff" stroke="#1f4e8c" stroke-width="1.5"/><text x="94" y="0" class="n2">copy (dashed line to its original)</text><text x="330" y="0" class="n2">times in UTC</text></g></svg>`;
}
