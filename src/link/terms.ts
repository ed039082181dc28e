// Content terms of a short text (a claim, a sentence): lower-cased, stop words out, light suffix
// stripping so "warned", "warning" and "warnings" meet, and numbers kept as they are.
const STOP = new Set(
  ('a an the and or but if then than that this these those there here of to in on at by for with from into onto over ' +
    'under about as is are was were be been being am has have had do does did will would shall should can could may might ' +
    'must it its it’s he she they we you i his her their our your my me him them us who whom whose which what when where ' +
    'why how not no nor so too very just also only even still yet all any each every both either neither some such more ' +
    'most other another same own out up down off again further once said says say told tell according reported reports ' +
    'report added adds claimed claims stated statement mr mrs ms dr after before while during since until because though ' +
    'although whether new last first week day days year years monday tuesday wednesday thursday friday saturday sunday')
    .split(' '),
);

/** A light stemmer: enough to join inflections, not a linguistic analysis. */
export function stem(w: string): string {
  if (w.length <= 4) return w;
  return w
    .replace(/(?:ies)$/, 'y')
    .replace(/(?:ing|ings|ed|es|s|ly|ment|ments)$/, '')
    .replace(/(.)\1$/, '$1');
}

// Words news uses interchangeably for the same fact, so "three died", "three dead" and "killed three"
// meet. Kept to senses that do not change a claim's meaning when swapped.
const SAME_FACT = new Map<string, string>(
  Object.entries({
    die: 'die', died: 'die', dy: 'die', dead: 'die', death: 'die', kil: 'die', fatal: 'die', fatality: 'die', fataliti: 'die', toll: 'die',
    injur: 'injur', injury: 'injur', wound: 'injur', hurt: 'injur',
    arrest: 'arrest', detain: 'arrest', detention: 'arrest', custody: 'arrest',
    evacuat: 'evacuat', evacuation: 'evacuat', evacue: 'evacuat',
  }),
);

/** Content terms of text[start, end). */
export function terms(text: string, start = 0, end = text.length): string[] {
  const out: string[] = [];
  // Hyphens split: "a six-crown fee" and "six crowns each" share their words.
  const re = /[\p{L}\p{N}]+(?:[’'][\p{L}\p{N}]+)*/gu;
  const s = text.slice(start, end);
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const w = m[0].toLowerCase().replace(/[’']s$/, '');
    if (STOP.has(w) || (w.length < 3 && !/\d/.test(w))) continue;
    const t = /\d/.test(w) ? w : stem(w);
    out.push(SAME_FACT.get(t) ?? t);
  }
  return out;
}

/** Sparse vector of term weights with unit length, from term lists and document frequencies. */
export function tfidf(list: string[], df: Map<string, number>, n: number): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of list) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v = new Map<string, number>();
  let norm = 0;
  for (const [t, c] of tf) {
    const w = (1 + Math.log(c)) * Math.log(1 + n / (df.get(t) ?? 1));
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o) s += w * o;
  }
  return s;
}
