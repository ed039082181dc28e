// The page's script, as text. Every piece of data goes into the page through textContent, never HTML.
export const PAGE_SCRIPT = `
'use strict';
const token = new URLSearchParams(location.hash.slice(1)).get('token');
const $ = (id) => document.getElementById(id);
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}
async function api(path) {
  const res = await fetch(path, { headers: token ? { Authorization: 'Bearer ' + token } : {} });
  const body = await res.json();
  if (!res.ok) throw new Error(body.message || res.statusText);
  return body;
}
function show(id, ...nodes) { $(id).replaceChildren(...nodes); }
function failed(id, e) { show(id, el('p', 'Error: ' + e.message, 'error')); }
function row(cells, onclick) {
  const tr = el('tr');
  for (const c of cells) tr.append(el('td', c));
  if (onclick) { tr.tabIndex = 0; tr.className = 'pick'; tr.addEventListener('click', onclick); tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') onclick(); }); }
  return tr;
}
function table(head, rows) {
  const t = el('table'), h = el('tr');
  for (const c of head) h.append(el('th', c));
  t.append(h, ...rows);
  return t;
}
async function stories() {
  try {
    const { stories } = await api('/api/stories');
    show('stories', table(['story', 'articles', 'outlets', 'first', 'terms'],
      stories.map((s) => row([s.id, s.articleCount, s.outlets.join(', '), (s.first || '').slice(0, 10), s.terms.join(', ')], () => claims(s.id)))));
  } catch (e) { failed('stories', e); }
}
async function claims(story) {
  show('claim');
  try {
    const { claims } = await api('/api/claims?story=' + encodeURIComponent(story));
    show('claims', el('h2', 'Claims of story ' + story), table(['claim', 'statement', 'articles', 'independent', 'drift'],
      claims.map((c) => row([c.id, c.text, c.appearances, c.independentSources, c.drift.join(', ')], () => claim(c.id)))));
  } catch (e) { failed('claims', e); }
}
async function claim(id) {
  try {
    const c = await api('/api/claims/' + encodeURIComponent(id));
    const names = new Map(c.articles.map((a) => [a.id, (a.outlet || 'article ' + a.id) + (a.title ? ' · ' + a.title : '')]));
    const list = el('ol');
    for (const a of c.appearances) {
      const li = el('li');
      li.append(el('div', names.get(a.article) || 'article ' + a.article, 'who'),
        el('blockquote', a.span.text),
        el('div', a.stance + (a.speaker ? ' · said by ' + a.speaker : '') + (a.from ? ' · from article ' + a.from.article + ' (' + a.from.rule + ')' : ''), 'meta'));
      list.append(li);
    }
    const drift = el('ul');
    for (const d of c.drift) drift.append(el('li', d.kind + ': "' + d.source.span.text + '" became "' + d.span.text + '" (article ' + d.article + ')'));
    show('claim', el('h2', 'Claim ' + c.id), el('p', c.text, 'statement'),
      el('p', c.independentSources + ' independent · primary: ' + (c.primarySources.map((p) => p.name).join(', ') || 'unknown') + ' · first in article ' + c.firstAppearance, 'meta'),
      list, ...(c.drift.length ? [el('h3', 'Drift'), drift] : []));
  } catch (e) { failed('claim', e); }
}
stories();
`;

export const PAGE_STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem auto; max-width: 70rem; padding: 0 1rem; color: #222; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
tr.pick { cursor: pointer; } tr.pick:hover, tr.pick:focus { background: #eef3ff; }
blockquote { margin: .2rem 0 .2rem 1rem; padding-left: .6rem; border-left: 3px solid #99a; white-space: pre-wrap; }
.meta, .who { color: #555; font-size: .9em; } .error { color: #a00; } .statement { font-weight: 600; }
`;
