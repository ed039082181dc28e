// findAttributions: cues first (one BIO pass per sentence), then each cue's source and content by a
// cue-conditioned tagger over a window of sentences around it.
import type { Span } from '../../types.ts';
import type { Tokens } from '../tokens.ts';
import { CUE_TAGS } from './cue-features.ts';
import { cuePossible, cueScores } from './cues.ts';
import { cueRuns, maskCue, roleSpans, tidyFragments, type TokenReport } from './decode.ts';
import { buildDoc, tagWords, type Doc } from './document.ts';
import { FeatureBuffer } from './feature-buffer.ts';
import { completeContents } from './fragments.ts';
import { passiveSubjects } from './passive.ts';
import { shareSources } from './shared-source.ts';
import { tagClasses } from './class-tagger.ts';
import { labelledStatements } from './labelled.ts';
import { emissions, viterbi } from './linear.ts';
import { POS_BITS, type AttributionModel } from './model.ts';
import { roleFeatures, rolePrefix, roleWindow } from './role-features.ts';
import type { RuleFind } from './rule-lines.ts';
import { signedQuotations } from './signed.ts';

export interface RawAttribution {
  source: Span | null;
  cue: Span | null;
  /** Content fragments in order (a quote interrupted by its attribution has two). */
  content: Span[];
  /** Mean margin of the cue tokens' B/I tags over O: higher is surer. */
  score: number;
  /** Set when a rule, not the model, found it ('labelled-statement': "Name: statement"; 'signed-quotation': "“…” ― Name"). */
  rule?: string;
}

export interface DetectedCue { start: number; end: number; score: number }

/** Cue token ranges of a document, with their margins. */
export function detectCues(doc: Doc, model: AttributionModel, buf = new FeatureBuffer()): DetectedCue[] {
  const out: DetectedCue[] = [];
  const possible = cuePossible(doc, model);
  let scores: Float32Array = new Float32Array(0);
  for (const [a, b] of doc.sentences) {
    let any = false;
    for (let i = a; i < b && !any; i++) any = possible[i] === 1;
    if (!any) continue;
    const r = cueScores(doc, model, a, b, possible, buf, scores);
    scores = r.scores;
    const tags = viterbi(model.cue, r.seq, scores);
    for (const [s, e] of cueRuns(tags, a)) {
      let margin = 0;
      for (let i = s; i < e; i++) margin += scores[(i - a) * CUE_TAGS + tags[i - a]!]! - scores[(i - a) * CUE_TAGS]!;
      out.push({ start: s, end: e, score: margin / (e - s) });
    }
  }
  return out;
}

/**
 * Every attribution in `text`: cue, source (null when unnamed) and content fragments, as spans.
 * `tokens` may be passed when the caller has tokenized `text` already (tokenize from ../tokens.ts).
 */
export function findAttributions(text: string, model: AttributionModel, tokens?: Tokens): RawAttribution[] {
  const doc = buildDoc(text, tokens);
  const buf = new FeatureBuffer();
  if (model.classTagger) tagClasses(doc, model.classTagger, buf);
  else tagWords(doc, model.pos, POS_BITS);
  const cues = detectCues(doc, model, buf);
  const pre = rolePrefix(doc);
  const { starts, ends } = doc.tokens;
  const span = (r: [number, number], trimDot = false): Span => trimSpan(text, starts[r[0]]!, ends[r[1] - 1]!, trimDot);
  const found: Array<TokenReport & { score: number }> = [];
  let scores: Float32Array = new Float32Array(0);
  for (const cue of cues) {
    const [a, b] = roleWindow(doc, cue.start, cue.end);
    buf.reset();
    roleFeatures(doc, pre, cue.start, cue.end, a, b, buf);
    const seq = buf.seq();
    scores = emissions(model.role, seq, scores);
    maskCue(scores, cue.start - a, cue.end - a);
    const roles = roleSpans(viterbi(model.role, seq, scores), a, cue.start, cue.end);
    roles.content = tidyFragments(doc, roles.content, cue.start);
    if (roles.content.length === 0) continue;
    found.push({ source: roles.source, cue: [cue.start, cue.end], content: roles.content, score: cue.score });
  }
  completeContents(doc, found);
  shareSources(doc, found);
  passiveSubjects(doc, found);
  const out: RawAttribution[] = found.map((f) => ({
    source: f.source ? span(f.source, true) : null,
    cue: span(f.cue),
    content: f.content.map((c) => span(c)),
    score: f.score,
  }));
  addByRule(out, labelledStatements(text), 'labelled-statement');
  addByRule(out, signedQuotations(text), 'signed-quotation');
  return out;
}

// A rule's find is added unless the model already read those words otherwise: its source or cue
// overlaps the rule's, or its content holds the rule's cue.
function addByRule(out: RawAttribution[], found: RuleFind[], rule: string): void {
  for (const l of found) {
    const lo = Math.min(l.source.start, l.cue.start), hi = Math.max(l.source.end, l.cue.end);
    const clash = out.some((o) =>
      [o.source, o.cue].some((x) => x && x.start < hi && lo < x.end) ||
      o.content.some((c) => c.start <= l.cue.start && l.cue.end <= c.end));
    if (!clash) out.push({ source: l.source, cue: l.cue, content: [l.content], score: 0, rule });
  }
}

// Separators at the edges of a span belong to the sentence, not to the source or content.
function trimSpan(text: string, start: number, end: number, trimDot: boolean): Span {
  const edge = (c: string): boolean => c === ',' || c === ';' || c === ':' || (trimDot && c === '.') || c.trim() === '';
  while (end > start + 1 && edge(text[end - 1]!)) end--;
  while (start < end - 1 && edge(text[start]!)) start++;
  return { start, end };
}
