// Cue detection: BIO tagging of each sentence, restricted to words seen in training cues
// and reporting / belief words of a closed list (lexical.ts).
import { CUE_TAGS, cueFeatures } from './cue-features.ts';
import type { Doc } from './document.ts';
import { FeatureBuffer } from './feature-buffer.ts';
import { emissions, type FeatureSeq } from './linear.ts';
import { isCueWord, type AttributionModel } from './model.ts';

/** 1 for tokens whose word may be part of a cue. */
export function cuePossible(doc: Doc, model: AttributionModel): Uint8Array {
  const out = new Uint8Array(doc.n);
  for (let i = 0; i < doc.n; i++) out[i] = doc.rep[i]! > 0 || isCueWord(model, doc.word[i]!) ? 1 : 0;
  return out;
}

/** Emission scores of one sentence, with impossible tokens pinned to O and the cue bias applied;
 * training may `transform` the features first (to leave some out). */
export function cueScores(
  doc: Doc, model: AttributionModel, a: number, b: number, possible: Uint8Array, buf: FeatureBuffer, out: Float32Array,
  transform?: (seq: FeatureSeq) => FeatureSeq,
): { seq: FeatureSeq; scores: Float32Array } {
  buf.reset();
  cueFeatures(doc, a, b, buf, possible);
  const seq = transform ? transform(buf.seq()) : buf.seq();
  const scores = emissions(model.cue, seq, out);
  for (let i = a; i < b; i++) {
    const k = (i - a) * CUE_TAGS;
    if (!possible[i]) { scores[k] = 0; scores[k + 1] = -1e9; scores[k + 2] = -1e9; }
    else { scores[k + 1]! += model.cueBias; scores[k + 2]! += model.cueBias; }
  }
  return { seq, scores };
}

