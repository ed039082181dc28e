// Features of each token for cue tagging (BIO over the tokens of one sentence): the word, its lemma,
// shape and neighbours, and where it stands relative to quotation marks and the sentence edges.
import type { Doc } from './document.ts';
import * as documentModule from './document.ts';
import type { FeatureBuffer } from './feature-buffer.ts';
import * as hash from './hash.ts';

// Local bindings: a module namespace access per call costs a getter under some loaders (tsx).
const mix = hash.mix, mix3 = hash.mix3;
const PAD_BEFORE = documentModule.PAD_BEFORE, PAD_AFTER = documentModule.PAD_AFTER;

// Template ids: small distinct integers mixed into every feature.
const enum F {
  Bias = 1, W, L, S, Suf, Wm1, Wp1, Wm2, Wp2, Lm1L, LLp1, Q, QL, Sm1L, LSp1, FirstL, LastL, Sufm1, Sufp1,
  Wm1WWp1, QuoteInSentL, Lm2L, LLp2, Capm1Capp1L, QuoteNearL, DistEndL, PrevCueL, LWp1Wp2, Wm2Wm1L, ThatAheadL, QuoteSideL, CapBeforeL,
  Rep, RepThat, RepQuote, RepSuf, RepWm1, RepWp1, RepNbW, RepQSide, SubjL, RepSubj,
  P, Pm1, Pp1, Pm1P, PPp1,
}

const THAT = hash.hashString('that'), COLON = hash.hashString(':');
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'who'].map(hash.hashString));

export const CUE_TAGS = 3; // O, B, I
export const CUE_CONTEXTS = 2; // outside / inside quotation

/** Features of tokens a..b; tokens for which `possible` is false get none (they are never cues). */
export function cueFeatures(doc: Doc, a: number, b: number, buf: FeatureBuffer, possible: Uint8Array): void {
  const { word: W, lem: L, shp: S, suf: SUF, quote: Q, cap, rep: R, pos: P } = doc;
  const w = (i: number): number => (i < a ? PAD_BEFORE : i >= b ? PAD_AFTER : W[i]!);
  const l = (i: number): number => (i < a ? PAD_BEFORE : i >= b ? PAD_AFTER : L[i]!);
  const s = (i: number): number => (i < a ? PAD_BEFORE : i >= b ? PAD_AFTER : S[i]!);
  const suf = (i: number): number => (i < a ? PAD_BEFORE : i >= b ? PAD_AFTER : SUF[i]!);
  const p = (i: number): number => (i < a ? 254 : i >= b ? 255 : P[i]!);
  let firstQ = b, lastQ = -1; // first and last quoted token of the sentence
  for (let i = a; i < b; i++) if (Q[i]! >= 0) { if (firstQ === b) firstQ = i; lastQ = i; }
  const quoteInSentence = lastQ >= 0 ? 1 : 0;
  for (let i = a; i < b; i++) {
    const inQ = Q[i]! >= 0 ? 1 : 0;
    buf.next(inQ);
    if (!possible[i]) continue;
    const li = L[i]!;
    buf.add(F.Bias);
    buf.add(mix(F.W, W[i]!));
    buf.add(mix(F.L, li));
    buf.add(mix(F.S, S[i]!));
    buf.add(mix(F.Suf, SUF[i]!));
    buf.add(mix(F.Wm1, w(i - 1)));
    buf.add(mix(F.Wp1, w(i + 1)));
    buf.add(mix(F.Wm2, w(i - 2)));
    buf.add(mix(F.Wp2, w(i + 2)));
    buf.add(mix3(F.Lm1L, l(i - 1), li));
    buf.add(mix3(F.LLp1, li, l(i + 1)));
    buf.add(mix3(F.Lm2L, l(i - 2), li));
    buf.add(mix3(F.LLp2, li, l(i + 2)));
    buf.add(mix(F.Q, inQ));
    buf.add(mix3(F.QL, inQ, li));
    buf.add(mix3(F.Sm1L, s(i - 1), li));
    buf.add(mix3(F.LSp1, li, s(i + 1)));
    buf.add(mix3(F.FirstL, i - a < 3 ? i - a : 3, li));
    buf.add(mix3(F.LastL, b - i < 4 ? b - i : 4, li));
    buf.add(mix(F.Sufm1, suf(i - 1)));
    buf.add(mix(F.Sufp1, suf(i + 1)));
    buf.add(mix3(F.Wm1WWp1, mix(w(i - 1), W[i]!), w(i + 1)));
    buf.add(mix3(F.QuoteInSentL, quoteInSentence, li));
    buf.add(mix3(F.Capm1Capp1L, (i > a ? cap[i - 1]! : 2) * 3 + (i + 1 < b ? cap[i + 1]! : 2), li));
    // a quotation ending just before or starting just after the word ("…," she said / said: "…")
    const qBefore = (i - 1 >= a && Q[i - 1]! >= 0 && !inQ) || (i - 2 >= a && Q[i - 2]! >= 0 && !inQ) ? 1 : 0;
    const qAfter = (i + 1 < b && Q[i + 1]! >= 0 && !inQ) || (i + 2 < b && Q[i + 2]! >= 0 && !inQ) ? 2 : 0;
    buf.add(mix3(F.QuoteNearL, qBefore + qAfter, li));
    buf.add(mix3(F.LWp1Wp2, mix(li, w(i + 1)), w(i + 2)));
    buf.add(mix3(F.Wm2Wm1L, mix(w(i - 2), w(i - 1)), li));
    // clause shape around the word: "that" or a colon soon after, quotations before / after it
    let that = 0;
    for (let j = i + 1; j < b && j <= i + 4; j++) if (W[j] === THAT || W[j] === COLON) { that = j - i; break; }
    buf.add(mix3(F.ThatAheadL, that, li));
    buf.add(mix3(F.QuoteSideL, (firstQ < i ? 2 : 0) + (lastQ > i ? 1 : 0) + inQ * 4, li));
    let capBefore = 0;
    for (let j = Math.max(a, i - 3); j < i; j++) if (cap[j]) capBefore = 1;
    buf.add(mix3(F.CapBeforeL, capBefore, li));
    // the reporting-word class generalises the word-specific features above to unseen words
    const ri = R[i]!, rNb = (i > a ? R[i - 1]! : 3) * 4 + (i + 1 < b ? R[i + 1]! : 3);
    buf.add(mix(F.Rep, ri));
    buf.add(mix3(F.RepThat, ri, that));
    buf.add(mix3(F.RepQuote, ri, qBefore + qAfter));
    buf.add(mix3(F.RepSuf, ri, SUF[i]!));
    buf.add(mix3(F.RepWm1, ri, w(i - 1)));
    buf.add(mix3(F.RepWp1, ri, w(i + 1)));
    buf.add(mix3(F.RepNbW, rNb, W[i]!));
    // a subject just before: a pronoun or a capitalised name within three words
    let subj = 0;
    for (let j = i - 1; j >= a && j >= i - 3; j--) if (PRONOUNS.has(W[j]!)) { subj = i - j; break; }
    buf.add(mix3(F.SubjL, subj * 2 + capBefore, li));
    buf.add(mix3(F.RepSubj, subj * 2 + capBefore, ri));
    buf.add(mix3(F.RepQSide, ri, (firstQ < i ? 2 : 0) + (lastQ > i ? 1 : 0) + inQ * 4));
    // word classes (a part-of-speech lexicon): the word's own and its neighbours', for unseen words
    const pi = P[i]!, pm1 = p(i - 1), pp1 = p(i + 1);
    buf.add(mix(F.P, pi));
    buf.add(mix(F.Pm1, pm1));
    buf.add(mix(F.Pp1, pp1));
    buf.add(mix3(F.Pm1P, pm1, pi));
    buf.add(mix3(F.PPp1, pi, pp1));
  }
}
