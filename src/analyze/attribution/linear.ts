// A hashed linear sequence model: emission weights per (feature bucket, tag), first-order transition
// weights per (context, previous tag, tag), exact Viterbi decoding under allowed-transition constraints,
// and averaged structured-perceptron updates for training.

export interface LinearModel {
  /** Number of tags. */
  tags: number;
  /** log2 of the number of hashed feature buckets. */
  bits: number;
  /** Emission weights, bucket-major: weights[bucket * tags + tag], times `scale`. A loaded model keeps
   * them as int16 (half the memory, so more of the table stays in cache); training uses float32. */
  weights: Float32Array | Int16Array;
  scale: number;
  /** Transition weights [context][prev (tags = start)][tag]. */
  trans: Float32Array;
  contexts: number;
  /** allowed[prev * tags + tag]; prev = tags is the sequence start. */
  allowed: Uint8Array;
}

/** A model whose weights are still float32 (being trained). */
export type TrainableModel = LinearModel & { weights: Float32Array };

export function newLinearModel(tags: number, bits: number, contexts: number, allowed: Uint8Array): TrainableModel {
  return {
    tags, bits, contexts, allowed, scale: 1,
    weights: new Float32Array((1 << bits) * tags),
    trans: new Float32Array(contexts * (tags + 1) * tags),
  };
}

/** Features of a sequence: feats[offsets[i] .. offsets[i + 1]) are token i's hashed features. */
export interface FeatureSeq {
  length: number;
  offsets: Int32Array;
  feats: Int32Array;
  /** Transition context of each position (e.g. before / inside / after the cue). */
  ctx: Uint8Array;
}

/** Emission scores, scores[i * tags + t]. */
export function emissions(m: LinearModel, seq: FeatureSeq, out?: Float32Array): Float32Array {
  const T = m.tags;
  const scores = out && out.length >= seq.length * T ? out : new Float32Array(seq.length * T);
  if (T === 3) emissions3(m, seq, scores);
  else if (T === 5) emissions5(m, seq, scores);
  else if (T === 14) emissions14(m, seq, scores);
  else emissionsAny(m, seq, scores);
  return scores;
}

// Fixed tag counts keep the running sums in registers: this loop is the hottest of the analysis.
function emissions3(m: LinearModel, seq: FeatureSeq, scores: Float32Array): void {
  const mask = (1 << m.bits) - 1, w = m.weights, scale = m.scale, { offsets, feats } = seq;
  for (let i = 0; i < seq.length; i++) {
    let a0 = 0, a1 = 0, a2 = 0;
    for (let k = offsets[i]!, e = offsets[i + 1]!; k < e; k++) {
      const b = (feats[k]! & mask) * 3;
      a0 += w[b]!; a1 += w[b + 1]!; a2 += w[b + 2]!;
    }
    scores[i * 3] = a0 * scale; scores[i * 3 + 1] = a1 * scale; scores[i * 3 + 2] = a2 * scale;
  }
}

function emissions5(m: LinearModel, seq: FeatureSeq, scores: Float32Array): void {
  const mask = (1 << m.bits) - 1, w = m.weights, scale = m.scale, { offsets, feats } = seq;
  for (let i = 0; i < seq.length; i++) {
    let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0;
    for (let k = offsets[i]!, e = offsets[i + 1]!; k < e; k++) {
      const b = (feats[k]! & mask) * 5;
      a0 += w[b]!; a1 += w[b + 1]!; a2 += w[b + 2]!; a3 += w[b + 3]!; a4 += w[b + 4]!;
    }
    const o = i * 5;
    scores[o] = a0 * scale; scores[o + 1] = a1 * scale; scores[o + 2] = a2 * scale; scores[o + 3] = a3 * scale; scores[o + 4] = a4 * scale;
  }
}

// The word-class tagger's 14 classes (class-tagger.ts): the generic loop took 1.5 times as long.
function emissions14(m: LinearModel, seq: FeatureSeq, scores: Float32Array): void {
  const mask = (1 << m.bits) - 1, w = m.weights, scale = m.scale, { offsets, feats } = seq;
  for (let i = 0; i < seq.length; i++) {
    let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0, a9 = 0, a10 = 0, a11 = 0, a12 = 0, a13 = 0;
    for (let k = offsets[i]!, e = offsets[i + 1]!; k < e; k++) {
      const b = (feats[k]! & mask) * 14;
      a0 += w[b]!; a1 += w[b + 1]!; a2 += w[b + 2]!; a3 += w[b + 3]!; a4 += w[b + 4]!; a5 += w[b + 5]!; a6 += w[b + 6]!;
      a7 += w[b + 7]!; a8 += w[b + 8]!; a9 += w[b + 9]!; a10 += w[b + 10]!; a11 += w[b + 11]!; a12 += w[b + 12]!; a13 += w[b + 13]!;
    }
    const o = i * 14;
    scores[o] = a0 * scale; scores[o + 1] = a1 * scale; scores[o + 2] = a2 * scale; scores[o + 3] = a3 * scale; scores[o + 4] = a4 * scale;
    scores[o + 5] = a5 * scale; scores[o + 6] = a6 * scale; scores[o + 7] = a7 * scale; scores[o + 8] = a8 * scale; scores[o + 9] = a9 * scale;
    scores[o + 10] = a10 * scale; scores[o + 11] = a11 * scale; scores[o + 12] = a12 * scale; scores[o + 13] = a13 * scale;
  }
}

function emissionsAny(m: LinearModel, seq: FeatureSeq, scores: Float32Array): void {
  const T = m.tags, mask = (1 << m.bits) - 1, w = m.weights, scale = m.scale;
  for (let i = 0; i < seq.length; i++) {
    for (let t = 0; t < T; t++) scores[i * T + t] = 0;
    for (let k = seq.offsets[i]!; k < seq.offsets[i + 1]!; k++) {
      const b = (seq.feats[k]! & mask) * T;
      for (let t = 0; t < T; t++) scores[i * T + t]! += w[b + t]! * scale;
    }
  }
}

// Transition weights with forbidden transitions set to -Infinity, so Viterbi's inner loop has no branch
// on them; computed once per model (the weights do not change after training).
const folded = new WeakMap<LinearModel, { source: Float32Array; table: Float64Array }>();
function foldedTransitions(m: LinearModel): Float64Array {
  const hit = folded.get(m);
  if (hit && hit.source === m.trans) return hit.table;
  const stride = (m.tags + 1) * m.tags;
  const table = new Float64Array(m.trans.length);
  for (let k = 0; k < table.length; k++) table[k] = m.allowed[k % stride] ? m.trans[k]! : -Infinity;
  // during training the weights change after every update: only cache for loaded (int16) models
  if (m.weights instanceof Int16Array) folded.set(m, { source: m.trans, table });
  return table;
}

/** Best tag sequence under the allowed transitions (Viterbi). */
export function viterbi(m: LinearModel, seq: FeatureSeq, scores: Float32Array): Uint8Array {
  const T = m.tags, n = seq.length;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const delta = new Float64Array(n * T);
  const back = new Uint8Array(n * T);
  const stride = (T + 1) * T;
  const trans = foldedTransitions(m);
  const ctx = seq.ctx;
  for (let t = 0; t < T; t++) delta[t] = trans[ctx[0]! * stride + T * T + t]! + scores[t]!;
  for (let i = 1; i < n; i++) {
    const tr = ctx[i]! * stride, row = i * T, prev = row - T;
    for (let t = 0; t < T; t++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < T; p++) {
        const v = delta[prev + p]! + trans[tr + p * T + t]!;
        if (v > best) { best = v; arg = p; }
      }
      delta[row + t] = best + scores[row + t]!;
      back[row + t] = arg;
    }
  }
  let best = -Infinity;
  for (let t = 0; t < T; t++) if (delta[(n - 1) * T + t]! > best) { best = delta[(n - 1) * T + t]!; out[n - 1] = t; }
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * T + out[i]!]!;
  return out;
}

/** Averaged perceptron state: the running sum trick (w_avg = w - u / c). */
export class Trainer {
  readonly u: Float64Array;
  readonly ut: Float64Array;
  c = 1;
  constructor(readonly m: TrainableModel) {
    this.u = new Float64Array(m.weights.length);
    this.ut = new Float64Array(m.trans.length);
  }
  /** One structured update from a gold and a predicted tag sequence; returns whether they differed. */
  update(seq: FeatureSeq, gold: Uint8Array, pred: Uint8Array): boolean {
    const m = this.m, T = m.tags, mask = (1 << m.bits) - 1, stride = (T + 1) * T;
    let differ = false;
    for (let i = 0; i < seq.length; i++) {
      const g = gold[i]!, p = pred[i]!;
      const gp = i === 0 ? T : gold[i - 1]!, pp = i === 0 ? T : pred[i - 1]!;
      if (g === p && gp === pp) continue;
      differ = true;
      if (g !== p) {
        for (let k = seq.offsets[i]!; k < seq.offsets[i + 1]!; k++) {
          const b = (seq.feats[k]! & mask) * T;
          m.weights[b + g]! += 1; this.u[b + g]! += this.c;
          m.weights[b + p]! -= 1; this.u[b + p]! -= this.c;
        }
      }
      const tr = seq.ctx[i]! * stride;
      m.trans[tr + gp * T + g]! += 1; this.ut[tr + gp * T + g]! += this.c;
      m.trans[tr + pp * T + p]! -= 1; this.ut[tr + pp * T + p]! -= this.c;
    }
    return differ;
  }
  tick(): void { this.c++; }
  /** Replace the weights by their average (call once, after training). */
  finish(): void {
    const m = this.m;
    for (let i = 0; i < m.weights.length; i++) m.weights[i] = m.weights[i]! - this.u[i]! / this.c;
    for (let i = 0; i < m.trans.length; i++) m.trans[i] = m.trans[i]! - this.ut[i]! / this.c;
  }
}
