// An index that takes articles in batches. It keeps each article's term counts, so adding a batch reads
// only the new texts; the grouping itself is recomputed over the whole set (IDF and neighbours change as
// articles arrive), so groups() always equals groupStories() of everything added, in any order.
import { countDoc, groupCounted, type CountedDoc, type PartialStoryOptions, type StoryDoc, type StoryGroup } from './stories.ts';

export class StoryIndex {
  private readonly docs = new Map<string, CountedDoc>();

  constructor(private readonly options?: PartialStoryOptions) {}

  /** Add articles; an article added again under the same id replaces the earlier text. */
  add(docs: readonly StoryDoc[]): void {
    for (const d of docs) this.docs.set(d.id, countDoc(d));
  }

  get size(): number {
    return this.docs.size;
  }

  groups(): StoryGroup[] {
    return groupCounted([...this.docs.values()], this.options);
  }
}
