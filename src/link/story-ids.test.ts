import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupStories } from './stories.ts';
import { assignStoryIds } from './story-ids.ts';
import { EVENTS, LONE } from './story-fixtures.ts';

const counter = (prefix = 'S') => {
  let n = 0;
  return () => `${prefix}${++n}`;
};

describe('assignStoryIds', () => {
  it('should keep a story id when more coverage arrives', () => {
    const ids = counter();
    const first = assignStoryIds([], groupStories([...EVENTS.ferry!.slice(0, 2), ...EVENTS.strike!.slice(0, 2)]), ids);
    const ferryId = first.find((s) => s.articles.includes('ferry-1'))!.id;
    const strikeId = first.find((s) => s.articles.includes('strike-1'))!.id;
    assert.notEqual(ferryId, strikeId);
    const second = assignStoryIds(first, groupStories([...EVENTS.ferry!, ...EVENTS.strike!, ...EVENTS.rates!]), ids);
    assert.equal(second.find((s) => s.articles.includes('ferry-3'))!.id, ferryId);
    assert.equal(second.find((s) => s.articles.includes('strike-3'))!.id, strikeId);
    assert.equal(second.find((s) => s.articles.includes('rates-1'))!.id, 'S3', 'a new story gets a new id');
  });

  it('should give a split story id to the part that holds most of it', () => {
    const previous = [{ id: 'old', articles: ['a', 'b', 'c'] }];
    const next = assignStoryIds(previous, [{ articles: ['a'] }, { articles: ['b', 'c'] }], counter('N'));
    assert.deepEqual(next.map((s) => s.id), ['N1', 'old']);
  });

  it('should give merged stories the id of the one the merge holds most of, or the older on a tie', () => {
    const previous = [
      { id: 'older', articles: ['a', 'b'] },
      { id: 'newer', articles: ['c', 'd', 'e'] },
    ];
    assert.deepEqual(assignStoryIds(previous, [{ articles: ['a', 'b', 'c', 'd', 'e'] }], counter()).map((s) => s.id), ['newer']);
    assert.deepEqual(assignStoryIds(previous, [{ articles: ['a', 'b', 'c', 'd'] }], counter()).map((s) => s.id), ['older']);
  });

  it('should not depend on the order of the new clusters', () => {
    const previous = [{ id: 'old', articles: ['a', 'b', 'c', 'd'] }];
    const next = [{ articles: ['a', 'b'] }, { articles: ['c', 'd'] }, { articles: ['x'] }, { articles: ['w'] }];
    const byFirst = (xs: { id: string; articles: string[] }[]) => Object.fromEntries(xs.map((s) => [s.articles[0], s.id]));
    const forward = byFirst(assignStoryIds(previous, next, counter()));
    const backward = byFirst(assignStoryIds(previous, [...next].reverse(), counter()));
    assert.deepEqual(forward, backward);
    assert.deepEqual(forward, { a: 'old', c: 'S1', w: 'S2', x: 'S3' }, 'new ids follow the first article');
  });

  it('should keep the explanation of each cluster', () => {
    const [story] = assignStoryIds([], groupStories([LONE]), counter());
    assert.equal(story!.id, 'S1');
    assert.ok(story!.score!.terms.includes('orchid'));
  });
});
