// Viterbi over an expanded state machine: each state emits one tag, so emission and transition
// weights stay per tag while the machine enforces structure the tags alone cannot (for roles: at most
// two content fragments, and two only when they flank the cue, as in "“A,” she said, “B.”").
import type { FeatureSeq, LinearModel } from './linear.ts';
import { Role, ROLE_TAGS } from './role-features.ts';

export interface StateMachine {
  /** Tag emitted by each state. */
  tagOf: Uint8Array;
  /** For each transition context and state: allowed predecessor states. */
  preds: Int32Array[][];
  /** For each transition context and state: whether it may start a sequence. */
  start: Uint8Array[];
}

export function viterbiMachine(m: LinearModel, mc: StateMachine, seq: FeatureSeq, scores: Float32Array): Uint8Array {
  const T = m.tags, n = seq.length, S = mc.tagOf.length;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const delta = new Float64Array(n * S).fill(-Infinity);
  const back = new Int32Array(n * S);
  const stride = (T + 1) * T;
  for (let i = 0; i < n; i++) {
    const c = seq.ctx[i]!, tr = c * stride;
    for (let s = 0; s < S; s++) {
      const t = mc.tagOf[s]!;
      let best = -Infinity, arg = -1;
      if (i === 0) {
        if (mc.start[c]![s]) best = m.trans[tr + T * T + t]!;
      } else {
        const ps = mc.preds[c]![s]!;
        for (let k = 0; k < ps.length; k++) {
          const p = ps[k]!;
          const v = delta[(i - 1) * S + p]! + m.trans[tr + mc.tagOf[p]! * T + t]!;
          if (v > best) { best = v; arg = p; }
        }
      }
      if (best === -Infinity) continue;
      delta[i * S + s] = best + scores[i * T + t]!;
      back[i * S + s] = arg;
    }
  }
  let best = -Infinity, state = 0;
  for (let s = 0; s < S; s++) if (delta[(n - 1) * S + s]! > best) { best = delta[(n - 1) * S + s]!; state = s; }
  for (let i = n - 1; i >= 0; i--) { out[i] = mc.tagOf[state]!; state = back[i * S + state]!; }
  return out;
}

// Role machine: phase 0 = no content yet; 1 = one fragment begun before the cue; 2 = one fragment
// begun at or after the cue (no more may follow); 3 = a second fragment begun after the cue.
// Contexts: 0 before the cue, 1 on the cue, 2 after it.
function buildRoleMachine(): StateMachine {
  const phases = 4, T = ROLE_TAGS;
  const tagOf: number[] = [], phaseOf: number[] = [];
  for (let p = 0; p < phases; p++) for (let t = 0; t < T; t++) {
    if (p === 0 && t === Role.IC) continue;
    tagOf.push(t); phaseOf.push(p);
  }
  const S = tagOf.length;
  const tagOk = (pt: number, t: number): boolean =>
    t === Role.IS ? pt === Role.BS || pt === Role.IS : t === Role.IC ? pt === Role.BC || pt === Role.IC : true;
  const preds: Int32Array[][] = [], start: Uint8Array[] = [];
  for (let c = 0; c < 3; c++) {
    const pc: Int32Array[] = [];
    const st = new Uint8Array(S);
    for (let s = 0; s < S; s++) {
      const t = tagOf[s]!, ph = phaseOf[s]!;
      // where a content fragment may begin, and which phase it leads to
      const entry = (from: number): boolean =>
        t !== Role.BC ? from === ph : (from === 0 && ph === (c === 0 ? 1 : 2)) || (from === 1 && c === 2 && ph === 3);
      if ((t === Role.BC || t === Role.IC) && c === 1) { pc.push(new Int32Array(0)); continue; }
      const list: number[] = [];
      for (let p = 0; p < S; p++) if (tagOk(tagOf[p]!, t) && entry(phaseOf[p]!)) list.push(p);
      pc.push(Int32Array.from(list));
      st[s] = tagOk(-1, t) && entry(0) && (t === Role.BC || ph === 0) ? 1 : 0;
    }
    preds.push(pc); start.push(st);
  }
  return { tagOf: Uint8Array.from(tagOf), preds, start };
}

export const ROLE_MACHINE = buildRoleMachine();
