// The fixed corpus the benchmarks run on: PolNeAR's dev texts when ../shared is present (real news of
// the size the speed bar names), otherwise synthetic articles of the same length from a fixed seed.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeArticle, makeStory } from './synth/article.ts';
import { rng } from './synth/rng.ts';

export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
export const POLNEAR_DEV = `${SHARED}data/polnear/dev.jsonl`;

export interface BenchDoc {
  id: string;
  text: string;
}

export function syntheticDocs(n: number, seed = 1, chars = 4500): BenchDoc[] {
  const r = rng(seed);
  const docs: BenchDoc[] = [];
  let story = makeStory(r);
  for (let i = 0; i < n; i++) {
    if (i % 8 === 0) story = makeStory(r);
    docs.push({ id: `synthetic-${i}`, text: makeArticle(r, story, chars + r.int(-1500, 1500)) });
  }
  return docs;
}

export function benchCorpus(): { name: string; docs: BenchDoc[] } {
  if (existsSync(POLNEAR_DEV)) {
    const docs = readFileSync(POLNEAR_DEV, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const r = JSON.parse(l) as BenchDoc;
        return { id: r.id, text: r.text };
      });
    return { name: 'PolNeAR dev', docs };
  }
  return { name: 'synthetic (no ../shared)', docs: syntheticDocs(84) };
}
