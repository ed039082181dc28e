// #/claim/17: a claim's provenance as a graph (sources → articles, left to right in time; copies folded,
// drift on the edges) with a timeline of its appearances beside it. Nodes open the reader at the span.
import { api, type Claim } from './api.ts';
import { h, plural, shortTime, svg, type Child } from './dom.ts';
import { layoutProvenance, NODE_H, NODE_W, type ArticleLite, type GraphLayout } from './graph-layout.ts';
import { routeHref } from './route.ts';

const spanQuery = (s: { start: number; end: number }, claim: string) => ({ span: `${s.start}-${s.end}`, claim });

export function graphSvg(g: GraphLayout, claimId: string): SVGElement {
  const edges = g.edges.map((e) =>
    svg('g', { class: `edge ${e.kind}${e.drift.length ? ' drifted' : ''}` },
      svg('title', null, e.drift.length ? `wording drifted: ${e.drift.join(', ')}` : e.kind === 'source' ? 'attributed to this source' : 'taken from (cited)'),
      svg('path', { d: e.d }),
      svg('polygon', { points: e.head }),
      e.drift.length ? svg('text', { x: e.mid.x, y: e.mid.y - 5, class: 'edge-label', 'text-anchor': 'middle' }, e.drift.join(', ')) : null));
  const nodes = g.nodes.map((n) => {
    const body = [
      svg('title', null, n.tip),
      svg('rect', { x: n.x, y: n.y, width: NODE_W, height: NODE_H, rx: 6 }),
      ...n.lines.map((l, i) => svg('text', { x: n.x + 9, y: n.y + 18 + i * 15, class: i === 0 ? 'n1' : n.drift.length && i === n.lines.length - 1 && l.includes('drift') ? 'n2 dl' : 'n2' }, l)),
    ];
    const cls = `node ${n.kind}${n.drift.length ? ' drifted' : ''}${n.contested ? ' contested' : ''}`;
    return n.article && n.span
      ? svg('a', { href: routeHref('article', n.article, spanQuery(n.span, claimId)), class: cls, 'data-article': n.article, 'aria-label': n.tip.split('\n').slice(0, 2).join(', ') }, body)
      : svg('g', { class: cls }, body);
  });
  const el = svg('svg', { class: 'graph', viewBox: `0 0 ${g.width} ${g.height}`, width: g.width, height: g.height, role: 'group', 'aria-label': `Provenance of claim ${claimId}` }, edges, nodes);
  // Shrinks to fit its box down to 70% (CSSOM, which the CSP allows), then scrolls.
  el.style.minWidth = `${Math.round(g.width * 0.7)}px`;
  return el;
}

function legend(): HTMLElement {
  return h('ul', { class: 'legend' },
    h('li', null, h('span', { class: 'key source' }), 'primary source'),
    h('li', null, h('span', { class: 'key line' }), 'attributed / taken from'),
    h('li', null, h('span', { class: 'key line drifted' }), 'wording drifted'),
    h('li', null, h('span', { class: 'key contested' }), 'disputes or denies it'));
}

export async function claimView(id: string): Promise<Child[]> {
  const c = await api<Claim>(`/api/claims/${id}`);
  const articles = new Map<string, ArticleLite>(c.articles.map((a) => [a.id, a]));
  const name = (a: string | undefined) => (a && articles.get(a)?.outlet) || `article ${a}`;
  const g = layoutProvenance(c, articles);
  const driftOf = new Map<string, string[]>();
  for (const d of c.drift) if (d.article) driftOf.set(d.article, [...(driftOf.get(d.article) ?? []), d.kind]);

  const apps = [...c.appearances].filter((a) => a.article).sort((x, y) => (articles.get(x.article!)?.published ?? '~').localeCompare(articles.get(y.article!)?.published ?? '~'));
  const timeline = h('ol', { class: 'timeline' }, apps.map((a) => h('li', { class: driftOf.has(a.article!) ? 'drifted' : null },
    h('div', { class: 'when' }, shortTime(articles.get(a.article!)?.published)),
    h('div', null,
      h('a', { href: routeHref('article', a.article, spanQuery(a.span, id)), class: 'strong' }, name(a.article)),
      h('span', { class: 'muted' }, ` · ${a.stance}${a.speaker ? ` · ${a.speaker}` : ''}${a.from ? ` · ${a.from.rule === 'copy' ? 'copy of' : 'cites'} ${name(a.from.article)}` : ''}`),
      (driftOf.get(a.article!) ?? []).map((k) => h('span', { class: 'badge drift' }, k))),
    h('blockquote', null, a.span.text ?? ''))));

  const drift = c.drift.length
    ? h('section', { 'aria-labelledby': 'drift-h' }, h('h2', { id: 'drift-h' }, 'Drift'), h('ul', { class: 'drift-list' }, c.drift.map((d) => h('li', null,
        h('span', { class: 'badge drift' }, d.kind), ' ',
        h('a', { href: routeHref('article', d.source.article, spanQuery(d.source.span, id)) }, name(d.source.article)), ': “', d.source.span.text ?? '', '” → ',
        h('a', { href: routeHref('article', d.article, spanQuery(d.span, id)) }, name(d.article)), ': “', d.span.text ?? '', '”',
        d.note ? h('div', { class: 'muted small' }, d.note) : null))))
    : null;

  return [
    h('p', { class: 'crumbs' }, h('a', { href: routeHref('stories') }, 'Stories'), c.story ? [' › ', h('a', { href: routeHref('story', c.story) }, `story ${c.story}`)] : null, ` › claim ${c.id}`),
    h('h1', { tabindex: '-1', class: 'claim-title' }, c.text),
    h('p', { class: 'facts' },
      h('span', { class: c.independentSources <= 1 ? 'badge warn' : 'badge' }, plural(c.independentSources, 'independent source')), ' ',
      `${plural(c.appearances.length, 'appearance')} · primary: ${c.primarySources.map((p) => p.name).join(', ') || 'unknown'} · first: ${name(c.firstAppearance)}`),
    // The timeline sits beside a graph that leaves room for it, below a wide one.
    h('div', { class: g.width > 760 ? 'provenance wide' : 'provenance' },
      h('section', { class: 'graph-box', 'aria-labelledby': 'graph-h' }, h('h2', { id: 'graph-h' }, 'Provenance'), legend(), h('div', { class: 'scroll graph-scroll' }, graphSvg(g, id))),
      h('section', { class: 'timeline-box', 'aria-labelledby': 'timeline-h' }, h('h2', { id: 'timeline-h' }, 'Timeline'), timeline)),
    drift,
  ];
}
