// Where a claim's statement is read from: the sentence (or sentences) of the article that hold its
// content. A unit's context runs from its source to the end of its content, and when the speaker was
// named a sentence earlier ("…,” he tweeted. “I get used to it…”) that context starts with another
// statement, which then stood as the claim's text.
import type { Span } from '../types.ts';

// A sentence ends at . ! ? … (closing quotes and brackets included) before a capital, digit or an
// opening quote; "Mr." and initials do not end one.
const END = /[.!?…]+["”’'»)\]]*\s+(?=["“‘'«(\[]?[\p{Lu}\d])/gu;
const NOT_AN_END = /(?:^|[\s(“"'‘])(?:\p{Lu}|Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Rev|Hon|No|Vol|vs|etc|Inc|Corp|Co|Ltd|U\.S|U\.K)\.$/u;

/** The sentences of `context` (a span of `text`) that `span` lies in. */
export function sentencesHolding(text: string, context: Span, span: Span): Span {
  let start = context.start, end = context.end;
  const slice = text.slice(context.start, context.end);
  END.lastIndex = 0;
  for (let m = END.exec(slice); m; m = END.exec(slice)) {
    const punct = m[0].trimEnd();
    const before = slice.slice(Math.max(0, m.index - 12), m.index + 1);
    if (punct === '.' && NOT_AN_END.test(before)) continue;
    const sentenceEnd = context.start + m.index + punct.length, next = context.start + m.index + m[0].length;
    if (next <= span.start) start = next;
    else if (sentenceEnd >= span.end) { end = sentenceEnd; break; }
  }
  return { start, end };
}
