// Building the page from data without ever parsing data as HTML: every string becomes a text node or an
// attribute value, links only to http(s) or to the app's own routes, and no event-handler attributes.
export type Child = Node | string | number | null | undefined | false | readonly Child[];
export type Props = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

/** http(s) URLs, the app's hash routes and its API paths; anything else (javascript:, data:) is no link. */
export function safeHref(url: string): string | null {
  const u = url.trim();
  if (/^#\//.test(u) || /^\/api\//.test(u)) return u;
  return /^https?:\/\/[^\s]+$/i.test(u) ? u : null;
}

function setProps(e: Element, props: Props | null): void {
  for (const [k, v] of Object.entries(props ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') {
      if (!k.startsWith('on')) throw new TypeError(`${k}: a function is only an event listener (on…)`);
      e.addEventListener(k.slice(2), v);
    } else if (k.startsWith('on')) throw new TypeError(`${k}: handlers are functions, never strings`);
    else if (k === 'href') {
      const safe = safeHref(String(v));
      if (safe !== null) e.setAttribute('href', safe);
    } else e.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(e: Element, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(e, c);
    else e.append(typeof c === 'number' ? String(c) : (c as Node | string));
  }
}

/** An HTML element; strings among the children are text (Element.append makes text nodes of them). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  setProps(e, props);
  append(e, children);
  return e;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element, built the same way. */
export function svg(tag: string, props: Props | null = null, ...children: Child[]): SVGElement {
  const e = document.createElementNS(SVG_NS, tag) as SVGElement;
  setProps(e, props);
  append(e, children);
  return e;
}

export const byId = (id: string): HTMLElement => document.getElementById(id)!;

/** "2025-03-13 09:00" in UTC, or the value as given when it is no date; "undated" when absent. */
export function shortTime(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t).toISOString().slice(0, 16).replace('T', ' ');
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
