// Story grouping against the dev sets in ../shared/data (BASIL: full articles, three outlets per event;
// NeuS: headline and lead). The program sees id, title, text and published only; the gold label goes to
// the B-cubed measure alone (as in ../shared/eval/score-stories.mjs). Skips when ../shared is absent.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { groupStories, type StoryDoc } from './stories.ts';

const DATA = join(import.meta.dirname, '../../../shared/data');

function load(path: string): { docs: StoryDoc[]; gold: Map<string, string> } {
  const docs: StoryDoc[] = [];
  const gold = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; title?: string | null; text: string; published?: string | null; label: string };
    docs.push({ id: r.id, title: r.title ?? null, text: r.text, published: r.published ?? null });
    gold.set(r.id, r.label);
  }
  return { docs, gold };
}

/** B-cubed F1 (Bagga & Baldwin 1998), as the shared scorer computes it. */
function bcubed(gold: Map<string, string>, groups: { articles: string[] }[]): number {
  const predicted = new Map<string, Set<string>>();
  for (const g of groups) {
    const set = new Set(g.articles);
    for (const a of g.articles) predicted.set(a, set);
  }
  const byLabel = new Map<string, Set<string>>();
  for (const [id, label] of gold) {
    if (!byLabel.has(label)) byLabel.set(label, new Set());
    byLabel.get(label)!.add(id);
  }
  let p = 0;
  let r = 0;
  for (const [id, label] of gold) {
    const pc = predicted.get(id) ?? new Set([id]);
    const gc = byLabel.get(label)!;
    let both = 0;
    for (const x of pc) if (gc.has(x)) both++;
    p += both / pc.size;
    r += both / gc.size;
  }
  p /= gold.size;
  r /= gold.size;
  return (2 * p * r) / (p + r);
}

// The project's bar is 0.96 on BASIL and 0.90 on NeuS (dev: 0.997 and 0.906). The NeuS misses left are
// mostly takes on one event that share almost no words (opinion pieces) and successive events on one
// topic named on the same weekday; the line here guards what is reached, so a change that loses ground fails.
const SETS = [
  { name: 'BASIL', file: 'basil/dev.jsonl', bar: 0.96 },
  { name: 'NeuS', file: 'neus/dev.jsonl', bar: 0.9 },
];

describe('groupStories on the dev sets', () => {
  for (const { name, file, bar } of SETS) {
    const path = join(DATA, file);
    const skip = existsSync(path) ? false : `${path} not found (the shared dev data is not checked out here)`;
    it(`should reach B-cubed F1 ${bar} on ${name}`, { skip }, () => {
      const { docs, gold } = load(path);
      const f1 = bcubed(gold, groupStories(docs));
      assert.ok(f1 >= bar, `${name} B-cubed F1 ${f1.toFixed(3)} < ${bar}`);
    });
  }
});
