// #/?q=&page=: the stories, a page at a time, or those whose articles match a full-text search.
import { api, type Story } from './api.ts';
import { exportBar } from './view-export.ts';
import { h, plural, shortTime, type Child } from './dom.ts';
import { routeHref } from './route.ts';

export const PAGE_SIZE = 50;

export async function storiesView(query: URLSearchParams): Promise<Child[]> {
  const q = query.get('q')?.trim() ?? '';
  const page = Math.max(1, Number(query.get('page')) || 1);
  const params = new URLSearchParams({ offset: String((page - 1) * PAGE_SIZE), limit: String(PAGE_SIZE) });
  if (q) params.set('q', q);
  const { stories, total } = await api<{ stories: Story[]; total: number }>(`/api/stories?${params}`);
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'words, "a phrase", prefix*', 'aria-label': 'Search the articles' });
  const form = h('form', { class: 'search', role: 'search', onsubmit: (e: Event) => {
    e.preventDefault();
    location.hash = routeHref('stories', null, { q: input.value.trim() });
  } }, input, h('button', { type: 'submit' }, 'Search'), q ? h('a', { href: routeHref('stories') }, 'clear') : null);
  const rows = stories.map((s) =>
    h('tr', null,
      h('td', null, h('a', { href: routeHref('story', s.id), class: 'strong' }, s.title ?? `Story ${s.id}`), h('div', { class: 'muted small' }, `#${s.id} · ${s.terms.slice(0, 6).join(', ')}`)),
      h('td', { class: 'num', 'data-label': 'articles' }, s.articleCount),
      h('td', { class: 'num', 'data-label': 'claims' }, s.claimCount),
      h('td', { class: 'outlets' }, s.outlets.slice(0, 4).join(', '), s.outlets.length > 4 ? ` +${s.outlets.length - 4}` : ''),
      h('td', { class: 'nowrap' }, shortTime(s.first).slice(0, 10), s.last && s.last.slice(0, 10) !== s.first?.slice(0, 10) ? ` – ${shortTime(s.last).slice(0, 10)}` : '')));
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pager = h('nav', { class: 'pager', 'aria-label': 'Pages' },
    page > 1 ? h('a', { href: routeHref('stories', null, { q, page: page - 1 }) }, '← newer page') : null,
    h('span', { class: 'muted' }, `page ${page} of ${pages}`),
    page < pages ? h('a', { href: routeHref('stories', null, { q, page: page + 1 }) }, 'next page →') : null);
  return [
    h('h1', { tabindex: '-1' }, q ? `Stories matching “${q}”` : 'Stories'),
    form,
    h('p', { class: 'muted' }, plural(total, 'story', 'stories'), q ? ' with a matching article' : ' in this workspace', total ? '' : '. Add coverage to begin.'),
    stories.length
      ? h('div', { class: 'scroll' }, h('table', { class: 'stories' },
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Story'), h('th', { scope: 'col', class: 'num' }, 'Articles'), h('th', { scope: 'col', class: 'num' }, 'Claims'), h('th', { scope: 'col' }, 'Outlets'), h('th', { scope: 'col' }, 'Dates'))),
          h('tbody', null, rows)))
      : null,
    total > PAGE_SIZE ? pager : null,
    exportBar(),
  ];
}
