// Content fragments the role tagger leaves out though the way reports are written settles them:
//   lead-in:      "In his state, Christie said, offenders are sent to treatment." The words before the
//                 attribution set off by commas are the start of what Christie said.
//   quote run-on: "“He’s a new dad,” he said. “A dad for the second time now.”" A quotation that opens
//                 the next sentence or paragraph, with no report of its own, goes on with the speaker's.
//   quote before: "“Why me?” Trump said. “Ask them.”" The quotation that opens the speaker's sentence
//                 is theirs when the tagger took only a later one.
//   whole quotation: a content that starts or stops inside a quotation takes all of it, and two
//                 fragments inside one quotation are one, since the tagger often stops at a comma or a
//                 sentence inside the marks and a quote is quoted whole.
// All are PolNeAR's reading and a reader's; each applies only where no other report claims the words.
import { TokenKind, tokenText } from '../tokens.ts';
import type { TokenReport } from './decode.ts';
import type { Doc } from './document.ts';


/** Widens contents to whole quotations and adds lead-in, run-on and opening-quotation fragments, in place. */
export function completeContents(doc: Doc, reports: TokenReport[]): void {
  dropOthersFrames(doc, reports);
  const taken = new Uint8Array(doc.n);
  for (const r of reports) for (const x of [r.source, r.cue, ...r.content]) if (x) taken.fill(1, x[0], x[1]);
  const free = (a: number, b: number): boolean => {
    for (let i = a; i < b; i++) if (taken[i]) return false;
    return true;
  };
  for (const r of reports) {
    wholeQuotations(doc, r, free, taken);
    const added = leadIn(doc, r, free) ?? runOn(doc, r, free) ?? quoteBefore(doc, r, free);
    if (added) taken.fill(1, added[0], added[1]);
  }
}

// Words that open a sentence without being part of what was said ("But, he added, …").
const DISCOURSE = new Set(['but', 'and', 'so', 'still', 'yet', 'also', 'however', 'instead', 'indeed', 'or', 'then', 'now',
  'after all', 'in addition', 'in contrast', 'at the same time', 'even then', 'even so']);
const FRAMING = /^(?:in|on|at|before|after|during|for|from|with|without|by|asked|speaking|writing|addressing|talking|responding|referring|later|earlier|then|now|today|yesterday|last|this|next|also|meanwhile|still|but|and|so|yet|however|instead|indeed|again|once|here|there|when|as|since|until|while)$/i;
const BREAKS = new Set([':', ';', '—', '–', '-', '--', '―']);

const quoted = (doc: Doc, r: [number, number]): boolean => doc.quote[r[0]]! >= 0 || (r[0] > 0 && doc.quote[r[0] - 1]! >= 0);
const isText = (doc: Doc, i: number, s: string): boolean => i >= 0 && i < doc.n && tokenText(doc.tokens, i) === s;

/** The first and last token of a report's source and cue together. */
function core(r: TokenReport): [number, number] {
  return [Math.min(r.cue[0], r.source?.[0] ?? Infinity), Math.max(r.cue[1], r.source?.[1] ?? -1)];
}

/** "Lead-in, source cue, content.": the lead-in is the content's first fragment. */
function leadIn(doc: Doc, r: TokenReport, free: (a: number, b: number) => boolean): [number, number] | null {
  if (r.content.length !== 1) return null;
  const [c0, c1] = r.content[0]!;
  const [lo, hi] = core(r);
  const [a, b] = doc.sentences[doc.sentOf[lo]!]!;
  // the content follows the comma after the attribution (and any opening quote mark) and stays in its sentence
  let after = hi + 1;
  while (after < c0 && doc.tokens.kinds[after] === TokenKind.Quote) after++;
  if (!isText(doc, hi, ',') || c0 !== after || c1 > b) return null;
  const q = quoted(doc, [c0, c1]);
  let j = lo - 1;
  while (j >= a && doc.tokens.kinds[j] === TokenKind.Quote) j--;
  if (!isText(doc, j, ',')) return null;
  let f0 = a;
  while (f0 < j && (doc.tokens.kinds[f0] === TokenKind.Quote || doc.tokens.kinds[f0] === TokenKind.Punct)) f0++;
  if (f0 >= j || !free(f0, j)) return null;
  for (let i = f0; i < j; i++) if (BREAKS.has(tokenText(doc.tokens, i))) return null;
  if (DISCOURSE.has(doc.text.slice(doc.tokens.starts[f0]!, doc.tokens.ends[j - 1]!).toLowerCase())) return null;
  // before a quotation, a lead-in that opens on a word of time, place or occasion is the writer's
  // framing ("On Tuesday, Vell said, “…”"), not the speaker's words ("The streets were empty, he said, “…”")
  if (q && FRAMING.test(tokenText(doc.tokens, f0))) return null;
  r.content = [[f0, j], r.content[0]!];
  return [f0, j];
}

/** "“Quote,” source cue. “More.”": a quotation opening the next sentence, or one after a comma, goes on. */
function runOn(doc: Doc, r: TokenReport, free: (a: number, b: number) => boolean): [number, number] | null {
  if (r.content.length === 0) return null;
  const last = r.content[r.content.length - 1]!;
  if (last[1] > r.cue[0] || !quoted(doc, r.content[0]!)) return null;
  const hi = core(r)[1];
  const s = doc.sentOf[hi - 1]!;
  const [, b] = doc.sentences[s]!;
  // in the same sentence: '“A,” said X, “B …”'
  if (r.content.length === 1) {
    for (let i = hi; i + 1 < b; i++) {
      const k = doc.tokens.kinds[i]!;
      if (k === TokenKind.Quote || (k === TokenKind.Punct && !isText(doc, i, ','))) break;
      if (isText(doc, i, ',') && doc.tokens.kinds[i + 1] === TokenKind.Quote) {
        const q = quotationFrom(doc, i + 1);
        if (!q || !free(q[0], q[1])) return null;
        r.content = [...r.content, q];
        return q;
      }
    }
  }
  // the next sentence, in this paragraph or the next, is a quotation of its own
  if (s + 1 >= doc.sentences.length) return null;
  // the rest of the speaker's sentence holds no quotation but a short closed one, a title ('told ABC's
  // “Good Morning America.”')
  for (let i = hi; i < b; i++) {
    if (doc.tokens.kinds[i] !== TokenKind.Quote) continue;
    const k = doc.quote[i]!;
    const title = k >= 0 && doc.quotes[k]![0] === i && doc.quotes[k]![1] <= b && doc.quotes[k]![1] - i <= 8 && doc.tokens.kinds[doc.quotes[k]![1] - 1] === TokenKind.Quote;
    if (!title) return null;
    i = doc.quotes[k]![1] - 1;
  }
  const [a2] = doc.sentences[s + 1]!;
  if (doc.paraOf[a2]! - doc.paraOf[hi - 1]! > 1) return null;
  const q = quotationFrom(doc, a2);
  if (!q) return null;
  // it closes where its sentence does, and nothing in those sentences belongs to another report
  const end = doc.quotes[doc.quote[a2]!]![1];
  if (end < doc.n && doc.paraOf[end] === doc.paraOf[end - 1] && doc.tokens.starts[end] === doc.tokens.ends[end - 1]) return null;
  const [, b2] = doc.sentences[doc.sentOf[end - 1]!]!;
  if (!free(a2, b2)) return null;
  r.content = [...r.content, q];
  return q;
}

/** The words of the closed quotation opening at token `open`, marks left out; null when none opens there. */
function quotationFrom(doc: Doc, open: number): [number, number] | null {
  const k = doc.quote[open]!;
  if (k < 0 || doc.quotes[k]![0] !== open) return null;
  const end = doc.quotes[k]![1];
  if (doc.tokens.kinds[end - 1] !== TokenKind.Quote || end - 1 <= open + 1) return null;
  return [open + 1, end - 1];
}

/** Fragments inside one quotation are one (what lies between them is quoted too), and each fragment
 * starting or ending inside a quotation runs to that quotation's marks. */
function wholeQuotations(doc: Doc, r: TokenReport, free: (a: number, b: number) => boolean, taken: Uint8Array): void {
  const merged: Array<[number, number]> = [];
  for (const f of r.content) {
    const prev = merged[merged.length - 1];
    const q = doc.quote[f[0]]!;
    if (prev && q >= 0 && doc.quote[prev[1] - 1] === q && !(r.cue[0] >= prev[1] && r.cue[0] < f[0]) && free(prev[1], f[0])) {
      taken.fill(1, prev[1], f[0]);
      merged[merged.length - 1] = [prev[0], f[1]];
    } else merged.push(f);
  }
  r.content = merged.map(([f0, f1]) => {
    const qe = doc.quote[f1 - 1]!;
    if (qe >= 0) {
      const end = doc.quotes[qe]![1];
      if (doc.tokens.kinds[end - 1] === TokenKind.Quote && f1 < end - 1 && free(f1, end - 1)) {
        taken.fill(1, f1, end - 1);
        f1 = end - 1;
      }
    }
    const qs = doc.quote[f0]!;
    if (qs >= 0) {
      const open = doc.quotes[qs]![0];
      // not back over the report's own cue ("“We left,” she said, “at dawn”" keeps two fragments)
      if (doc.tokens.kinds[open] === TokenKind.Quote && f0 > open + 1 && !(r.cue[0] > open && r.cue[0] < f0) && free(open + 1, f0)) {
        taken.fill(1, open + 1, f0);
        f0 = open + 1;
      }
    }
    return [f0, f1];
  });
}

/** '“Why me?” Trump said. “Ask them.”': the quotation the speaker's sentence opens with is theirs too, when the tagger took only a later one. */
function quoteBefore(doc: Doc, r: TokenReport, free: (a: number, b: number) => boolean): [number, number] | null {
  if (r.content.length === 0) return null;
  const [lo] = core(r);
  const s = doc.sentOf[lo]!;
  let [a] = doc.sentences[s]!;
  if (r.content[0]![0] < lo) return null;
  // '“Why me?” Trump said.' splits after the question mark: the quotation is the sentence before
  if (lo === a && s > 0 && doc.paraOf[doc.sentences[s - 1]![0]] === doc.paraOf[a]) a = doc.sentences[s - 1]![0];
  const q = quotationFrom(doc, a);
  if (!q) return null;
  const end = doc.quotes[doc.quote[a]!]![1];
  // the quotation ends just before the source or cue ('“A,” X said' / '“A?” X said')
  let j = end;
  while (j < lo && (doc.tokens.kinds[j] === TokenKind.Punct || doc.tokens.kinds[j] === TokenKind.Quote)) j++;
  if (j !== lo || !free(q[0], q[1])) return null;
  r.content = [q, ...r.content];
  return q;
}


/**
 * A fragment made of another report's source and cue is that report, not content: in '“…,” Ostrova
 * said, the Gazette reported' the tagger may give Ostrova "the Gazette reported" as a second piece.
 */
function dropOthersFrames(doc: Doc, reports: TokenReport[]): void {
  const frame = new Int32Array(doc.n).fill(-1);
  reports.forEach((r, k) => {
    for (const x of [r.source, r.cue]) if (x) frame.fill(k, x[0], x[1]);
  });
  reports.forEach((r, k) => {
    if (r.content.length < 2) return;
    const word = (i: number): boolean => doc.tokens.kinds[i] === TokenKind.Word || doc.tokens.kinds[i] === TokenKind.Number;
    const kept = r.content.filter(([a, b]) => {
      for (let i = a; i < b; i++) if (word(i) && (frame[i] === -1 || frame[i] === k)) return true;
      return false;
    });
    if (kept.length) r.content = kept;
  });
}
