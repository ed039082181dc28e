// Token ranges named by their words, for the attribution tests' hand-made reports (no Node API: the
// attribution folder runs in a browser too).
import type { Doc } from './document.ts';

/** Token range of the first occurrence of `words` (at or after `from` characters) in the text. */
export function range(doc: Doc, words: string, from = 0): [number, number] {
  const at = doc.text.indexOf(words, from);
  if (at < 0) throw new Error(`no "${words}" in the text`);
  const { starts, ends } = doc.tokens;
  let a = 0;
  while (ends[a]! <= at) a++;
  let b = a;
  while (b < doc.n && starts[b]! < at + words.length) b++;
  return [a, b];
}

/** The text a token range covers. */
export const words = (doc: Doc, r: [number, number]): string => doc.text.slice(doc.tokens.starts[r[0]]!, doc.tokens.ends[r[1] - 1]!);
