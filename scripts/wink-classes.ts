// The teacher of the word-class tagger (src/analyze/attribution/class-tagger.ts): wink-nlp's
// part-of-speech tagger reads the whole article once and each of our tokens takes the class of the wink
// token it overlaps ("claim" as a noun or a verb, "that" as a conjunction or a determiner). wink's tokens
// are substrings of the text, so every token of ours is covered (all 812,000 of PolNeAR train and dev);
// one that were not would keep class 0, unknown. Training only: analysis runs the class tagger, which
// takes our own tokens and keeps no cache between articles.
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import type { Doc } from '../src/analyze/attribution/document.ts';
import { OTHER_CLASS, WORD_CLASS } from '../src/analyze/attribution/word-classes.ts';

type Wink = ReturnType<typeof winkNLP>;

/**
 * A wink-nlp instance renewed after it has read `limit` characters: wink keeps every word it has not
 * seen before in its cache for good (about 360 bytes each), which over a long batch would grow without
 * bound. A new instance costs about 200 ms; at the default limit that is under 0.1 ms an article.
 */
export class WinkReader {
  private nlp: Wink | undefined;
  private read = 0;
  /** How many instances were made (for tests and measurement). */
  instances = 0;
  constructor(readonly limit = 10_000_000) {}
  get(chars: number): Wink {
    if (!this.nlp || this.read + chars > this.limit) {
      this.nlp = winkNLP(winkModel, ['pos']);
      this.read = 0;
      this.instances++;
    }
    this.read += chars;
    return this.nlp;
  }
}

const shared = new WinkReader();

/** Fills doc.pos with classes read in context. */
export function tagWordsInContext(doc: Doc, reader: WinkReader = shared): void {
  const { starts, ends } = doc.tokens;
  doc.pos.fill(0);
  if (doc.n === 0) return;
  const nlp = reader.get(doc.text.length);
  const its = nlp.its;
  const tokens = nlp.readDoc(doc.text).tokens();
  const values = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  let cursor = 0, i = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    // wink's tokens are substrings of the text in order; one it has rewritten is skipped, not searched for
    const at = v.length > 0 ? doc.text.indexOf(v, cursor) : -1;
    if (at < 0 || at - cursor > 64) continue;
    const end = at + v.length;
    cursor = end;
    const cls = WORD_CLASS[tags[k]!] ?? OTHER_CLASS;
    while (i < doc.n && ends[i]! <= at) i++;
    for (let j = i; j < doc.n && starts[j]! < end; j++) doc.pos[j] = cls;
  }
}
