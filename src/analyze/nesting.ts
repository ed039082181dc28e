// Nesting: "X reported [Y said [Z]]". An attribution whose cue (else source, else first content span)
// lies inside another's content is nested in the smallest such one. PolNeAR annotates only the outermost
// attribution: its content holds the reports nested in it, and no annotated cue ever lies inside another
// attribution's content (0 of 19,831 in its training split). So the outermost are the article's
// attributions, and nested ones are listed beneath them (output/json.ts), not beside them. Nor do two
// annotated contents share words (18 of 23,284 spans): a fragment of one content that overlaps another
// attribution's content is that other's, and `ownContent` leaves it out. And a find inside another's
// content is a nested report only when its cue is a word of saying or thinking: "… after the operator
// opened its floodgates, according to the minister" reports the operator's act, not its words.
import type { Span } from '../types.ts';
import { reportClass } from './attribution/lexical.ts';

interface Nestable {
  source: Span | null;
  cue: Span | null;
  content: Span[];
  /** Set when a rule, not the tagger, found it (its cue is a colon or a dash). */
  rule?: string;
}

const extent = (spans: Span[]): number => spans.reduce((n, s) => n + s.end - s.start, 0);

/** For each item, the index of the item it is nested in, or null for an outermost one. */
export function nestingParents(items: Nestable[]): Array<number | null> {
  const size = items.map((x) => extent(x.content));
  const anchors = items.map((a) => a.cue ?? a.source ?? a.content[0] ?? null);
  // the larger content, ties broken by position
  const isLarger = (j: number, i: number): boolean => size[j]! > size[i]! || (size[j] === size[i] && j < i);
  const holds = (j: number, i: number): boolean => {
    const anchor = anchors[i];
    return anchor !== null && items[j]!.content.some((c) => c.start <= anchor.start && anchor.end <= c.end);
  };
  const parents = items.map((_, i) => {
    let best: number | null = null;
    items.forEach((_, j) => {
      if (j === i || !holds(j, i)) return;
      // A report may run on past its container's end ("according to the post, […, and the mayor told
      // a meeting]: “…”"), so size decides only when two contents hold each other's cues.
      if (holds(i, j) && !isLarger(j, i)) return;
      if (best === null || size[j]! < size[best]!) best = j;
    });
    return best;
  });
  // three or more contents holding one another's cues in a ring: the ring's largest content is outermost
  for (let i = 0; i < parents.length; i++) {
    for (let ring = ringAbove(parents, i); ring; ring = ringAbove(parents, i)) parents[ring.reduce((a, b) => (isLarger(b, a) ? b : a))] = null;
  }
  return parents;
}

/** The ring of parents that following parents up from item `i` runs into, or null when it ends. */
function ringAbove(parents: Array<number | null>, i: number): number[] | null {
  const seen = new Set<number>();
  let k: number | null = i;
  while (k !== null && !seen.has(k)) { seen.add(k); k = parents[k]!; }
  if (k === null) return null;
  const ring = [k];
  for (let m = parents[k]!; m !== null && m !== k; m = parents[m]!) ring.push(m);
  return ring;
}

/**
 * Each item's content without the fragments it shares with another outermost item's content, when it
 * has other fragments to keep ("says [she respects him] … argues [that he can't deliver]": the second
 * fragment the tagger gave both is the nearer cue's). Nested items keep theirs: they lie in their parent.
 */
export function ownContent(items: Nestable[], parents: Array<number | null>): Span[][] {
  return items.map((a, i) => {
    if (parents[i] !== null || a.content.length < 2) return a.content;
    const keep = a.content.filter((c) => !items.some((b, j) => j !== i && parents[j] === null && b.content.some((d) => c.start < d.end && d.start < c.end)));
    return keep.length > 0 ? keep : a.content;
  });
}

/** Whether a cue holds a reporting, writing or belief word (the closed list the cue tagger also reads). */
export function saysOrThinks(cue: string): boolean {
  return cue.toLowerCase().replace(/’/g, "'").split(/[^\p{L}']+/u).some((w) => reportClass(w) > 0);
}

// The words that join two reports ("X said A, and Y said B"): what stands just before the second's source.
const JOINER = String.raw`[,;]|\band\b|\bbut\b`;
const JOINED = new RegExp(`(?:${JOINER})\\s*$`);
const JOINED_TAIL = new RegExp(`(?:\\s|${JOINER})+$`);

/**
 * "X said A, and Y said B": a report with its own source, joined by a conjunction after another's cue,
 * ends that other's content (which the tagger sometimes runs on over it), instead of nesting in it. Only
 * the fragment it falls in is cut, before the conjunction; what followed that fragment is dropped too.
 * Returns `items` itself when nothing was cut.
 */
export function endAtJoinedReports<T extends Nestable>(text: string, items: T[], parents = nestingParents(items)): T[] {
  let out = items;
  parents.forEach((p, i) => {
    if (p === null) return;
    const child = items[i]!, parent = out[p]!;
    if (!parent.cue || !child.cue || !child.source || child.rule || parent.rule) return;
    const start = Math.min(child.source.start, child.cue.start);
    if (start <= parent.cue.end || !JOINED.test(text.slice(Math.max(0, start - 12), start))) return;
    // its own words follow it ("…, but she added that …"); a report the tagger gave words before it keeps nesting
    if (child.content.some((c) => c.start < start)) return;
    const k = parent.content.findIndex((c) => c.start < start && start < c.end);
    if (k < 0) return;
    const from = parent.content[k]!.start;
    const end = from + text.slice(from, start).replace(JOINED_TAIL, '').length;
    if (end <= from) return;
    if (out === items) out = items.slice();
    out[p] = { ...parent, content: [...parent.content.slice(0, k), { start: from, end }] };
  });
  return out;
}

/**
 * Nesting and content together: each outermost content keeps its own fragments, a find nested in
 * another's content stays only as a report (`saysOrThinks`), and the parents are read from what remains.
 */
export function nestAttributions<T extends Nestable>(text: string, items: T[]): { items: T[]; parents: Array<number | null> } {
  let parents = nestingParents(items);
  const joined = endAtJoinedReports(text, items, parents);
  if (joined !== items) (items = joined), (parents = nestingParents(items));
  const content = ownContent(items, parents);
  const out = items
    .map((x, i) => (content[i] === x.content ? x : { ...x, content: content[i]! }))
    .filter((x, i) => parents[i] === null || x.rule !== undefined || !x.cue || saysOrThinks(text.slice(x.cue.start, x.cue.end)));
  return { items: out, parents: nestingParents(out) };
}
