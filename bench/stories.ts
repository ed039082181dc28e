// Story grouping on the dev sets: BASIL (full articles, 3 outlets per event) and NeuS (headline + lead).
// Only id, title, text and published reach the program; `label` and `main_event` are the answers and
// go to the scorer alone. Prints the shared scorer's output and the time taken.
//
//   node --import tsx bench/stories.ts [basil|neus|neus-thin|basil-train|neus-train ...] [--options '{"cluster":{"linkSimilarity":0.2}}']
//
// neus-thin is NeuS dev with each event cut to 3, 2 or 1 of its takes (chosen by a hash of the event),
// so the set holds true singletons and pairs as a real archive does; a change that only pays on sets
// where every event has three takes shows there. The train sets are scored when they exist.
//   node --import tsx bench/stories.ts --synth 5000,20000     (timing on invented articles)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashString } from '../src/analyze/attribution/hash.ts';
import { groupStories, type PartialStoryOptions, type StoryDoc } from '../src/link/stories.ts';
import { makeArticle, makeStory } from './synth/article.ts';
import { rng } from './synth/rng.ts';

const DATA = join(import.meta.dirname, '../../shared/data');
const SCORER = join(import.meta.dirname, '../../shared/eval/score-stories.mjs');
const SETS: Record<string, string> = {
  basil: 'basil/dev.jsonl',
  neus: 'neus/dev.jsonl',
  'neus-thin': 'neus/dev.jsonl',
  'basil-train': 'basil/train.jsonl',
  'neus-train': 'neus/train.jsonl',
};
const DEFAULT_SETS = ['basil', 'neus'];

/** Gold lines kept for the thinned set: per event, its first 3, 2 or 1 articles by id. */
function thinned(lines: string[]): string[] {
  const recs = lines.map((l) => [l, JSON.parse(l) as { id: string; label: string }] as const).sort((a, b) => (a[1].id < b[1].id ? -1 : 1));
  const seen = new Map<string, number>();
  return recs
    .filter(([, r]) => {
      const k = (seen.get(r.label) ?? 0) + 1;
      seen.set(r.label, k);
      return k <= 3 - ((hashString(r.label) >>> 0) % 3); // a choice that depends on the event alone
    })
    .map(([l]) => l);
}

/** The program's view of a record: no label, no main_event, no source. */
export function readDocs(path: string): StoryDoc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as Record<string, unknown>;
      return { id: String(r.id), title: (r.title as string | null) ?? null, text: String(r.text ?? ''), published: (r.published as string | null) ?? null };
    });
}

function runSet(name: string, options: PartialStoryOptions | undefined): void {
  let gold = join(DATA, SETS[name]!);
  if (!existsSync(gold)) {
    console.log(`${name}: ${gold} not found, skipped`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-stories-'));
  if (name.endsWith('-thin')) {
    const lines = thinned(readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()));
    gold = join(dir, `${name}-gold.jsonl`);
    writeFileSync(gold, lines.join('\n') + '\n');
  }
  const docs = readDocs(gold);
  const t0 = performance.now();
  const groups = groupStories(docs, options);
  const ms = performance.now() - t0;
  const pred = join(dir, `${name}.jsonl`);
  writeFileSync(pred, groups.flatMap((g) => g.articles.map((id) => JSON.stringify({ id, story: g.id }))).join('\n') + '\n');
  console.log(`== ${name} (${docs.length} articles, grouped in ${ms.toFixed(0)} ms)`);
  process.stdout.write(execFileSync(process.execPath, [SCORER, gold, pred], { encoding: 'utf8' }));
}

/** Invented coverage: stories of 1–8 articles over two years, each article written afresh. */
function synthCorpus(n: number, seed: number): StoryDoc[] {
  const r = rng(seed);
  const docs: StoryDoc[] = [];
  for (let s = 0; docs.length < n; s++) {
    const story = makeStory(r);
    const day = r.int(0, 730);
    for (let k = r.int(1, 8); k > 0 && docs.length < n; k--) {
      const text = makeArticle(r, story, r.int(1500, 5000));
      const date = new Date(Date.UTC(2024, 0, 1 + day + r.int(0, 3)));
      docs.push({ id: `s${s}-${k}`, title: text.slice(0, text.indexOf('\n')), text, published: date.toISOString().slice(0, 10) });
    }
  }
  return docs;
}

function runSynth(sizes: number[], options: PartialStoryOptions | undefined): void {
  const times: number[] = [];
  for (const n of sizes) {
    const docs = synthCorpus(n, 7);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const groups = groupStories(docs, options);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    times.push(cpu.user + cpu.system);
    const truth = new Set(docs.map((d) => d.id.split('-')[0]!)).size;
    const wrong = groups.filter((g) => new Set(g.articles.map((a) => a.split('-')[0])).size > 1).length;
    console.log(`synthetic ${n} articles (${truth} invented stories): ${groups.length} groups, ${wrong} mixing stories, in ${(ms / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU`);
  }
  if (sizes.length > 1) {
    console.log(`CPU time ratio ${sizes.at(-1)}/${sizes[0]}: ${(times.at(-1)! / times[0]!).toFixed(2)} (size ratio ${(sizes.at(-1)! / sizes[0]!).toFixed(1)})`);
  }
}

const args = process.argv.slice(2);
const oi = args.indexOf('--options');
const options = oi >= 0 ? (JSON.parse(args[oi + 1]!) as PartialStoryOptions) : undefined;
const si = args.indexOf('--synth');
if (si >= 0) {
  runSynth(args[si + 1]!.split(',').map(Number), options);
} else {
  const names = args.filter((a, i) => SETS[a] && args[i - 1] !== '--options');
  for (const name of names.length ? names : DEFAULT_SETS) runSet(name, options);
}
