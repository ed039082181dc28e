// The attribution model (a cue tagger and a cue-conditioned source/content tagger) and its compact
// binary form: only non-zero weights are stored, as delta-coded bucket indices and int16 values.
import type { ClassTagger } from './class-tagger.ts';
import type { LinearModel } from './linear.ts';

export interface AttributionModel {
  cue: LinearModel;
  role: LinearModel;
  /** Added to the B and I scores of cue tokens: trades cue precision for recall. */
  cueBias: number;
  /** Bitset over hashed lowercased words seen inside training cues: other words are never cues. */
  cueWords: Uint8Array;
  /** Word class per hashed lowercased word (POS_BITS buckets), for a model without a class tagger: its
   * most frequent class in training + CLASS_STRIDE × a second one when that is frequent too
   * (word-classes.ts); 0 when unknown. Empty in a model with a class tagger, which does not read it. */
  pos: Uint8Array;
  /** The word-class tagger that reads each sentence's classes (class-tagger.ts); null when classes come
   * from `pos` instead. A model is trained with one way and must run with the same. */
  classTagger: ClassTagger | null;
}

export const POS_BITS = 20;


export const CUE_WORD_BITS = 18;

export function isCueWord(model: AttributionModel, wordHash: number): boolean {
  const h = wordHash & ((1 << CUE_WORD_BITS) - 1);
  return (model.cueWords[h >>> 3]! & (1 << (h & 7))) !== 0;
}

export function addCueWord(cueWords: Uint8Array, wordHash: number): void {
  const h = wordHash & ((1 << CUE_WORD_BITS) - 1);
  cueWords[h >>> 3]! |= 1 << (h & 7);
}

const MAGIC = 0x4d415348; // "HSAM" little-endian
// How a file's model reads word classes (the byte after the version, from format 3 on).
const LEXICON = 0, WINK = 1, TAGGER = 2;

class Writer {
  private buf = new Uint8Array(1 << 16);
  n = 0;
  private grow(k: number): void {
    if (this.n + k <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.n + k) cap *= 2;
    const b = new Uint8Array(cap); b.set(this.buf.subarray(0, this.n)); this.buf = b;
  }
  u8(v: number): void { this.grow(1); this.buf[this.n++] = v; }
  varint(v: number): void { while (v >= 0x80) { this.u8((v & 0x7f) | 0x80); v = Math.floor(v / 128); } this.u8(v); }
  f32(v: number): void { this.grow(4); new DataView(this.buf.buffer).setFloat32(this.n, v, true); this.n += 4; }
  i16(v: number): void { this.grow(2); new DataView(this.buf.buffer).setInt16(this.n, v, true); this.n += 2; }
  bytes(): Uint8Array { return this.buf.slice(0, this.n); }
}

class Reader {
  private view: DataView;
  n = 0;
  constructor(private buf: Uint8Array) { this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength); }
  /** Fails, naming the byte, when `k` more bytes are not there. */
  private need(k: number): void {
    if (this.n + k > this.buf.length) throw new Error(`attribution model: truncated file (${k} byte${k > 1 ? 's' : ''} wanted at byte ${this.n} of ${this.buf.length})`);
  }
  u8(): number { this.need(1); return this.buf[this.n++]!; }
  varint(): number { let v = 0, mul = 1, b: number; do { b = this.u8(); v += (b & 0x7f) * mul; mul *= 128; } while (b & 0x80); return v; }
  f32(): number { this.need(4); const v = this.view.getFloat32(this.n, true); this.n += 4; return v; }
  i16(): number { this.need(2); const v = this.view.getInt16(this.n, true); this.n += 2; return v; }
}

function writeLinear(w: Writer, m: LinearModel, minAbs: number): void {
  if (!(m.weights instanceof Float32Array) || m.scale !== 1) throw new Error('modelToBytes: expects a freshly trained model');
  w.varint(m.tags); w.varint(m.bits); w.varint(m.contexts);
  for (const a of m.allowed) w.u8(a);
  for (const t of m.trans) w.f32(t);
  let max = 0, count = 0;
  for (const v of m.weights) { const a = Math.abs(v); if (a >= minAbs) { count++; if (a > max) max = a; } }
  const scale = max > 0 ? max / 32767 : 1;
  w.f32(scale); w.varint(count);
  let last = -1;
  for (let i = 0; i < m.weights.length; i++) {
    const v = m.weights[i]!;
    if (Math.abs(v) < minAbs) continue;
    w.varint(i - last - 1); last = i;
    w.i16(Math.round(v / scale));
  }
}

function readLinear(r: Reader): LinearModel {
  const tags = r.varint(), bits = r.varint(), contexts = r.varint();
  const allowed = new Uint8Array((tags + 1) * tags);
  for (let i = 0; i < allowed.length; i++) allowed[i] = r.u8();
  const trans = new Float32Array(contexts * (tags + 1) * tags);
  for (let i = 0; i < trans.length; i++) trans[i] = r.f32();
  const scale = r.f32(), count = r.varint();
  const weights = new Int16Array((1 << bits) * tags);
  let idx = -1;
  for (let k = 0; k < count; k++) { idx += r.varint() + 1; weights[idx] = r.i16(); }
  return { tags, bits, contexts, allowed, trans, weights, scale };
}

/** Serialises a model, dropping emission weights smaller than the given magnitudes. */
export function modelToBytes(model: AttributionModel, prune: { cue: number; role: number; classes?: number }): Uint8Array {
  const w = new Writer();
  for (let k = 0; k < 4; k++) w.u8((MAGIC >>> (8 * k)) & 0xff);
  w.varint(4); // format version (3 added the word-class mode, 4 the class tagger)
  w.u8(model.classTagger ? TAGGER : LEXICON);
  w.f32(model.cueBias);
  w.varint(model.cueWords.length);
  for (const b of model.cueWords) w.u8(b);
  let nz = 0;
  for (const b of model.pos) if (b) nz++;
  w.varint(model.pos.length); w.varint(nz);
  let prev = -1;
  for (let i = 0; i < model.pos.length; i++) if (model.pos[i]) { w.varint(i - prev - 1); prev = i; w.u8(model.pos[i]!); }
  writeLinear(w, model.cue, prune.cue);
  writeLinear(w, model.role, prune.role);
  if (model.classTagger) {
    writeLinear(w, model.classTagger.linear, prune.classes ?? prune.role);
    const fixed = [...model.classTagger.fixed].map(([h, c]) => [h >>> 0, c] as const).sort((x, y) => x[0] - y[0]);
    w.varint(fixed.length);
    let last = 0;
    for (const [h, c] of fixed) { w.varint(h - last); last = h; w.u8(c); }
  }
  return w.bytes();
}

/** Builds a model from the bytes of a model file (works in browsers: no Node API). */
export function modelFromBytes(bytes: Uint8Array): AttributionModel {
  const r = new Reader(bytes);
  let magic = 0;
  for (let k = 0; k < 4; k++) magic |= r.u8() << (8 * k);
  if (magic >>> 0 !== MAGIC) throw new Error('attribution model: not a hearsay model file');
  const version = r.varint();
  if (version < 2 || version > 4) throw new Error(`attribution model: unsupported format version ${version}`);
  const mode = version >= 3 ? r.u8() : LEXICON;
  if (mode === WINK) {
    throw new Error('attribution model: this file was trained on word classes read by wink-nlp (format 3), which hearsay no longer reads; retrain it with `npm run train`');
  }
  if (mode !== LEXICON && mode !== TAGGER) throw new Error(`attribution model: unknown word-class mode ${mode}`);
  const cueBias = r.f32();
  const cueWords = new Uint8Array(r.varint());
  for (let i = 0; i < cueWords.length; i++) cueWords[i] = r.u8();
  const pos = new Uint8Array(r.varint());
  let idx = -1;
  for (let k = 0, nz = r.varint(); k < nz; k++) { idx += r.varint() + 1; pos[idx] = r.u8(); }
  const cue = readLinear(r);
  const role = readLinear(r);
  let classTagger: ClassTagger | null = null;
  if (mode === TAGGER) {
    const linear = readLinear(r), fixed = new Map<number, number>();
    let h = 0;
    for (let k = 0, n = r.varint(); k < n; k++) { h += r.varint(); fixed.set(h | 0, r.u8()); }
    classTagger = { linear, fixed };
  }
  return { cue, role, cueBias, cueWords, pos, classTagger };
}
