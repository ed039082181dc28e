// #/story/3?show=&sort=&dir=: a story's claim table (sortable, filterable, state kept in the URL) and
// its articles.
import { api, type ClaimRow, type Story } from './api.ts';
import { h, plural, shortTime, type Child } from './dom.ts';
import type { ArticleLite } from './graph-layout.ts';
import { routeHref } from './route.ts';

export const FILTERS: Record<string, { label: string; keep: (c: ClaimRow) => boolean }> = {
  all: { label: 'all claims', keep: () => true },
  'one-source': { label: 'one independent source', keep: (c) => c.independentSources === 1 },
  hardened: { label: 'hardened', keep: (c) => c.drift.includes('hardened') },
  drift: { label: 'any drift', keep: (c) => c.drift.length > 0 },
  disputed: { label: 'disputed or denied', keep: (c) => c.disputed },
};

type Key = 'id' | 'text' | 'appearances' | 'independentSources' | 'primary' | 'first' | 'flags';
const COLUMNS: { key: Key; label: string; num?: boolean }[] = [
  { key: 'id', label: '#', num: true },
  { key: 'text', label: 'Claim' },
  { key: 'appearances', label: 'Appearances', num: true },
  { key: 'independentSources', label: 'Independent', num: true },
  { key: 'primary', label: 'Primary sources' },
  { key: 'first', label: 'First seen' },
  { key: 'flags', label: 'Drift / dispute' },
];

export function sortClaims(claims: ClaimRow[], key: Key, dir: 'asc' | 'desc', firstTime: (c: ClaimRow) => string): ClaimRow[] {
  const value = (c: ClaimRow): number | string => {
    switch (key) {
      case 'id': return Number(c.id);
      case 'text': return c.text.toLowerCase();
      case 'appearances': return c.appearances;
      case 'independentSources': return c.independentSources;
      case 'primary': return c.primarySources.map((p) => p.name).join(', ').toLowerCase();
      case 'first': return firstTime(c);
      case 'flags': return c.drift.length + (c.disputed ? 10 : 0);
    }
  };
  const sign = dir === 'asc' ? 1 : -1;
  return [...claims].sort((a, b) => {
    const x = value(a), y = value(b);
    return (x < y ? -1 : x > y ? 1 : 0) * sign || Number(a.id) - Number(b.id);
  });
}

export async function storyView(id: string, query: URLSearchParams): Promise<Child[]> {
  const story = await api<Omit<Story, 'articles'> & { articles: ArticleLite[]; claims: ClaimRow[] }>(`/api/stories/${id}`);
  const byId = new Map(story.articles.map((a) => [a.id, a]));
  const state = {
    show: Object.hasOwn(FILTERS, query.get('show') ?? '') ? query.get('show')! : 'all',
    sort: (COLUMNS.some((c) => c.key === query.get('sort')) ? query.get('sort') : 'appearances') as Key,
    dir: (query.get('dir') === 'asc' ? 'asc' : query.get('dir') === 'desc' ? 'desc' : query.get('sort') ? 'asc' : 'desc') as 'asc' | 'desc',
  };
  const firstTime = (c: ClaimRow) => (c.firstAppearance && byId.get(c.firstAppearance)?.published) || '9999';
  const holder = h('div', { class: 'scroll' });
  const count = h('p', { class: 'muted', role: 'status' });
  const remember = () => history.replaceState(null, '', routeHref('story', id, { show: state.show === 'all' ? null : state.show, sort: state.sort, dir: state.dir }));

  const draw = () => {
    const shown = sortClaims(story.claims.filter(FILTERS[state.show]!.keep), state.sort, state.dir, firstTime);
    count.textContent = `${shown.length} of ${plural(story.claims.length, 'claim')} shown`;
    const head = COLUMNS.map((col) => {
      const active = state.sort === col.key;
      return h('th', { scope: 'col', class: col.num ? 'num' : null, 'aria-sort': active ? (state.dir === 'asc' ? 'ascending' : 'descending') : 'none' },
        h('button', { type: 'button', class: 'sort', 'data-sort': col.key, onclick: () => {
          state.dir = active && state.dir === 'asc' ? 'desc' : active ? 'asc' : col.num ? 'desc' : 'asc';
          state.sort = col.key;
          remember();
          draw();
          (holder.querySelector(`button[data-sort="${col.key}"]`) as HTMLElement | null)?.focus();
        } }, col.label, active ? (state.dir === 'asc' ? ' ▲' : ' ▼') : ''));
    });
    const rows = shown.map((c) => {
      const first = c.firstAppearance ? byId.get(c.firstAppearance) : undefined;
      return h('tr', null,
        h('td', { class: 'num' }, c.id),
        h('td', { class: 'claim-text' }, h('a', { href: routeHref('claim', c.id) }, c.text)),
        h('td', { class: 'num', 'data-label': 'appearances' }, c.appearances),
        h('td', { class: 'num', 'data-label': 'independent' }, h('span', { class: c.independentSources <= 1 ? 'badge warn' : 'badge' }, c.independentSources)),
        h('td', null, c.primarySources.map((p) => p.name).join(', ') || h('span', { class: 'muted' }, 'unknown')),
        h('td', { class: 'nowrap' }, first ? `${first.outlet ?? `article ${first.id}`}` : '', first ? h('div', { class: 'muted small' }, shortTime(first.published)) : null),
        h('td', null, c.drift.map((d) => h('span', { class: 'badge drift' }, d)), c.disputed ? h('span', { class: 'badge dispute' }, 'disputed') : null));
    });
    holder.replaceChildren(shown.length
      ? h('table', { class: 'claims' }, h('thead', null, h('tr', null, head)), h('tbody', null, rows))
      : h('p', { class: 'muted' }, 'No claim in this story matches the filter.'));
  };

  const filter = h('select', { id: 'claim-filter', onchange: (e: Event) => {
    state.show = (e.target as HTMLSelectElement).value;
    remember();
    draw();
  } }, Object.entries(FILTERS).map(([k, f]) => h('option', { value: k, selected: k === state.show }, f.label)));
  draw();

  const articles = [...story.articles].sort((a, b) => (a.published ?? '~').localeCompare(b.published ?? '~'));
  return [
    h('p', { class: 'crumbs' }, h('a', { href: routeHref('stories') }, 'Stories'), ` › story ${story.id}`),
    h('h1', { tabindex: '-1' }, story.title ?? `Story ${story.id}`),
    h('p', { class: 'muted' }, `${plural(story.articleCount, 'article')} from ${plural(story.outlets.length, 'outlet')} · ${shortTime(story.first)} – ${shortTime(story.last)} · ${story.terms.slice(0, 8).join(', ')}`),
    h('section', { 'aria-labelledby': 'claims-h' },
      h('h2', { id: 'claims-h' }, 'Claims'),
      h('div', { class: 'toolbar' }, h('label', { for: 'claim-filter' }, 'Show '), filter, count),
      holder),
    h('section', { 'aria-labelledby': 'articles-h' },
      h('h2', { id: 'articles-h' }, 'Articles'),
      h('ol', { class: 'articles' }, articles.map((a) => h('li', null,
        h('span', { class: 'muted nowrap' }, shortTime(a.published)), ' ',
        h('span', { class: 'outlet' }, a.outlet ?? ''), ' ',
        h('a', { href: routeHref('article', a.id) }, a.title ?? `article ${a.id}`))))),
  ];
}
