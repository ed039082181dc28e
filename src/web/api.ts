// Talking to the API: the token (from the page's #token=… fragment, kept for the tab), JSON reads with
// the server's error messages, downloads, and the shapes the views read.
import type { ArticleLite, ClaimGraphInput } from './graph-layout.ts';

let token: string | null = null;

/** Takes a token from the URL fragment once (and drops it from the address bar), or the tab's stored one. */
export function initToken(): void {
  const m = /(?:^#|[&?])token=([^&]+)/.exec(location.hash);
  if (m) {
    token = decodeURIComponent(m[1]!);
    try {
      sessionStorage.setItem('hearsay-token', token);
    } catch {}
    history.replaceState(null, '', '#/');
  } else {
    try {
      token = sessionStorage.getItem('hearsay-token');
    } catch {}
  }
}

export const authHeaders = (): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {});

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(path, { ...init, headers: { ...authHeaders(), ...(init.headers as Record<string, string> | undefined) } });
  const body = res.headers.get('content-type')?.startsWith('application/json') ? await res.json() : null;
  if (!res.ok) throw new ApiError(res.status, (body && typeof body.message === 'string' && body.message) || `${res.status} ${res.statusText}`);
  return body as T;
}

/** Fetch with the token and hand the body to the browser as a file (a link cannot carry the header). */
export async function download(path: string): Promise<string> {
  const res = await fetch(path, { headers: authHeaders() });
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    throw new ApiError(res.status, body?.message ?? res.statusText);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'hearsay-export';
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

export interface Span {
  start: number;
  end: number;
  text?: string;
}

/** A story-list row, as the server builds it (type only: nothing of the server reaches the page). */
export type { StoryRow as Story } from '../server/state.ts';

export interface ClaimRow {
  id: string;
  story: string | null;
  text: string;
  appearances: number;
  independentSources: number;
  primarySources: { name: string; kind: string }[];
  firstAppearance: string | null;
  drift: string[];
  disputed: boolean;
}

export type Claim = Omit<ClaimGraphInput, 'appearances' | 'drift'> & {
  story: string | null;
  text: string;
  independentSources: number;
  firstAppearance?: string;
  appearances: (ClaimGraphInput['appearances'][number] & { span: Span })[];
  drift: { article?: string; kind: string; span: Span; source: { article?: string; span: Span }; note?: string }[];
  articles: ArticleLite[];
};

export interface Attribution {
  id: number;
  source: Span | null;
  cue: Span | null;
  content: Span[];
  kind: string;
  speaker: { name: string; key: string; kind: string; anonymous: boolean } | null;
  hedges: (Span & { class: string; certainty: number })[];
}

export interface Article {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  firstSeen: string;
  captures: string[];
  story: string | null;
  claims: { id: string; text: string; stance: string; speaker: string | null; span: Span }[];
  /** Speaker corrections in force here, with the attribution each changed (the analysis shows the corrected speaker). */
  corrections?: { id: string; kind: string; by: string; at: string; attribution: number }[];
  text: string;
  analysis: {
    meta: Record<string, { value: string }>;
    /** The outermost attributions; those nested in their content ("X reported [Y said …]") come apart. */
    attributions: Attribution[];
    nestedAttributions?: Attribution[];
    hedges: (Span & { class: string; certainty: number })[];
    citedOutlets: { name: string; key: string; via: string[]; spans: Span[] }[];
    links: (Span & { href: string })[];
  } | null;
}

export interface Capture {
  sha256: string;
  size: number;
  contentType: string | null;
  capturedAt: string;
  origin: { kind: string; path?: string; url?: string; finalUrl?: string; status?: number; line?: number };
}
