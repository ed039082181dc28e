// Stable story ids across runs. When more coverage arrives the grouping is recomputed; each new cluster
// takes the id of the earlier story it shares most articles with, so links and bookmarks to a story keep
// working. Each earlier id goes to one cluster at most: when a story splits, the part with most of its
// articles keeps the id; when two stories merge, the merged one keeps the id of the one it holds most of
// (on a tie, the older: the one listed first in `previous`, which callers keep in creation order).
import type { StoryGroup } from './stories.ts';

export function assignStoryIds<G extends { articles: readonly string[] }>(
  previous: readonly Pick<StoryGroup, 'id' | 'articles'>[],
  next: readonly G[],
  nextId: () => string,
): (G & { id: string })[] {
  const storyOf = new Map<string, number>();
  previous.forEach((s, p) => s.articles.forEach((a) => storyOf.set(a, p)));
  // candidate (cluster, earlier story, shared articles)
  const pairs: [number, number, number][] = [];
  next.forEach((g, c) => {
    const shared = new Map<number, number>();
    for (const a of g.articles) {
      const p = storyOf.get(a);
      if (p !== undefined) shared.set(p, (shared.get(p) ?? 0) + 1);
    }
    for (const [p, k] of shared) pairs.push([c, p, k]);
  });
  // most shared first; then the older story; then the cluster whose first article sorts first, so the
  // outcome does not depend on the order of `next`
  const firstOf = next.map((g) => g.articles.reduce((m, a) => (a < m ? a : m), g.articles[0] ?? ''));
  pairs.sort((x, y) => y[2] - x[2] || x[1] - y[1] || (firstOf[x[0]]! < firstOf[y[0]]! ? -1 : firstOf[x[0]]! > firstOf[y[0]]! ? 1 : 0));
  const idOf = new Array<string | undefined>(next.length);
  const taken = new Set<number>();
  for (const [c, p] of pairs) {
    if (idOf[c] !== undefined || taken.has(p)) continue;
    idOf[c] = previous[p]!.id;
    taken.add(p);
  }
  // new stories get new ids in the order of their first article, again independent of input order
  const fresh = next.map((_, c) => c).filter((c) => idOf[c] === undefined);
  fresh.sort((x, y) => (firstOf[x]! < firstOf[y]! ? -1 : firstOf[x]! > firstOf[y]! ? 1 : 0));
  for (const c of fresh) idOf[c] = nextId();
  return next.map((g, c) => ({ ...g, id: idOf[c]! }));
}
