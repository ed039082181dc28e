// Trains the word-class tagger (src/analyze/attribution/class-tagger.ts) to read classes the way
// wink-nlp's tagger does (scripts/wink-classes.ts): first the table of words that have one class all but
// always, then an averaged perceptron for the rest, decoded left to right as analysis decodes it.
import { ALLOWED_CLASS, CLASS_BITS, CLASS_TAGS, classFeatures, fixedClasses, greedy, type ClassTagger } from '../src/analyze/attribution/class-tagger.ts';
import type { Doc } from '../src/analyze/attribution/document.ts';
import { FeatureBuffer } from '../src/analyze/attribution/feature-buffer.ts';
import { emissions, newLinearModel, Trainer, type TrainableModel } from '../src/analyze/attribution/linear.ts';
import { existsSync, readFileSync } from 'node:fs';
import { tagWordsInContext } from './wink-classes.ts';
import { rng, shuffle } from './random.ts';

export interface ClassTaggerOptions {
  epochs: number;
  seed: number;
  bits?: number;
  /** A word is fixed when seen at least `fixMin` times with one class at least `fixShare` of them. */
  fixMin?: number;
  fixShare?: number;
  log?: (line: string) => void;
}

/** A tagger trained on `docs` (each doc.pos is left holding the classes wink reads). */
export function trainClassTagger(docs: Doc[], opts: ClassTaggerOptions): ClassTagger & { linear: TrainableModel } {
  for (const doc of docs) tagWordsInContext(doc);
  const fixed = fixedTable(docs, opts.fixMin ?? 20, opts.fixShare ?? 0.99);
  const linear = newLinearModel(CLASS_TAGS, opts.bits ?? CLASS_BITS, 1, ALLOWED_CLASS);
  const tr = new Trainer(linear), buf = new FeatureBuffer(), rand = rng(opts.seed);
  const sents: Array<{ doc: Doc; fixed: Uint8Array; gold: Uint8Array; a: number; b: number }> = [];
  let fixedTokens = 0, tokens = 0;
  for (const doc of docs) {
    const fix = fixedClasses(doc, fixed), gold = doc.pos.slice();
    for (let i = 0; i < doc.n; i++) if (fix[i]) fixedTokens++;
    tokens += doc.n;
    for (const [a, b] of doc.sentences) sents.push({ doc, fixed: fix, gold: gold.subarray(a, b), a, b });
  }
  opts.log?.(`class tagger: ${fixed.size} fixed words cover ${fixedTokens} of ${tokens} tokens`);
  let scores: Float32Array = new Float32Array(0);
  for (let ep = 0; ep < opts.epochs; ep++) {
    shuffle(sents, rand);
    let wrong = 0;
    for (const s of sents) {
      const seq = classFeatures(s.doc, s.fixed, s.a, s.b, buf);
      scores = emissions(linear, seq, scores);
      const pred = greedy(linear, seq, scores, s.fixed.subarray(s.a, s.b));
      for (let i = 0; i < pred.length; i++) if (pred[i] !== s.gold[i]) wrong++;
      // a fixed token's features are empty: its update moves only the transitions around it
      tr.update(seq, s.gold, pred);
      tr.tick();
    }
    opts.log?.(`class tagger epoch ${ep + 1}: ${wrong} / ${tokens} tokens wrong`);
  }
  tr.finish();
  return { linear, fixed };
}

/** How often each word (Doc.word hash) has each class in the docs' classes (doc.pos). */
export function classCounts(docs: Doc[]): Map<number, Int32Array> {
  const counts = new Map<number, Int32Array>();
  for (const doc of docs) {
    for (let i = 0; i < doc.n; i++) {
      let c = counts.get(doc.word[i]!);
      if (!c) counts.set(doc.word[i]!, (c = new Int32Array(CLASS_TAGS)));
      c[doc.pos[i]!]!++;
    }
  }
  return counts;
}

/** Words (Doc.word hashes) seen at least `min` times, with one class at least `share` of them. */
function fixedTable(docs: Doc[], min: number, share: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const [h, c] of classCounts(docs)) {
    let total = 0, top = 0;
    for (let t = 0; t < CLASS_TAGS; t++) { total += c[t]!; if (c[t]! > c[top]!) top = t; }
    if (top > 0 && total >= min && c[top]! >= share * total) out.set(h, top);
  }
  return out;
}

/**
 * More English news text for the class tagger, beside the attribution training texts: the BASIL and NeuS
 * articles, the article-extraction benchmark's bodies and CheckThat's fact-checked claims, where present
 * under `data` (../shared/data). No attribution is read from them; only wink's classes. With them the
 * tagger agrees with wink on 98.4% of PolNeAR dev's tokens and 97.9% of our fixtures' and the story
 * packs', against 98.0% and 96.9% from PolNeAR train alone.
 */
export function extraTexts(data: string): string[] {
  const out: string[] = [];
  const lines = (path: string): Array<Record<string, unknown>> => {
    if (!existsSync(path)) return [];
    return readFileSync(path, 'utf8').split('\n').flatMap((l, i) => {
      if (!l.trim()) return [];
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch (e) {
        throw new Error(`${path}:${i + 1}: not JSON (${(e as Error).message})`);
      }
    });
  };
  for (const r of [...lines(`${data}basil/dev.jsonl`), ...lines(`${data}neus/dev.jsonl`)]) if (typeof r.text === 'string') out.push(r.text);
  const truth = `${data}article-extraction/dev/ground-truth.json`;
  if (existsSync(truth)) {
    for (const page of Object.values(JSON.parse(readFileSync(truth, 'utf8')) as Record<string, { articleBody?: string }>)) {
      if (page.articleBody) out.push(page.articleBody);
    }
  }
  // claims are a sentence or two each: fifty to a text, as paragraphs
  const claims = lines(`${data}checkthat2020/verified_claims.jsonl`).map((r) => `${String(r.title ?? '')}\n\n${String(r.text ?? '')}`);
  for (let i = 0; i < claims.length; i += 50) out.push(claims.slice(i, i + 50).join('\n\n'));
  return out;
}
