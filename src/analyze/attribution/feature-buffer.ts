// A growable builder for FeatureSeq, reused across sequences to avoid allocation in the hot loop.
import type { FeatureSeq } from './linear.ts';

/** Room reserved per position, so that add() needs no capacity check. */
const MAX_PER_POSITION = 64;

export class FeatureBuffer {
  private feats = new Int32Array(4096);
  private offsets = new Int32Array(256);
  private ctx = new Uint8Array(256);
  private n = 0;
  private k = 0;

  reset(): void { this.n = 0; this.k = 0; }

  /** Starts the next position with its transition context. */
  next(ctx: number): void {
    if (this.n + 2 > this.offsets.length) {
      const o = new Int32Array(this.offsets.length * 2); o.set(this.offsets); this.offsets = o;
      const c = new Uint8Array(this.ctx.length * 2); c.set(this.ctx); this.ctx = c;
    }
    if (this.k + MAX_PER_POSITION > this.feats.length) {
      const f2 = new Int32Array(this.feats.length * 2); f2.set(this.feats); this.feats = f2;
    }
    this.offsets[this.n] = this.k;
    this.ctx[this.n] = ctx;
    this.n++;
  }

  /** Adds a feature to the current position (at most MAX_PER_POSITION per position). */
  add(f: number): void {
    this.feats[this.k++] = f;
  }

  /** A view of the built sequence (valid until the next reset). */
  seq(): FeatureSeq {
    this.offsets[this.n] = this.k;
    return { length: this.n, offsets: this.offsets, feats: this.feats, ctx: this.ctx };
  }
}
