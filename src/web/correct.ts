// Making corrections from the page: who is making them (kept for the browser in localStorage), posting
// one, then refreshing the view it was made from, with a notice that says what became of it.
import { api } from './api.ts';
import { h } from './dom.ts';
import { routeHref } from './route.ts';

export interface CorrectionRow {
  id: string;
  kind: 'merge-entities' | 'split-entity' | 'copy' | 'citation' | 'speaker' | 'split-claim';
  by: string;
  at: string;
  note?: string;
  withdrawnAt: string | null;
  applied: boolean;
  names?: string[];
  form?: string;
  article?: string;
  of?: string;
  outlet?: string;
  verdict?: 'confirm' | 'reject';
  offset?: number;
  speaker?: string;
  articles?: string[];
}

export type NewCorrection = { kind: CorrectionRow['kind'] } & Record<string, unknown>;

const USER_KEY = 'hearsay-user';

export function userName(): string {
  try {
    return localStorage.getItem(USER_KEY) ?? '';
  } catch {
    return '';
  }
}

function setUserName(v: string): void {
  try {
    localStorage.setItem(USER_KEY, v);
  } catch {}
}

let seq = 0;
/** "Your name": corrections record who made them. Every copy of the field on a page shares the value. */
export function whoField(): HTMLElement {
  const id = `who-${++seq}`;
  const input = h('input', { id, class: 'who-input', type: 'text', autocomplete: 'name', maxlength: 120, value: userName(), placeholder: 'e.g. Ada Byrne' });
  input.addEventListener('input', () => {
    setUserName(input.value);
    for (const other of document.querySelectorAll<HTMLInputElement>('input.who-input')) if (other !== input) other.value = input.value;
  });
  return h('p', { class: 'who' }, h('label', { for: id }, 'Corrections are made by '), input);
}

// The view to refresh after a correction (main.ts sets it), and the notice the refreshed view shows.
let refresher: () => Promise<void> = async () => {};
let notice: { text: string; error: boolean } | null = null;
let refreshing = false;
export const setRefresh = (f: () => Promise<void>): void => void (refresher = f);
/** True while the view is being drawn again after a correction (a view may keep what was picked). */
export const isRefresh = (): boolean => refreshing;

async function refresh(): Promise<void> {
  refreshing = true;
  try {
    await refresher();
  } finally {
    refreshing = false;
  }
}

/** The notice left by the last correction, once: main.ts puts it at the top of the refreshed view. */
export function takeNotice(): HTMLElement | null {
  if (!notice) return null;
  const n = notice;
  notice = null;
  const p = h('p', { class: n.error ? 'notice error' : 'notice', role: 'status', tabindex: '-1' }, n.text, ' ', location.hash.startsWith('#/corrections') ? null : h('a', { href: routeHref('corrections') }, 'All corrections'), ' ',
    h('button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss this notice', onclick: () => p.remove() }, '×'));
  return p;
}

/** A line for status and errors beside a correction's buttons. */
export const statusLine = (): HTMLElement => h('span', { class: 'fix-status small', role: 'status' });

/** Post a correction by the named user, then refresh the view. False (and a message in status) if it was refused. */
export async function makeCorrection(body: NewCorrection, status: HTMLElement): Promise<boolean> {
  const by = userName().trim();
  status.classList.remove('error');
  if (!by) {
    status.textContent = 'Type your name first: each correction records who made it.';
    status.classList.add('error');
    document.querySelector<HTMLInputElement>('input.who-input')?.focus();
    return false;
  }
  return relinking(status, 'Saving and relinking…', async () => {
    const { correction: c } = await api<{ correction: CorrectionRow }>('/api/corrections', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...body, by }) });
    return { text: `Correction ${c.id} (${describe(c)}) ${c.applied ? 'is applied.' : 'is kept, but names nothing in the coverage, so it changes nothing yet.'}`, error: !c.applied };
  });
}

/** Run a write that relinks the workspace: the status says it is under way, then the notice what came of it. */
async function relinking(status: HTMLElement, pending: string, call: () => Promise<{ text: string; error: boolean }>): Promise<boolean> {
  status.classList.remove('error');
  status.textContent = pending;
  try {
    notice = await call();
  } catch (e) {
    status.textContent = (e as Error).message;
    status.classList.add('error');
    return false;
  }
  await refresh();
  return true;
}

/** Withdraw one, then refresh. */
export async function withdrawCorrection(id: string, status: HTMLElement): Promise<boolean> {
  return relinking(status, 'Withdrawing and relinking…', async () => {
    const r = await api<{ correction: CorrectionRow }>(`/api/corrections/${encodeURIComponent(id)}/withdraw`, { method: 'POST' });
    return { text: `Correction ${r.correction.id} is withdrawn; the workspace is relinked without it.`, error: false };
  });
}

/** One correction in words. */
export function describe(c: Partial<CorrectionRow> & { kind: string }): string {
  switch (c.kind) {
    case 'merge-entities':
      return `${(c.names ?? []).slice(1).join(', ')} merged into ${c.names?.[0] ?? ''}`;
    case 'split-entity':
      return `“${c.form}” is an entity of its own`;
    case 'copy':
      return `${c.verdict === 'confirm' ? 'confirmed' : 'rejected'}: article ${c.article} copies article ${c.of}`;
    case 'citation':
      return `${c.verdict === 'confirm' ? 'confirmed' : 'rejected'}: article ${c.article} cites ${c.outlet}`;
    case 'speaker':
      return `the attribution at article ${c.article}, offset ${c.offset} is ${c.speaker}’s`;
    case 'split-claim':
      return `the claim at article ${c.article}, offset ${c.offset} is two; ${(c.articles ?? []).length > 1 ? 'articles' : 'article'} ${(c.articles ?? []).join(', ')} carry the second`;
    default:
      return c.kind;
  }
}
