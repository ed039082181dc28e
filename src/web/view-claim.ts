// #/claim/17: a claim's provenance as a graph (sources → articles, left to right in time; copies folded,
// drift on the edges) with a timeline of its appearances beside it. Nodes open the reader at the span.
import { api, type Claim } from './api.ts';
import { h, plural, shortTime, svg, type Child } from './dom.ts';
import { layoutProvenance, NODE_H, NODE_W, type ArticleLite, type GraphLayout } from './graph-layout.ts';
import { makeCorrection, statusLine, whoField, type NewCorrection } from './correct.ts';
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

/** Confirm / Reject buttons for one correction, with a status line. */
function verdictButtons(label: string, body: (verdict: 'confirm' | 'reject') => NewCorrection): HTMLElement {
  const status = statusLine();
  return h('span', { class: 'verdict' },
    h('button', { type: 'button', 'aria-label': `Confirm: ${label}`, onclick: () => void makeCorrection(body('confirm'), status) }, 'Confirm'),
    h('button', { type: 'button', class: 'reject', 'aria-label': `Reject: ${label}`, onclick: () => void makeCorrection(body('reject'), status) }, 'Reject'),
    status);
}

/** Where this claim's analysis can be corrected: its links between articles, its split, its sources. */
function fixes(c: Claim, articles: Map<string, ArticleLite>, name: (a: string | undefined) => string): HTMLElement {
  const edges = new Map<string, { article: string; from: string; rule: string }>();
  for (const a of c.appearances) if (a.article && a.from?.article) edges.set(`${a.article}>${a.from.article}`, { article: a.article, from: a.from.article, rule: a.from.rule });
  const links = [...edges.values()].map((e) => {
    const label = `${name(e.article)} (article ${e.article}) ${e.rule === 'copy' ? 'copies' : 'cites'} ${name(e.from)} (article ${e.from})`;
    const outlet = articles.get(e.from)?.outlet;
    return h('li', { 'data-edge': `${e.article}-${e.from}` }, h('span', null, label), ' ',
      e.rule === 'copy'
        ? verdictButtons(label, (verdict) => ({ kind: 'copy', article: e.article, of: e.from, verdict }))
        : outlet
          ? verdictButtons(label, (verdict) => ({ kind: 'citation', article: e.article, outlet, verdict }))
          : h('span', { class: 'muted small' }, '(no outlet name to correct the citation by)'));
  });

  const ids = [...new Set(c.appearances.map((a) => a.article).filter((a): a is string => a !== undefined))];
  const boxes = ids.map((a) => {
    const quote = c.appearances.find((x) => x.article === a)?.span.text ?? '';
    return h('li', null, h('label', null, h('input', { type: 'checkbox', name: 'second', value: a }), ' ', h('span', { class: 'strong' }, name(a)), ` · article ${a} · `, h('span', { class: 'muted' }, `“${quote.length > 90 ? `${quote.slice(0, 90)}…` : quote}”`)));
  });
  const splitStatus = statusLine();
  const split = h('fieldset', { class: 'split' },
    h('legend', null, 'Mark as two: tick the articles that carry a different claim'),
    h('ul', { class: 'checks' }, boxes),
    h('div', { class: 'buttons' }, h('button', { type: 'button', disabled: ids.length < 2, onclick: (e: Event) => {
      const picked = [...((e.target as HTMLElement).closest('fieldset')!.querySelectorAll<HTMLInputElement>('input[name=second]:checked'))].map((x) => x.value);
      splitStatus.classList.add('error');
      if (!picked.length) splitStatus.textContent = 'Tick the articles that carry the second claim.';
      else if (picked.length === ids.length) splitStatus.textContent = 'Leave at least one article with the first claim.';
      else void makeCorrection({ kind: 'split-claim', claim: c.id, articles: picked }, splitStatus);
    } }, 'Mark as two claims'), splitStatus));

  const sources = c.primarySources.filter((p) => p.kind !== 'anonymous' && !/^anonymous$/i.test(p.name)).map((p, i) => {
    const mergeId = `merge-${i}`, splitId = `split-${i}`;
    const other = h('input', { id: mergeId, type: 'text', placeholder: 'another name for the same one' });
    const form = h('input', { id: splitId, type: 'text', placeholder: 'a form that is someone else' });
    const mergeStatus = statusLine(), splitStatus2 = statusLine();
    return h('li', null, h('div', { class: 'strong' }, p.name, h('span', { class: 'muted' }, ` · ${p.kind}`)),
      h('div', { class: 'inline-form' }, h('label', { for: mergeId }, 'Same as'), other, h('button', { type: 'button', onclick: () => void makeCorrection({ kind: 'merge-entities', names: [p.name, other.value.trim()] }, mergeStatus) }, 'Merge'), mergeStatus),
      h('div', { class: 'inline-form' }, h('label', { for: splitId }, 'Split off'), form, h('button', { type: 'button', onclick: () => void makeCorrection({ kind: 'split-entity', form: form.value.trim() }, splitStatus2) }, 'Split'), splitStatus2));
  });

  return h('section', { class: 'fix-box', 'aria-labelledby': 'fix-h' },
    h('h2', { id: 'fix-h' }, 'Correct this claim'),
    whoField(),
    h('h3', null, 'Copies and citations'),
    links.length ? h('ul', { class: 'fix-list' }, links) : h('p', { class: 'muted small' }, 'No article here takes this claim from another.'),
    split,
    h('h3', null, 'Primary sources'),
    sources.length ? h('ul', { class: 'fix-list' }, sources) : h('p', { class: 'muted small' }, 'No named source.'));
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
    fixes(c, articles, name),
  ];
}
