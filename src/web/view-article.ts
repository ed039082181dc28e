// #/article/5?span=10-40&claim=17: the extracted text with attributions highlighted by kind (one text
// node per run, never HTML), a panel that explains the attribution under the pointer or picked from the
// list (source → cue → content, entity, hedges, stance), cited outlets, links, and the original capture.
import { api, authHeaders, download, type Article, type Attribution, type Capture } from './api.ts';
import { h, plural, safeHref, shortTime, type Child } from './dom.ts';
import { isRefresh, makeCorrection, statusLine, whoField } from './correct.ts';
import { routeHref, spanParam } from './route.ts';
import { runs, type Mark } from './spans.ts';

let onSelection: (() => void) | null = null;
let listening = false;
function listenToSelection(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('selectionchange', () => onSelection?.());
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Every attribution of the article: the outermost and those nested in their content. */
const attributionsOf = (a: Article): Attribution[] => [...(a.analysis?.attributions ?? []), ...(a.analysis?.nestedAttributions ?? [])];

function marksOf(a: Article, target: { start: number; end: number } | null): Mark[] {
  const marks: Mark[] = [];
  for (const x of attributionsOf(a)) {
    const key = `a${x.id}`;
    const who = x.speaker?.name ?? x.source?.text ?? 'unknown source';
    for (const c of x.content) marks.push({ ...c, cls: `content k-${x.kind}`, key, tip: `${x.kind} attribution to ${who}` });
    if (x.source) marks.push({ ...x.source, cls: 'src', key, tip: `source: ${who}` });
    if (x.cue) marks.push({ ...x.cue, cls: 'cue', key, tip: `cue: ${x.cue.text ?? ''}` });
  }
  for (const hd of a.analysis?.hedges ?? []) marks.push({ ...hd, cls: `hedge hedge-${hd.class}`, tip: `${hd.class}, certainty ${hd.certainty}` });
  for (const o of a.analysis?.citedOutlets ?? []) for (const s of o.spans) marks.push({ ...s, cls: 'outlet', tip: `cites ${o.name}` });
  if (target) marks.push({ ...target, cls: 'target', tip: 'the claim you followed' });
  return marks;
}

const KINDS = ['person', 'organization', 'group', 'outlet', 'place', 'unknown'];

/** "Someone else said this": a new speaker for the picked attribution, anchored at its source (else cue, else content). */
function speakerForm(a: Article, x: Attribution): HTMLElement {
  const at = x.source?.start ?? x.cue?.start ?? x.content[0]?.start;
  const name = h('input', { id: 'new-speaker', type: 'text', placeholder: x.speaker?.name ?? 'who said it' });
  const kind = h('select', { id: 'new-speaker-kind' }, KINDS.map((k) => h('option', { value: k, selected: k === (x.speaker?.kind ?? 'person') }, k)));
  const anon = h('input', { id: 'new-speaker-anon', type: 'checkbox' });
  const status = statusLine();
  return h('details', { class: 'speaker-fix' },
    h('summary', null, 'Wrong speaker? Change it'),
    whoField(),
    h('div', { class: 'inline-form' }, h('label', { for: 'new-speaker' }, 'Said by'), name),
    h('div', { class: 'inline-form' }, h('label', { for: 'new-speaker-kind' }, 'Kind'), kind, h('label', null, anon, ' anonymous')),
    h('div', { class: 'buttons' }, h('button', { type: 'button', disabled: at === undefined, onclick: () => {
      if (!name.value.trim()) {
        status.textContent = 'Type who said it.';
        status.classList.add('error');
        return;
      }
      void makeCorrection({ kind: 'speaker', article: a.id, offset: at!, speaker: name.value.trim(), speakerKind: kind.value, ...(anon.checked ? { anonymous: true } : {}) }, status);
    } }, 'Change the speaker'), status));
}

/** Confirm / Reject that this article cites an outlet. */
function citationButtons(a: Article, outlet: string): HTMLElement {
  const status = statusLine();
  const post = (verdict: 'confirm' | 'reject') => void makeCorrection({ kind: 'citation', article: a.id, outlet, verdict }, status);
  return h('span', { class: 'verdict' },
    h('button', { type: 'button', 'aria-label': `Confirm that this article cites ${outlet}`, onclick: () => post('confirm') }, 'Confirm'),
    h('button', { type: 'button', class: 'reject', 'aria-label': `Reject: this article does not cite ${outlet}`, onclick: () => post('reject') }, 'Reject'),
    status);
}

/** A citation the analysis missed: the user names the outlet; with "Corrections are made by" for the buttons above it. */
function otherCitation(a: Article): HTMLElement {
  const outlet = h('input', { id: 'cites-other', type: 'text', placeholder: 'outlet name' });
  const status = statusLine();
  return h('details', { class: 'speaker-fix' }, h('summary', null, 'Correct the cited outlets'),
    whoField(),
    h('p', { class: 'muted small' }, 'Confirm or Reject beside an outlet says whether this article takes its information from it. One missing?'),
    h('div', { class: 'inline-form' }, h('label', { for: 'cites-other' }, 'It cites'), outlet,
      h('button', { type: 'button', onclick: () => void makeCorrection({ kind: 'citation', article: a.id, outlet: outlet.value.trim(), verdict: 'confirm' }, status) }, 'Confirm'), status));
}

const fixOf = (a: Article, x: Attribution) => (a.corrections ?? []).filter((k) => k.attribution === x.id).at(-1);

/** The attribution picked last, kept when the view is drawn again after a correction. */
let picked: { article: string; key: string } | null = null;

function detail(a: Article, x: Attribution): Node[] {
  const stances = (a.claims ?? []).filter((c) => x.content.some((s) => overlaps(s, c.span)));
  const fix = fixOf(a, x);
  return [
    h('h3', null, `${x.kind} attribution`),
    h('ol', { class: 'chain' },
      h('li', null, h('span', { class: 'label' }, 'source'), x.source?.text ?? '—'),
      h('li', null, h('span', { class: 'label' }, 'cue'), x.cue?.text ?? '—'),
      h('li', null, h('span', { class: 'label' }, 'content'), x.content.map((c) => c.text ?? '').join(' … ') || '—')),
    h('dl', null,
      h('dt', null, 'entity'), h('dd', null, x.speaker ? `${x.speaker.name} (${x.speaker.kind}${x.speaker.anonymous ? ', anonymous' : ''})` : 'not resolved',
        fix ? h('div', { class: 'corrected small' }, `corrected by ${fix.by}, ${shortTime(fix.at)} UTC · `, h('a', { href: routeHref('corrections') }, fix.id)) : null),
      h('dt', null, 'hedges'), h('dd', null, x.hedges.length ? x.hedges.map((hd) => `“${hd.text ?? ''}” ${hd.class} ${hd.certainty}`).join('; ') : 'none'),
      h('dt', null, 'stance'), h('dd', null, stances.length ? stances.map((c) => h('div', null, `${c.stance} · `, h('a', { href: routeHref('claim', c.id) }, `claim ${c.id}`))) : 'in no traced claim')),
    speakerForm(a, x),
  ];
}

async function captureBox(sha: string): Promise<Node> {
  const cap = await api<Capture>(`/api/captures/${sha}`);
  const o = cap.origin;
  const origin = o.kind === 'url' ? `fetched from ${o.url}${o.finalUrl && o.finalUrl !== o.url ? ` (→ ${o.finalUrl})` : ''}, HTTP ${o.status}` : o.kind === 'jsonl' ? `line ${o.line} of ${o.path}` : o.kind === 'file' ? `file ${o.path}` : o.kind;
  const pre = h('pre', { class: 'original', hidden: true });
  const show = h('button', { type: 'button', onclick: async () => {
    const res = await fetch(`/api/captures/${sha}/raw`, { headers: authHeaders() });
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 200_000));
    pre.textContent = text + (bytes.length > 200_000 ? `\n… (${bytes.length - 200_000} more bytes)` : '');
    pre.hidden = false;
  } }, 'Show the original as text');
  return h('div', { class: 'capture' },
    h('dl', null,
      h('dt', null, 'SHA-256'), h('dd', { class: 'hash' }, cap.sha256),
      h('dt', null, 'captured'), h('dd', null, shortTime(cap.capturedAt)),
      h('dt', null, 'arrived'), h('dd', null, origin),
      h('dt', null, 'bytes'), h('dd', null, `${cap.size}${cap.contentType ? ` · ${cap.contentType}` : ''}`)),
    h('div', { class: 'buttons' }, show, h('button', { type: 'button', onclick: () => download(`/api/captures/${sha}/raw`) }, 'Download')),
    pre);
}

export async function articleView(id: string, query: URLSearchParams): Promise<Child[]> {
  const a = await api<Article>(`/api/articles/${id}`);
  listenToSelection();
  const target = spanParam(query.get('span'));
  const claimId = query.get('claim');
  const text = h('div', { class: 'article-text', lang: 'en' });
  const panel = h('div', { class: 'explain', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Point at or pick an attribution to see its source, cue and content.'));
  const attrs = new Map(attributionsOf(a).map((x) => [`a${x.id}`, x]));
  let active: string | null = null;
  const select = (key: string | null, scroll = false) => {
    if (key === active) return;
    for (const e of text.querySelectorAll('.active')) e.classList.remove('active');
    active = key;
    const x = key ? attrs.get(key) : undefined;
    if (!x || !key) return;
    picked = { article: a.id, key };
    const parts = text.querySelectorAll(`[data-key="${key}"]`);
    for (const e of parts) e.classList.add('active');
    panel.replaceChildren(...detail(a, x));
    if (scroll) parts[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  let targetEl: HTMLElement | null = null;
  for (const r of runs(a.text, marksOf(a, target))) {
    const piece = a.text.slice(r.start, r.end);
    if (!r.marks.length) {
      text.append(document.createTextNode(piece));
      continue;
    }
    const key = r.marks.find((m) => m.key)?.key;
    const el = h('span', { class: [...new Set(r.marks.flatMap((m) => m.cls.split(' ')))].join(' '), title: r.marks.map((m) => m.tip).filter(Boolean).join('\n'), 'data-key': key ?? null }, piece);
    if (r.marks.some((m) => m.cls === 'target')) targetEl ??= el;
    text.append(el);
  }
  text.addEventListener('mouseover', (e) => {
    // Pointing elsewhere must not swap the panel while someone is correcting the speaker in it.
    if (panel.contains(document.activeElement) || panel.querySelector('details[open]')) return;
    const key = (e.target as HTMLElement).closest?.('[data-key]')?.getAttribute('data-key');
    if (key) select(key);
  });
  text.addEventListener('click', (e) => {
    const key = (e.target as HTMLElement).closest?.('[data-key]')?.getAttribute('data-key');
    if (key) select(key);
  });
  // A text selection inside an attribution explains it too (one listener for the page, this view's).
  onSelection = () => {
    const node = document.getSelection()?.anchorNode;
    const el = node instanceof Element ? node : node?.parentElement;
    if (el && text.contains(el)) {
      const key = el.closest('[data-key]')?.getAttribute('data-key');
      if (key) select(key);
    }
  };

  const list = [...attrs.entries()].map(([key, x]) =>
    h('li', null, h('button', { type: 'button', class: `attr k-${x.kind}`, onclick: () => select(key, true), onfocus: () => select(key) },
      h('span', { class: 'strong' }, x.speaker?.name ?? x.source?.text ?? 'unknown'), fixOf(a, x) ? h('span', { class: 'badge ok small' }, 'corrected') : null, ` ${x.cue?.text ?? '—'} `, h('span', { class: 'muted' }, `“${(x.content[0]?.text ?? '').slice(0, 60)}${(x.content[0]?.text ?? '').length > 60 ? '…' : ''}”`))));
  const meta = a.analysis?.meta ?? {};
  const cited = a.analysis?.citedOutlets ?? [];
  const links = a.analysis?.links ?? [];
  const captureHolder = h('div');
  const captures = a.captures.map((sha) => h('button', { type: 'button', class: 'capture-button', onclick: async () => {
    try {
      captureHolder.replaceChildren(await captureBox(sha));
    } catch (e) {
      captureHolder.replaceChildren(h('p', { class: 'error' }, (e as Error).message));
    }
  } }, `Original capture ${sha.slice(0, 12)}…`));
  // The workspace keeps URLs normalised (no scheme); the page's own canonical URL is the one to follow.
  const url = safeHref(meta.canonicalUrl?.value ?? '') ?? (a.url ? safeHref(a.url) : null);

  if (targetEl) requestAnimationFrame(() => targetEl!.scrollIntoView({ block: 'center' }));
  // After a correction made here, the same attribution stays picked, showing what became of it.
  if (isRefresh() && picked?.article === a.id && attrs.has(picked.key)) select(picked.key);
  else picked = null;
  return [
    h('p', { class: 'crumbs' }, h('a', { href: routeHref('stories') }, 'Stories'), a.story ? [' › ', h('a', { href: routeHref('story', a.story) }, `story ${a.story}`)] : null, claimId ? [' › ', h('a', { href: routeHref('claim', claimId) }, `claim ${claimId}`)] : null, ` › article ${a.id}`),
    h('div', { class: 'reader' },
      h('article', { class: 'reader-main' },
        h('h1', { tabindex: '-1' }, a.title ?? `Article ${a.id}`),
        h('p', { class: 'byline' }, [a.outlet, meta.byline?.value ? `by ${meta.byline.value}` : null, shortTime(a.published)].filter(Boolean).join(' · ')),
        a.url || url ? h('p', { class: 'small' }, url ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, url) : a.url) : null,
        h('ul', { class: 'legend' }, ['direct', 'indirect', 'mixed', 'according-to', 'outlet-report'].map((k) => h('li', null, h('span', { class: `key k-${k} content` }), k)), h('li', null, h('span', { class: 'key src' }), 'source'), h('li', null, h('span', { class: 'key cue' }), 'cue'), h('li', null, h('span', { class: 'key hedge' }), 'hedge')),
        text),
      h('aside', { class: 'reader-side' },
        h('section', { class: 'explain-box' }, h('h2', null, 'Attribution'), panel),
        h('section', null, h('h2', null, `Attributions (${list.length})`), list.length ? h('ul', { class: 'attr-list' }, list) : h('p', { class: 'muted' }, 'none found')),
        a.claims.length ? h('section', null, h('h2', null, 'Claims here'), h('ul', null, [...new Map(a.claims.map((c) => [c.id, c])).values()].map((c) => h('li', null, h('a', { href: routeHref('article', a.id, { span: `${c.span.start}-${c.span.end}`, claim: c.id }) }, c.text), h('span', { class: 'muted' }, ` · ${c.stance} · `), h('a', { href: routeHref('claim', c.id) }, 'provenance'))))) : null,
        h('section', null, h('h2', null, 'Cited outlets'), cited.length ? h('ul', { class: 'fix-list' }, cited.map((o) => h('li', null, o.name, h('span', { class: 'muted' }, ` · ${o.via.join(', ')} · ${plural(o.spans.length, 'mention')} `), citationButtons(a, o.name)))) : h('p', { class: 'muted' }, 'none'), otherCitation(a)),
        h('section', null, h('h2', null, 'Links'), links.length ? h('ul', { class: 'links' }, links.map((l) => {
          const href = safeHref(l.href);
          return h('li', null, href ? h('a', { href, rel: 'noopener noreferrer', target: '_blank' }, l.text || l.href) : `${l.text ?? ''} (${l.href})`);
        })) : h('p', { class: 'muted' }, 'none')),
        h('section', null, h('h2', null, 'Original'), h('p', { class: 'muted small' }, `first seen ${shortTime(a.firstSeen)}`), h('div', { class: 'buttons' }, captures), captureHolder))),
  ];
}
