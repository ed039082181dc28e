// Features of each token of a window around one cue, for tagging that cue's source and content.
// Every lexical feature is conjoined with where the token stands relative to the cue (direction,
// distance, sentence offset, quotation relation), so one linear model learns "the noun phrase just
// before 'said'", "the clause after 'that'", "the quotation ending just before the cue", and so on.
import type { Doc } from './document.ts';
import * as documentModule from './document.ts';
import type { FeatureBuffer } from './feature-buffer.ts';
import * as hash from './hash.ts';
import { WORD_CLASS } from './word-classes.ts';

// Local bindings: a module namespace access per call costs a getter under some loaders (tsx).
const mix = hash.mix, mix3 = hash.mix3;
const PAD_BEFORE = documentModule.PAD_BEFORE, PAD_AFTER = documentModule.PAD_AFTER;
const hashString = hash.hashString;

export const ROLE_TAGS = 5; // O, B-source, I-source, B-content, I-content
export const enum Role { O = 0, BS = 1, IS = 2, BC = 3, IC = 4 }
export const ROLE_CONTEXTS = 3; // before, inside, after the cue

const enum F {
  DD = 101, DDW, DL, DDS, DSuf, DWm1, DWp1, DWm1W, DWWp1, DSm1S, DSSp1, DSent, DSentS, QR, QRW, QRD, QRS,
  // (two retired templates keep their ids so that later ids, and trained weights, stay put)
  CueDD, CueW, CueAllDD, Comma, CommaS, Last, Retired1, Retired2, QState, Para, SentFirstW, DistQ, ToEnd, CueNextDD, CueComma,
  DDP, DPm1P, DPPp1, DPm1PPp1, DSentPW, VerbAhead,
  SegOpen, SegOpenP, SegMark, SegOpenW, Paren, ParenS,
}

/**
 * Token window [start, end) examined for a cue: its sentence and the next one, widened to whole
 * quotations that cross either edge (a long quote before "she said" or after "he said:").
 */
export function roleWindow(doc: Doc, cs: number, ce: number): [number, number] {
  const { sentences, sentOf, quote, quotes } = doc;
  let s0 = sentOf[cs]!;
  let s1 = Math.min(sentences.length - 1, sentOf[ce - 1]! + 1);
  let a = sentences[s0]![0], b = sentences[s1]![1];
  for (let k = 0; k < 3; k++) {
    if (a > 0 && quote[a]! >= 0 && quote[a - 1] === quote[a]) { s0 = sentOf[quotes[quote[a]!]![0]]!; a = sentences[s0]![0]; }
    if (b < doc.n && quote[b - 1]! >= 0 && quote[b] === quote[b - 1]) { s1 = sentOf[quotes[quote[b - 1]!]![1] - 1]!; b = sentences[s1]![1]; }
  }
  return [a, b];
}

const bucket = (d: number): number => (d <= 5 ? d : d <= 7 ? 6 : d <= 10 ? 7 : d <= 15 ? 8 : d <= 25 ? 9 : 10);
const COMMA = hashString(','), PERIOD = hashString('.');
const VERB = WORD_CLASS.VERB!;
const SEPARATORS = new Set([',', ';', ':', '—', '–', '-', '--', '(', ')'].map(hashString));

/** Per-document prefix counts used for "between" features. */
export interface RolePrefix {
  commas: Int32Array;
  /** Index of the next verb in the token's sentence, or -1 (read after the word classes are set). */
  nextVerb: Int32Array;
  /** First token of the token's clause piece: after the last comma, semicolon, colon, dash or bracket of its sentence. */
  segStart: Int32Array;
}

export function rolePrefix(doc: Doc): RolePrefix {
  const n = doc.n;
  const commas = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) commas[i + 1] = commas[i]! + (doc.word[i] === COMMA ? 1 : 0);
  const nextVerb = new Int32Array(n).fill(-1);
  for (let i = n - 2; i >= 0; i--) {
    if (doc.sentOf[i + 1] !== doc.sentOf[i]) continue;
    nextVerb[i] = doc.pos[i + 1] === VERB ? i + 1 : nextVerb[i + 1]!;
  }
  const segStart = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    segStart[i] = i > 0 && doc.sentOf[i - 1] === doc.sentOf[i] ? (SEPARATORS.has(doc.word[i - 1]!) ? i : segStart[i - 1]!) : i;
  }
  return { commas, nextVerb, segStart };
}

export function roleFeatures(doc: Doc, pre: RolePrefix, cs: number, ce: number, a: number, b: number, buf: FeatureBuffer): void {
  const { word: W, lem: L, shp: S, suf: SUF, quote: Q, sentOf, paraOf, pos: P } = doc;
  const p = (i: number): number => (i < a ? 254 : i >= b ? 255 : P[i]!);
  const w = (i: number): number => (i < a ? PAD_BEFORE : i >= b ? PAD_AFTER : W[i]!);
  const s = (i: number): number => (i < a ? PAD_BEFORE : i >= b ? PAD_AFTER : S[i]!);
  const cueHead = L[ce - 1]!;
  let cueAll = 0;
  for (let i = cs; i < ce; i++) cueAll = mix(cueAll, W[i]!);
  const cueQ = Q[cs]!;
  const cueNext = mix(cueHead, w(ce)); // "said that", "said:", "said Smith"…
  // nearest quotations before and after the cue within its paragraph
  let qBefore = -1, qAfter = -1;
  for (let i = cs - 1; i >= a && paraOf[i] === paraOf[cs]; i--) if (Q[i]! >= 0 && Q[i] !== cueQ) { qBefore = Q[i]!; break; }
  for (let i = ce; i < b && paraOf[i] === paraOf[cs]; i++) if (Q[i]! >= 0 && Q[i] !== cueQ) { qAfter = Q[i]!; break; }
  const cueSent = sentOf[cs]!;
  // a cue set off by commas inside its sentence ("In his state, Christie said, offenders are …"): the
  // content runs on both sides of it
  const commaAfter = ce < b && W[ce] === COMMA && sentOf[ce] === cueSent ? 1 : 0;
  let commaBefore = 0;
  for (let j = cs - 1; j >= a && j >= cs - 8 && sentOf[j] === cueSent; j--) if (W[j] === COMMA) { commaBefore = 1; break; }
  const paren = commaBefore * 2 + commaAfter;
  for (let i = a; i < b; i++) {
    const dir = i < cs ? 0 : i < ce ? 1 : 2;
    buf.next(dir);
    const dist = dir === 0 ? cs - i : dir === 2 ? i - ce + 1 : 0;
    const dd = mix(dir, bucket(dist));
    const wi = W[i]!, si = S[i]!;
    const sent = Math.max(-2, Math.min(3, sentOf[i]! - cueSent));
    const qi = Q[i]!;
    const qr = qi < 0 ? 0 : qi === cueQ ? 1 : qi === qBefore ? 2 : qi === qAfter ? 3 : 4;
    const commas = dir === 0 ? pre.commas[cs]! - pre.commas[i + 1]! : dir === 2 ? pre.commas[i]! - pre.commas[ce]! : 0;
    const sentFirst = i === doc.sentences[sentOf[i]!]![0] ? 1 : 0;
    const last = i + 1 === doc.sentences[sentOf[i]!]![1] ? 1 : 0;
    buf.add(mix(F.DD, dd));
    buf.add(mix3(F.DDW, dd, wi));
    buf.add(mix3(F.DL, dir, L[i]!));
    buf.add(mix3(F.DDS, dd, si));
    buf.add(mix3(F.DSuf, dir, SUF[i]!));
    buf.add(mix3(F.DWm1, dir, w(i - 1)));
    buf.add(mix3(F.DWp1, dir, w(i + 1)));
    buf.add(mix3(F.DWm1W, dir, mix(w(i - 1), wi)));
    buf.add(mix3(F.DWWp1, dir, mix(wi, w(i + 1))));
    buf.add(mix3(F.DSm1S, dir, mix(s(i - 1), si)));
    buf.add(mix3(F.DSSp1, dir, mix(si, s(i + 1))));
    buf.add(mix3(F.DSent, dir, sent));
    buf.add(mix3(F.DSentS, mix(dir, sent), si));
    buf.add(mix3(F.QR, dir, qr));
    buf.add(mix3(F.QRW, mix(dir, qr), wi));
    buf.add(mix3(F.QRD, qr, dd));
    buf.add(mix3(F.QRS, mix(qr, cueQ >= 0 ? 1 : 0), si));
    buf.add(mix3(F.CueDD, cueHead, dd));
    buf.add(mix3(F.CueW, mix(cueHead, dir), wi));
    buf.add(mix3(F.CueAllDD, cueAll, dd));
    buf.add(mix3(F.Comma, dir, Math.min(commas, 3)));
    buf.add(mix3(F.CommaS, mix(dir, Math.min(commas, 3)), si));
    buf.add(mix3(F.Last, mix(dir, last), wi === PERIOD ? 1 : 0));
    buf.add(mix3(F.QState, mix(dir, qi >= 0 ? 1 : 0), cueQ >= 0 ? 1 : 0));
    buf.add(mix3(F.Para, dir, paraOf[i] === paraOf[cs] ? 0 : 1));
    buf.add(mix3(F.SentFirstW, mix(dir, sentFirst), wi));
    buf.add(mix3(F.ToEnd, mix(dir, sent), bucket(doc.sentences[sentOf[i]!]![1] - 1 - i)));
    buf.add(mix3(F.CueNextDD, cueNext, dd));
    // "according to X, Y" ends the source at the comma; "said X, the governor of Y" does not
    buf.add(mix3(F.CueComma, mix(cueHead, dir), Math.min(commas, 3)));
    // word classes: noun phrase and clause boundaries
    const pi = P[i]!;
    buf.add(mix3(F.DDP, dd, pi));
    buf.add(mix3(F.DPm1P, dir, mix(p(i - 1), pi)));
    buf.add(mix3(F.DPPp1, dir, mix(pi, p(i + 1))));
    buf.add(mix3(F.DPm1PPp1, dir, mix3(p(i - 1), pi, p(i + 1))));
    buf.add(mix3(F.DSentPW, mix(dir, sent), mix(pi, wi)));
    // whether the clause goes on: the distance to the next verb in the token's sentence
    const nv = pre.nextVerb[i]!;
    const verbAhead = nv >= 0 && nv < b && nv - i <= 12 ? bucket(nv - i) : 0;
    buf.add(mix3(F.VerbAhead, mix(dir, pi), verbAhead));
    // the clause piece the token is in: the word that opens it (", who …", ", as …", "— a …") and the
    // mark before it, so a token deep in a relative clause knows it is in one
    const seg = pre.segStart[i]!;
    const segSide = seg > ce ? 2 : seg > cs ? 1 : 0;
    const opener = seg < a ? PAD_BEFORE : W[seg]!;
    const mark = seg > a ? W[seg - 1]! : PAD_BEFORE;
    buf.add(mix3(F.SegOpen, mix(dir, segSide), opener));
    buf.add(mix3(F.SegOpenP, mix(dir, segSide), mix(P[seg]!, mark)));
    buf.add(mix3(F.SegMark, mix(dir, segSide), mix(mark, i === seg ? 1 : 0)));
    buf.add(mix3(F.SegOpenW, mix(dir, opener), wi));
    buf.add(mix3(F.Paren, mix(dir, paren), mix(sent, Math.min(commas, 3))));
    buf.add(mix3(F.ParenS, mix(dir, paren), mix(sentFirst, si)));
  }
}
