// What the attribution rules share (labelled.ts, signed.ts): the form of what they find, and the
// lines of a text they read it from.
import type { Span } from '../../types.ts';

/** An attribution found by a rule: its source, cue and one content span. */
export interface RuleFind {
  source: Span;
  cue: Span;
  content: Span;
}

/** The non-empty lines of `text`, white space trimmed at both ends. */
export function* lines(text: string): Generator<Span> {
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const next = end + 1;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) yield { start, end };
    start = next;
  }
}
