// Trains the attribution model from PolNeAR train and writes models/attribution.bin.
//   npm run train            (fixed seeds: the same data gives the same file)
// First the word-class tagger (scripts/train-class-tagger.ts), then two averaged structured perceptrons:
// a BIO cue tagger over sentences, and a cue-conditioned source/content tagger over a window of
// sentences around each gold cue. Settings were chosen by five-fold cross-validation on the training
// split (bench/cv-polnear.ts; TRAIN= and OUT= train on a fold).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CUE_CONTEXTS, CUE_TAGS } from '../src/analyze/attribution/cue-features.ts';
import { cuePossible, cueScores } from '../src/analyze/attribution/cues.ts';
import { ALLOWED_CUE, ALLOWED_ROLE, goldRoleTags, maskCue } from '../src/analyze/attribution/decode.ts';
import { buildDoc, tagWords, type Doc } from '../src/analyze/attribution/document.ts';
import { FeatureBuffer } from '../src/analyze/attribution/feature-buffer.ts';
import { toTokens, type TokenAttribution } from '../src/analyze/attribution/gold.ts';
import { emissions, newLinearModel, Trainer, viterbi, type FeatureSeq, type TrainableModel } from '../src/analyze/attribution/linear.ts';
import { addCueWord, CUE_WORD_BITS, modelToBytes, POS_BITS, type AttributionModel } from '../src/analyze/attribution/model.ts';
import { ROLE_CONTEXTS, ROLE_TAGS, roleFeatures, rolePrefix, roleWindow } from '../src/analyze/attribution/role-features.ts';
import { tagClasses, type ClassTagger } from '../src/analyze/attribution/class-tagger.ts';
import { CLASS_STRIDE } from '../src/analyze/attribution/word-classes.ts';
import { readPolnear } from './attribution-data.ts';
import { rng, shuffle } from './random.ts';
import { classCounts, extraTexts, trainClassTagger } from './train-class-tagger.ts';
import { tagWordsInContext } from './wink-classes.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const TRAIN = process.env.TRAIN ?? `${root}../shared/data/polnear/train.jsonl`;
const OUT = process.env.OUT ?? `${root}models/attribution.bin`;
const CUE_EPOCHS = Number(process.env.CUE_EPOCHS ?? 12);
const ROLE_EPOCHS = Number(process.env.ROLE_EPOCHS ?? 12);
// Loss-augmented training: during training, every wrong tag of a token scores COST more (a margin
// rather than mere separation); COST_O more again on O where the gold tag is a cue or role tag (recall).
const CUE_COST = Number(process.env.CUE_COST ?? 0), CUE_COST_O = Number(process.env.CUE_COST_O ?? 0);
const ROLE_COST = Number(process.env.ROLE_COST ?? 0), ROLE_COST_O = Number(process.env.ROLE_COST_O ?? 0);
function augment(scores: Float32Array, gold: Uint8Array, T: number, cost: number, costO: number, skip?: Uint8Array, skipBase = 0): void {
  if (cost === 0 && costO === 0) return;
  for (let i = 0; i < gold.length; i++) {
    if (skip && !skip[skipBase + i]) continue;
    const g = gold[i]!;
    for (let t = 0; t < T; t++) if (t !== g) scores[i * T + t]! += cost + (t === 0 ? costO : 0);
  }
}
const CUE_BITS = Number(process.env.CUE_BITS ?? 19), ROLE_BITS = Number(process.env.ROLE_BITS ?? 20);

// DROP > 0 leaves out that share of each training position's features, afresh at every visit: the
// perceptron cannot lean on any one feature (a cheap regulariser).
const DROP_CUE = Number(process.env.DROP_CUE ?? 0.3), DROP_ROLE = Number(process.env.DROP_ROLE ?? 0.1);
const dropRand = rng(99);
let dropOffsets = new Int32Array(0), dropFeats = new Int32Array(0);
function dropped(seq: FeatureSeq, drop: number): FeatureSeq {
  if (drop <= 0) return seq;
  if (dropOffsets.length < seq.length + 1) dropOffsets = new Int32Array(seq.length * 2 + 1);
  if (dropFeats.length < seq.offsets[seq.length]!) dropFeats = new Int32Array(seq.offsets[seq.length]! * 2);
  let k = 0;
  for (let i = 0; i < seq.length; i++) {
    dropOffsets[i] = k;
    for (let j = seq.offsets[i]!; j < seq.offsets[i + 1]!; j++) if (dropRand() >= drop) dropFeats[k++] = seq.feats[j]!;
  }
  dropOffsets[seq.length] = k;
  return { length: seq.length, offsets: dropOffsets, feats: dropFeats, ctx: seq.ctx };
}

// Word classes are read in context by a class tagger trained here first, to read them as wink-nlp does
// (class-tagger.ts); WORD_CLASSES=lexicon trains a model that instead looks each word up in a lexicon: its
// most frequent coarse part of speech in the training texts, and a second one when that is common.
const WORD_CLASSES = process.env.WORD_CLASSES === 'lexicon' ? 'lexicon' : 'tagger';
const CLASS_EPOCHS = Number(process.env.CLASS_EPOCHS ?? 5), CLASS_BITS = Number(process.env.CLASS_BITS ?? 17);
/** Each word's commonest class as wink reads the training texts, and a second one when that is common. */
function posLexicon(docs: Doc[]): Uint8Array {
  for (const doc of docs) tagWordsInContext(doc);
  const mask = (1 << POS_BITS) - 1;
  const counts = new Map<number, Int32Array>();
  for (const [word, c] of classCounts(docs)) {
    const h = word & mask, into = counts.get(h);
    if (into) for (let t = 0; t < c.length; t++) into[t]! += c[t]!;
    else counts.set(h, c);
  }
  const lex = new Uint8Array(1 << POS_BITS);
  for (const [h, c] of counts) {
    let top = 0, second = 0, total = 0;
    for (let t = 1; t < CLASS_STRIDE; t++) { total += c[t]!; if (c[t]! > c[top]!) { second = top; top = t; } else if (c[t]! > c[second]!) second = t; }
    lex[h] = top + CLASS_STRIDE * (second > 0 && c[second]! >= 2 && c[second]! >= 0.2 * total ? second : 0);
  }
  return lex;
}

const t0 = performance.now();
// SEEDS > 1 trains each tagger that many times over different orders of the data (seeded SEED + k) and
// keeps the mean of their (already averaged) weights: less dependence on one order's luck.
const SEED = Number(process.env.SEED ?? 20260101), SEEDS = Number(process.env.SEEDS ?? 3);
const articles = readPolnear(TRAIN);
const docs: Array<{ doc: Doc; gold: TokenAttribution[] }> = articles.map((a) => {
  const doc = buildDoc(a.text);
  return { doc, gold: toTokens(doc, a.attributions) };
});
// a model with a class tagger reads no lexicon, and carries none
const pos = WORD_CLASSES === 'lexicon' ? posLexicon(docs.map((d) => d.doc)) : new Uint8Array(0);
let classTagger: ClassTagger | null = null;
// The class tagger learns from the training texts and more news text (CLASS_TEXTS=train: the former
// only). The attribution taggers learn from wink's classes of the training texts, which the tagger
// reproduces (TRAIN_CLASSES=tagger: from the tagger's own reading of them instead; as good on CV, but
// every retraining of the class tagger would then move the attribution weights too).
if (WORD_CLASSES === 'tagger') {
  const all = docs.map((d) => d.doc);
  const extra = process.env.CLASS_TEXTS === 'train' ? [] : extraTexts(`${root}../shared/data/`).map((t) => buildDoc(t));
  const tagger = trainClassTagger([...all, ...extra], {
    epochs: CLASS_EPOCHS, seed: SEED, bits: CLASS_BITS,
    log: (l) => console.log(`${l}  (${((performance.now() - t0) / 1000).toFixed(0)} s)`),
  });
  // trainClassTagger leaves each doc with wink's classes
  if (process.env.TRAIN_CLASSES === 'tagger') for (const d of all) tagClasses(d, tagger);
  classTagger = tagger;
} else for (const { doc } of docs) tagWords(doc, pos, POS_BITS);
console.log(`read ${docs.length} articles, ${docs.reduce((s, d) => s + d.gold.length, 0)} attributions in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const buf = new FeatureBuffer();

// --- cues: one sequence per sentence, over words seen in training cues (LEX_MIN times at least)
const model: AttributionModel = {
  cue: newLinearModel(CUE_TAGS, CUE_BITS, CUE_CONTEXTS, ALLOWED_CUE),
  role: newLinearModel(ROLE_TAGS, ROLE_BITS, ROLE_CONTEXTS, ALLOWED_ROLE),
  cueBias: 0, cueWords: new Uint8Array(1 << (CUE_WORD_BITS - 3)), pos, classTagger,
};
{
  const seen = new Map<number, number>();
  for (const { doc, gold } of docs) for (const g of gold) for (let i = g.cue[0]; i < g.cue[1]; i++) seen.set(doc.word[i]!, (seen.get(doc.word[i]!) ?? 0) + 1);
  // LEX_RATE > 0 leaves out words that lie inside a cue in no more than that share of their
  // occurrences ("the", "of", "in": fewer tokens to score; 0.005 measured faster but no more accurate)
  const lexMin = Number(process.env.LEX_MIN ?? 1), lexRate = Number(process.env.LEX_RATE ?? 0);
  const total = new Map<number, number>();
  for (const { doc } of docs) for (let i = 0; i < doc.n; i++) total.set(doc.word[i]!, (total.get(doc.word[i]!) ?? 0) + 1);
  const kept = [...seen].filter(([h, c]) => c >= lexMin && c > lexRate * total.get(h)!);
  for (const [h] of kept) addCueWord(model.cueWords, h);
  console.log(`cue words: ${kept.length} of ${seen.size}`);
}
{
  const sents: Array<{ doc: Doc; a: number; b: number; gold: Uint8Array; possible: Uint8Array }> = [];
  for (const { doc, gold } of docs) {
    const tags = new Uint8Array(doc.n);
    for (const g of gold) for (let i = g.cue[0]; i < g.cue[1]; i++) tags[i] = i === g.cue[0] ? 1 : 2;
    const possible = cuePossible(doc, model);
    for (const [a, b] of doc.sentences) {
      const t = tags.slice(a, b);
      // words the lexicon rules out cannot be predicted: teaching them would only skew transitions
      for (let i = a; i < b; i++) if (!possible[i]) t[i - a] = 0;
      for (let i = 0; i < t.length; i++) if (t[i] === 2 && (i === 0 || t[i - 1] === 0)) t[i] = 1;
      sents.push({ doc, a, b, gold: t, possible });
    }
  }
  let scores: Float32Array = new Float32Array(0);
  const fresh = (): TrainableModel => (model.cue = newLinearModel(CUE_TAGS, CUE_BITS, CUE_CONTEXTS, ALLOWED_CUE)); // cueScores reads model.cue
  model.cue = trainAveraged('cue', 'sentences', fresh, sents, CUE_EPOCHS, (m, tr, s) => {
    const r = cueScores(s.doc, model, s.a, s.b, s.possible, buf, scores, (q) => dropped(q, DROP_CUE));
    scores = r.scores;
    augment(scores, s.gold, CUE_TAGS, CUE_COST, CUE_COST_O, s.possible, s.a);
    return tr.update(r.seq, s.gold, viterbi(m, r.seq, r.scores));
  });
}

// --- source and content: one sequence per gold cue
{
  const items: Array<{ doc: Doc; g: TokenAttribution; pre: ReturnType<typeof rolePrefix> }> = [];
  for (const { doc, gold } of docs) {
    const pre = rolePrefix(doc);
    for (const g of gold) items.push({ doc, g, pre });
  }
  let scores: Float32Array = new Float32Array(0);
  const fresh = (): TrainableModel => newLinearModel(ROLE_TAGS, ROLE_BITS, ROLE_CONTEXTS, ALLOWED_ROLE);
  model.role = trainAveraged('role', 'windows', fresh, items, ROLE_EPOCHS, (m, tr, { doc, g, pre }) => {
    const [cs, ce] = g.cue;
    const [a, b] = roleWindow(doc, cs, ce);
    buf.reset();
    roleFeatures(doc, pre, cs, ce, a, b, buf);
    const seq = dropped(buf.seq(), DROP_ROLE);
    scores = emissions(m, seq, scores);
    maskCue(scores, cs - a, ce - a);
    const gold = goldRoleTags(a, b, g.source, g.content);
    for (let i = cs; i < ce; i++) gold[i - a] = 0;
    augment(scores, gold, ROLE_TAGS, ROLE_COST, ROLE_COST_O);
    maskCue(scores, cs - a, ce - a);
    return tr.update(seq, gold, viterbi(m, seq, scores));
  });
}

/**
 * SEEDS runs of averaged-perceptron training, each over its own order of `items` (seeded SEED + k;
 * `visit` scores one item and updates, returning whether it was wrong), and the mean of their weights.
 */
function trainAveraged<T>(
  name: string, unit: string, fresh: () => TrainableModel, items: T[], epochs: number,
  visit: (m: TrainableModel, tr: Trainer, item: T) => boolean,
): TrainableModel {
  const runs: TrainableModel[] = [];
  for (let k = 0; k < SEEDS; k++) {
    const rand = rng(SEED + k), m = fresh(), tr = new Trainer(m);
    for (let ep = 0; ep < epochs; ep++) {
      shuffle(items, rand);
      let errors = 0;
      for (const item of items) {
        if (visit(m, tr, item)) errors++;
        tr.tick();
      }
      console.log(`${name} run ${k + 1} epoch ${ep + 1}: ${errors} / ${items.length} ${unit} wrong  (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    }
    tr.finish();
    runs.push(m);
  }
  return meanOf(runs);
}

/** The mean of models of one shape (weights and transitions alike). */
function meanOf(ms: TrainableModel[]): TrainableModel {
  const out = ms[0]!;
  for (const m of ms.slice(1)) {
    for (let i = 0; i < out.weights.length; i++) out.weights[i]! += m.weights[i]!;
    for (let i = 0; i < out.trans.length; i++) out.trans[i]! += m.trans[i]!;
  }
  for (let i = 0; i < out.weights.length; i++) out.weights[i]! /= ms.length;
  for (let i = 0; i < out.trans.length; i++) out.trans[i]! /= ms.length;
  return out;
}

model.cueBias = Number(process.env.CUE_BIAS ?? 0);
const bytes = modelToBytes(model, {
  cue: Number(process.env.PRUNE_CUE ?? 0.02), role: Number(process.env.PRUNE_ROLE ?? 0.02), classes: Number(process.env.PRUNE_CLASSES ?? 0.02),
});
writeFileSync(OUT, bytes);
console.log(`wrote ${OUT}: ${(bytes.length / 1e6).toFixed(2)} MB in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
