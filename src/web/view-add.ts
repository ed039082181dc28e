// #/add: drop files (HTML, text, JSONL, WARC/WACZ, feeds) or paste URLs. Files go up one at a time as
// raw bytes (?name=…&link=later) with their upload progress, then one link for the lot.
import { api, ApiError, authHeaders } from './api.ts';
import { h, plural, type Child } from './dom.ts';
import { routeHref } from './route.ts';

interface Answer {
  tally: Record<string, number>;
  articles: string[];
  errors: string[];
  stories: number | null;
  claims: number | null;
}

export const ACCEPT = '.html,.htm,.xhtml,.txt,.text,.md,.jsonl,.ndjson,.xml,.rss,.atom,.warc,.gz,.wacz';

/** POST one file, reporting upload progress (fetch cannot), and resolve with the server's answer. */
function upload(file: File, onProgress: (fraction: number) => void): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/ingest?name=${encodeURIComponent(file.name)}&link=later`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: any = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {}
      if (xhr.status === 200 && body) resolve(body as Answer);
      else reject(new ApiError(xhr.status, body?.message ?? `HTTP ${xhr.status}`));
    };
    xhr.onerror = () => reject(new ApiError(0, 'the upload failed (connection)'));
    xhr.send(file);
  });
}

const tallyText = (a: Answer) => `${plural(a.tally.new ?? 0, 'new article')}${a.tally.newVersion ? `, ${a.tally.newVersion} new versions` : ''}${a.tally.same ? `, ${a.tally.same} already here` : ''}${a.tally.failed ? `, ${a.tally.failed} failed` : ''}`;

export async function addView(): Promise<Child[]> {
  const log = h('ol', { class: 'progress', 'aria-live': 'polite' });
  const added: string[] = [];
  const summary = h('div', { role: 'status' });
  let busy = false;

  const line = (label: string) => {
    const status = h('span', { class: 'muted' }, 'waiting');
    const bar = h('progress', { max: '1', value: '0' });
    const li = h('li', null, h('span', { class: 'strong' }, label), ' ', bar, ' ', status);
    log.append(li);
    return { status, bar, li };
  };
  const finish = async () => {
    summary.replaceChildren(h('p', null, 'Linking stories and claims…'));
    const r = await api<{ stories: number; claims: number }>('/api/link', { method: 'POST' });
    summary.replaceChildren(h('p', null, `Done: ${plural(added.length, 'article')} added; the workspace now has ${plural(r.stories, 'story', 'stories')} and ${plural(r.claims, 'claim')}. `, h('a', { href: routeHref('stories') }, 'See the stories')),
      ...(added.length ? [h('ul', { class: 'added' }, added.slice(0, 50).map((id) => h('li', null, h('a', { href: routeHref('article', id) }, `article ${id}`))))] : []));
  };
  const run = async (jobs: { label: string; send: (p: (f: number) => void) => Promise<Answer> }[]) => {
    if (busy || !jobs.length) return;
    busy = true;
    const lines = jobs.map((j) => line(j.label));
    for (const [i, job] of jobs.entries()) {
      const { status, bar, li } = lines[i]!;
      status.textContent = 'uploading';
      try {
        // Upload progress from the request; then what the server has stored so far, asked twice a second.
        let polling: ReturnType<typeof setInterval> | undefined;
        const a = await job.send((f) => {
          bar.value = f;
          if (f < 1 || polling) return;
          status.textContent = 'reading and analysing…';
          polling = setInterval(async () => {
            const p = await api<{ running: boolean; tally: Record<string, number> | null }>('/api/ingest/progress').catch(() => null);
            if (p?.running && p.tally) status.textContent = `reading and analysing… ${plural(p.tally.new + p.tally.newVersion + p.tally.same, 'article')} so far`;
          }, 500);
        }).finally(() => clearInterval(polling));
        bar.value = 1;
        added.push(...a.articles);
        status.textContent = tallyText(a);
        li.classList.add(a.tally.failed ? 'partial' : 'ok');
        for (const e of a.errors.slice(0, 5)) li.append(h('div', { class: 'error small' }, e));
      } catch (e) {
        status.textContent = `refused: ${(e as Error).message}`;
        li.classList.add('failed');
      }
    }
    try {
      await finish();
    } catch (e) {
      summary.replaceChildren(h('p', { class: 'error' }, `Linking failed: ${(e as Error).message}`));
    }
    busy = false;
  };

  const files = (list: FileList | null) => run([...(list ?? [])].map((f) => ({ label: `${f.name} (${Math.ceil(f.size / 1024)} KiB)`, send: (p) => upload(f, p) })));
  const input = h('input', { type: 'file', multiple: true, accept: ACCEPT, id: 'file-input', class: 'visually-hidden', onchange: () => files(input.files) });
  const zone: HTMLLabelElement = h('label', { for: 'file-input', class: 'dropzone', tabindex: '0',
    onkeydown: (e: Event) => ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') && (e.preventDefault(), input.click()),
    ondragover: (e: Event) => (e.preventDefault(), zone.classList.add('over')),
    ondragleave: () => zone.classList.remove('over'),
    ondrop: (e: Event) => {
      e.preventDefault();
      zone.classList.remove('over');
      files((e as DragEvent).dataTransfer?.files ?? null);
    } },
    h('strong', null, 'Drop files here'), ' or press Enter to choose them', h('div', { class: 'muted small' }, 'HTML, text, JSONL, WARC / WACZ, RSS / Atom feeds'));

  const urls = h('textarea', { id: 'urls', rows: '4', placeholder: 'https://example.org/news/story\none URL a line', 'aria-label': 'URLs, one a line' });
  const fetchUrls = (e: Event) => {
    e.preventDefault();
    const list = urls.value.split(/\s+/).map((u) => u.trim()).filter(Boolean);
    if (!list.length) return;
    void run([{ label: plural(list.length, 'URL'), send: async (p) => {
      p(1);
      return api<Answer>('/api/ingest?link=later', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ urls: list }) });
    } }]);
  };
  return [
    h('h1', { tabindex: '-1' }, 'Add coverage'),
    h('section', null, input, zone),
    h('form', { class: 'urls', onsubmit: fetchUrls }, h('label', { for: 'urls' }, 'Or paste URLs'), urls, h('button', { type: 'submit' }, 'Fetch and add')),
    log,
    summary,
  ];
}
