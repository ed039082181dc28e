// Search queries a reader might type, each one different, for measuring search that no cache answers.
// They are taken from the coverage itself: a name or a word from a headline, two or three headline
// words, a phrase or two words from a sentence of the text, a word's first letters as a prefix, two
// words joined by OR. Common words are kept (a reader does search "collapse"); function words are not.
import { rng as makeRng } from './synth/rng.ts';

const STOP = new Set(
  'a an and are as at be been but by for from had has have he her his in is it its of on or our she so than that the their them then there these they this to was we were which who will with would not no updated'.split(' '),
);

const wordsOf = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w.toLowerCase()));

/**
 * An endless run of distinct queries (compared case-insensitively, and never one of `avoid`) built from
 * headlines and texts; the same inputs and seed give the same run.
 */
export function* searchQueries(titles: readonly string[], texts: readonly string[], opts: { seed?: number; avoid?: Iterable<string> } = {}): Generator<string> {
  const r = makeRng(opts.seed ?? 7);
  const seen = new Set([...(opts.avoid ?? [])].map((q) => q.toLowerCase()));
  const titleWords = titles.map(wordsOf).filter((ws) => ws.length);
  const sentences = texts.flatMap((t) => t.split(/(?<=[.!?])\s+/)).map(wordsOf).filter((ws) => ws.length > 1);
  if (!titleWords.length || !sentences.length) throw new Error('searchQueries: no words to make queries of');
  const run = (ws: string[], n: number) => {
    const i = r.int(0, Math.max(0, ws.length - n));
    return ws.slice(i, i + n);
  };
  const forms: [number, () => string][] = [
    [25, () => r.pick(r.pick(titleWords))],
    [20, () => run(r.pick(titleWords), 2).join(' ')],
    [10, () => run(r.pick(titleWords), 3).join(' ')],
    [10, () => `"${run(r.pick(sentences), 2).join(' ')}"`],
    [10, () => r.shuffle([...r.pick(sentences)]).slice(0, 2).join(' ')],
    [10, () => {
      const w = r.pick(r.pick(titleWords));
      return `${w.slice(0, r.int(4, Math.max(4, w.length - 1)))}*`;
    }],
    [10, () => `${r.pick(r.pick(titleWords))} OR ${r.pick(r.pick(titleWords))}`],
    [5, () => r.pick(r.pick(sentences))],
  ];
  const total = forms.reduce((s, [w]) => s + w, 0);
  for (let misses = 0; misses < 100_000;) {
    let x = r.next() * total;
    const [, make] = forms.find(([w]) => (x -= w) < 0) ?? forms[0]!;
    const q = make();
    const key = q.toLowerCase();
    if (seen.has(key)) {
      misses++;
      continue;
    }
    seen.add(key);
    misses = 0;
    yield q;
  }
}
