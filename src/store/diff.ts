// Word-level difference between two versions of an article (stealth edits): Myers' O(ND) diff over
// word and punctuation tokens, whitespace ignored, reported as changed spans in both texts.
import type { Span } from '../types.ts';
import type { DiffChange } from './types.ts';

const TOKEN = /[\p{L}\p{N}\p{M}_'’-]+|[^\s\p{L}\p{N}\p{M}]/gu;

interface Token { text: string; start: number; end: number }

export function tokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

type Op = 0 | 1 | 2; // equal, delete (from a), insert (from b)

/** The edit script from a to b, or null when it needs more than maxD edits. */
function myers(a: string[], b: string[], maxD: number): Op[] | null {
  const n = a.length, m = b.length, max = Math.min(n + m, maxD), off = max + 1;
  const trace: Int32Array[] = [];
  const v = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) x++, y++;
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a.length, b.length, off, d);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number, off: number, dEnd: number): Op[] {
  const ops: Op[] = [];
  let x = n, y = m;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!);
    const pk = down ? k + 1 : k - 1;
    const px = v[off + pk]!, py = px - pk;
    while (x > px + (down ? 0 : 1) && y > py + (down ? 1 : 0)) ops.push(0), x--, y--;
    ops.push(down ? 2 : 1);
    if (down) y--;
    else x--;
  }
  while (x > 0 && y > 0) ops.push(0), x--, y--;
  return ops.reverse();
}

/** Changed regions from a to b. Above maxEdits token edits the middle is reported as one replacement. */
export function wordDiff(a: string, b: string, maxEdits = 20000): DiffChange[] {
  const ta = tokens(a), tb = tokens(b);
  // Trim the common head and tail first: versions usually differ in a few places.
  let head = 0;
  while (head < ta.length && head < tb.length && ta[head]!.text === tb[head]!.text) head++;
  let tail = 0;
  while (tail < ta.length - head && tail < tb.length - head && ta[ta.length - 1 - tail]!.text === tb[tb.length - 1 - tail]!.text) tail++;
  const ma = ta.slice(head, ta.length - tail), mb = tb.slice(head, tb.length - tail);
  if (ma.length === 0 && mb.length === 0) return [];
  const ops = myers(ma.map((t) => t.text), mb.map((t) => t.text), maxEdits) ?? [...ma.map((): Op => 1), ...mb.map((): Op => 2)];
  // Where an empty side sits: just after the previous token on that side.
  const at = (ts: Token[], all: Token[], i: number, base: number): number => {
    const t = i > 0 ? ts[i - 1] : all[base - 1];
    return t ? t.end : 0;
  };
  const changes: DiffChange[] = [];
  let i = 0, j = 0, p = 0;
  while (p < ops.length) {
    if (ops[p] === 0) {
      i++, j++, p++;
      continue;
    }
    const i0 = i, j0 = j;
    while (p < ops.length && ops[p] !== 0) {
      if (ops[p] === 1) i++;
      else j++;
      p++;
    }
    const sa: Span = i > i0 ? { start: ma[i0]!.start, end: ma[i - 1]!.end } : { start: at(ma, ta, i0, head), end: at(ma, ta, i0, head) };
    const sb: Span = j > j0 ? { start: mb[j0]!.start, end: mb[j - 1]!.end } : { start: at(mb, tb, j0, head), end: at(mb, tb, j0, head) };
    changes.push({ kind: i === i0 ? 'insert' : j === j0 ? 'delete' : 'replace', a: sa, b: sb });
  }
  return changes;
}
