// Synthetic coverage at archive scale: many stories, each told by a wire original, client copies of it
// (new headline, small edits, a credit line), re-reports that cite another outlet, and independent
// articles; outlets recur across stories and dates spread over months. All names are invented.
import { makeArticle, makeStory } from './article.ts';
import { hostOf, outlet } from './names.ts';
import { rng as makeRng, type Rng } from './rng.ts';

export interface CoverageRecord {
  id: string;
  url: string;
  outlet: string;
  title: string;
  published: string;
  text: string;
}

function edit(r: Rng, text: string): string {
  const paras = text.split('\n\n');
  // Small copy-desk edits: a paragraph dropped, a word changed, a credit added.
  if (paras.length > 4 && r.chance(0.5)) paras.splice(r.int(2, paras.length - 1), 1);
  return paras.join('\n\n').replace(/\bsaid\b/, 'told reporters').replace(/\bon Tuesday\b/, 'on Tuesday afternoon');
}

export function* coverage(n: number, seed = 42): Generator<CoverageRecord> {
  const r = makeRng(seed);
  const outlets = Array.from({ length: Math.max(20, Math.round(n / 40)) }, () => outlet(r));
  const start = Date.parse('2024-01-01T00:00:00Z');
  let made = 0;
  let storyNo = 0;
  while (made < n) {
    const story = makeStory(r);
    story.outlets = [r.pick(outlets), r.pick(outlets), r.pick(outlets)];
    const day = start + r.int(0, 360) * 86_400_000;
    const wireOutlet = r.pick(outlets);
    const wire = makeArticle(r, story);
    const at = (hours: number) => new Date(day + hours * 3_600_000).toISOString();
    const rec = (text: string, outletName: string, hours: number): CoverageRecord => {
      const id = `s${storyNo}-a${made++}`;
      return { id, url: `https://${hostOf(outletName)}/${id}`, outlet: hostOf(outletName), title: text.split('\n')[0]!, published: at(hours), text };
    };
    yield rec(wire, wireOutlet, 0);
    for (let i = r.int(0, 3); i > 0 && made < n; i--) {
      const client = r.pick(outlets);
      yield rec(`${wire.split('\n')[0]} (updated)\n\n${edit(r, wire.split('\n\n').slice(1).join('\n\n'))}\n\n— ${wireOutlet}`, client, r.int(1, 12));
    }
    for (let i = r.int(0, 2); i > 0 && made < n; i--) {
      const body = makeArticle(r, story, 2500).split('\n\n');
      body.splice(1, 0, `${wireOutlet} reported that ${wire.split('\n\n')[1]!.replace(/^[A-Z]+ — /, '').replace(/\.$/, '')}.`);
      yield rec(body.join('\n\n'), r.pick(outlets), r.int(6, 48));
    }
    for (let i = r.int(0, 2); i > 0 && made < n; i--) yield rec(makeArticle(r, story), r.pick(outlets), r.int(2, 72));
    storyNo++;
  }
}
