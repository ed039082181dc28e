// Hash routes, so every view is a link: #/ (stories, ?q= &page=), #/story/3, #/claim/17,
// #/article/5?span=10-40&claim=17, #/add, #/export, #/corrections.
export type View = 'stories' | 'story' | 'claim' | 'article' | 'add' | 'export' | 'corrections' | 'missing';

export interface Route {
  view: View;
  id: string | null;
  query: URLSearchParams;
}

const WITH_ID: Record<string, View> = { story: 'story', claim: 'claim', article: 'article' };
const WITHOUT_ID: Record<string, View> = { '': 'stories', add: 'add', export: 'export', corrections: 'corrections' };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = (q < 0 ? raw : raw.slice(0, q)).replace(/\/+$/, '');
  const query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const [head = '', id, ...rest] = path.split('/');
  if (id === undefined && Object.hasOwn(WITHOUT_ID, head)) return { view: WITHOUT_ID[head]!, id: null, query };
  if (id !== undefined && !rest.length && Object.hasOwn(WITH_ID, head) && /^[1-9]\d{0,15}$/.test(id)) return { view: WITH_ID[head]!, id, query };
  return { view: 'missing', id: null, query };
}

export function routeHref(view: Exclude<View, 'missing'>, id?: string | null, query?: Record<string, string | number | null | undefined>): string {
  const path = view === 'stories' ? '' : id ? `${view}/${encodeURIComponent(id)}` : view;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return `#/${path}${s ? `?${s}` : ''}`;
}

/** "10-40" → {start: 10, end: 40}; anything else → null. */
export function spanParam(v: string | null): { start: number; end: number } | null {
  const m = /^(\d{1,9})-(\d{1,9})$/.exec(v ?? '');
  if (!m) return null;
  const start = Number(m[1]), end = Number(m[2]);
  return end > start ? { start, end } : null;
}
