// A report whose cue is a participle or a verb joined by "and", "but", "then" or "or" after another report in its sentence
// has that report's source: "Vell said the levee held, adding that …", "Reed denied it and said …";
// with no report before it, the subject its sentence opens with ("Vell toured the levee, saying …").
// Any other sourceless cue right after an aside set off by commas has the name before the aside.
// The role tagger reads a source near its cue and so leaves these without one; PolNeAR, like a
// reader, gives them the main clause's subject.
import { TokenKind, tokenText } from '../tokens.ts';
import { WORD_CLASS } from './word-classes.ts';
import type { Doc } from './document.ts';
import type { TokenReport } from './decode.ts';

/** Fills in, in place, the source of each sourceless participle or coordinated cue (the report's before it, or the sentence's subject) and of a cue after an aside (the name before it). */
export function shareSources(doc: Doc, reports: TokenReport[]): void {
  // a report inside another's content is what someone said, not the clause a participle hangs on
  // ("Coastline Daily reported that the council had voted …, citing a post": Coastline Daily cites)
  const inner = new Set(reports.filter((o) => reports.some((p) => p !== o && p.content.some(([a, b]) => a <= o.cue[0] && o.cue[1] <= b))));
  for (const r of reports) {
    if (r.source) continue;
    const c = r.cue[0];
    const first = tokenText(doc.tokens, c).toLowerCase();
    const participle = first.length > 4 && first.endsWith('ing');
    const joined = c > 0 && JOINERS.has(tokenText(doc.tokens, c - 1).toLowerCase());
    if (!participle && !joined) {
      r.source = nameBeforeAside(doc, c);
      continue;
    }
    let main: TokenReport | null = null;
    for (const o of reports) {
      if (o === r || !o.source || inner.has(o) || o.cue[1] > c || doc.sentOf[o.cue[0]] !== doc.sentOf[c]) continue;
      if (!main || o.cue[0] > main.cue[0]) main = o;
    }
    if (main) r.source = main.source;
    // no report before it: the participle set off by a comma, or the joined verb, shares the subject
    // its sentence opens with
    else if (joined || (c > 0 && tokenText(doc.tokens, c - 1) === ',')) r.source = sentenceSubject(doc, doc.sentences[doc.sentOf[c]!]![0], c);
  }
}

// words that join a second verb to the first one's subject: "rejected the claim and published", "… but added"
const JOINERS = new Set(['and', 'but', 'then', 'or']);
const { DET, PROPN, NOUN, ADJ, NUM, VERB, AUX } = WORD_CLASS as Record<string, number>;
/** "Mr. Trump held a rally on Tuesday, calling …": the run of name and noun words that opens the sentence before its verb. */
function sentenceSubject(doc: Doc, a: number, before: number): [number, number] | null {
  let i = a;
  while (i < before && doc.tokens.kinds[i] === TokenKind.Quote) i++;
  const start = i;
  // a determiner first, then names, nouns, adjectives and numbers; the stop of an abbreviation ("Mr.") too
  const inPhrase = (k: number): boolean => {
    const p = doc.pos[k]!;
    if (p === PROPN || p === NOUN || p === ADJ || p === NUM || (p === DET && k === start)) return true;
    return k > start && tokenText(doc.tokens, k) === '.' && doc.tokens.starts[k] === doc.tokens.ends[k - 1];
  };
  while (i < before && inPhrase(i)) i++;
  if (i === start || i >= before || (doc.pos[i] !== VERB && doc.pos[i] !== AUX)) return null;
  return [start, i];
}

/**
 * "That evening Trendloop, working from the Lantern's version, wrote …": the run of names just before an
 * aside of two words or more set off by commas, itself just before the cue.
 */
function nameBeforeAside(doc: Doc, c: number): [number, number] | null {
  if (c < 4 || tokenText(doc.tokens, c - 1) !== ',') return null;
  const sent = doc.sentOf[c]!;
  let k = c - 2;
  while (k >= 0 && doc.sentOf[k] === sent && tokenText(doc.tokens, k) !== ',') k--;
  if (k < 1 || doc.sentOf[k] !== sent || c - 1 - (k + 1) < 2) return null;
  let st = k;
  while (st > 0 && doc.sentOf[st - 1] === sent && doc.pos[st - 1] === PROPN) st--;
  return st === k ? null : [st, k];
}
