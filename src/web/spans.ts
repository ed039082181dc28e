// Overlapping annotations over a text, cut into runs that each carry every mark covering them, so the
// reader can build one text node per run. Offsets are UTF-16 indices (end exclusive), as everywhere.
export interface Mark {
  start: number;
  end: number;
  /** Class names for the run. */
  cls: string;
  /** What the run belongs to (an attribution id, say), for hover and selection. */
  key?: string;
  /** A tooltip line. */
  tip?: string;
}

export interface Run {
  start: number;
  end: number;
  marks: Mark[];
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A boundary moved off the middle of a surrogate pair, so no run holds half a character. */
function snap(text: string, i: number): number {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i)) ? i + 1 : i;
}

export function runs(text: string, marks: readonly Mark[]): Run[] {
  const clipped = marks
    .map((m) => ({ ...m, start: snap(text, Math.max(0, Math.min(text.length, m.start))), end: snap(text, Math.max(0, Math.min(text.length, m.end))) }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of clipped) cuts.add(m.start).add(m.end);
  const sorted = [...cuts].sort((a, b) => a - b);
  // Marks sorted by start; an active list swept along the cuts keeps this near-linear for reader sizes.
  const byStart = [...clipped].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: Mark[] = [];
  const out: Run[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!, end = sorted[i + 1]!;
    active = active.filter((m) => m.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) {
      const m = byStart[next++]!;
      if (m.end > start) active.push(m);
    }
    out.push({ start, end, marks: [...active] });
  }
  return out;
}
