import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupStories, type StoryDoc } from './stories.ts';
import { StoryIndex } from './story-index.ts';
import { ALL, EVENTS, LONE } from './story-fixtures.ts';

/** A seeded shuffle, so a failure can be replayed. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const membership = (groups: { articles: string[] }[]) => groups.map((g) => g.articles.join(' ')).sort();

describe('groupStories', () => {
  it('should group each event apart, though one politician comments on all of them', () => {
    assert.deepEqual(membership(groupStories(ALL)), [
      'court-1 court-2 court-3',
      'ferry-1 ferry-2 ferry-3',
      'lone-1',
      'rates-1 rates-2 rates-3',
      'strike-1 strike-2 strike-3',
    ]);
  });

  it('should explain a story by the words its articles share', () => {
    const ferry = groupStories(ALL).find((g) => g.articles.includes('ferry-1'))!;
    assert.equal(ferry.id, 'story:ferry-1');
    assert.ok(ferry.score!.terms.includes('ferry'), ferry.score!.terms.join(','));
    assert.ok(ferry.score!.terms.includes('dunvale'));
    assert.ok(!ferry.score!.terms.includes('holm'), 'the shared politician does not explain the story');
    assert.ok(ferry.score!.cohesion > 0 && ferry.score!.cohesion <= 1);
  });

  it('should give the same groups for the same set in any order', () => {
    const expected = groupStories(ALL);
    for (let seed = 1; seed <= 12; seed++) assert.deepEqual(groupStories(shuffled(ALL, seed)), expected, `seed ${seed}`);
  });

  it('should keep one event together when it is all the set holds', () => {
    assert.deepEqual(membership(groupStories(EVENTS.ferry!)), ['ferry-1 ferry-2 ferry-3']);
  });

  it('should leave an article on its own when nothing else is about its event', () => {
    assert.deepEqual(groupStories([LONE]), [{ id: 'story:lone-1', articles: ['lone-1'], score: groupStories([LONE])[0]!.score }]);
    assert.deepEqual(groupStories([]), []);
  });

  it('should accept articles with no title, no date and no words', () => {
    const groups = groupStories([{ id: 'x', text: '' }, { id: 'y', text: '…', title: null, published: 'not a date' }]);
    assert.deepEqual(membership(groups), ['x', 'y']);
  });

  it('should read the weekday a lead names only where the date is unknown', () => {
    // two takes on one closure; a large penalty makes the weekday decisive, to see where it is read
    const bridge = (d1: string, d2: string, published: string | null) => [
      { id: 'bridge-1', published, title: 'Sorn council closes harbour bridge', text: `The Sorn council closed the harbour bridge on ${d1} after inspectors found cracks in its deck. Drivers were sent on a long detour.` },
      { id: 'bridge-2', published, title: 'Sorn span shut to traffic', text: `Engineers found cracks in a span at Sorn, which the council shut to traffic on ${d2}. Ferries will run extra trips across the harbour.` },
      ...ALL,
    ];
    const strict = { cluster: { dayPenalty: 5 } };
    const bridges = (docs: StoryDoc[]) => membership(groupStories(docs, strict)).filter((g) => g.includes('bridge'));
    assert.deepEqual(bridges(bridge('Monday', 'Monday', null)), ['bridge-1 bridge-2']);
    assert.deepEqual(bridges(bridge('Monday', 'Thursday', null)), ['bridge-1', 'bridge-2']);
    assert.deepEqual(bridges(bridge('Monday', 'Thursday', '2031-04-07')), ['bridge-1 bridge-2']);
  });

  it('should refuse two articles under one id', () => {
    assert.throws(() => groupStories([LONE, LONE]), /duplicate article id "lone-1"/);
  });
});

describe('StoryIndex', () => {
  it('should equal grouping the whole set at once, whatever the batches', () => {
    const expected = groupStories(ALL);
    for (let seed = 1; seed <= 6; seed++) {
      const docs = shuffled(ALL, seed);
      const index = new StoryIndex();
      const cut = 1 + (seed % (docs.length - 1));
      index.add(docs.slice(0, cut));
      index.groups(); // a grouping in between must not change the final one
      index.add(docs.slice(cut));
      assert.equal(index.size, ALL.length);
      assert.deepEqual(index.groups(), expected, `seed ${seed}`);
    }
  });

  it('should replace an article added again under the same id', () => {
    const index = new StoryIndex();
    index.add([{ ...LONE, text: 'placeholder' }]);
    index.add([LONE]);
    assert.deepEqual(index.groups(), groupStories([LONE]));
  });
});
