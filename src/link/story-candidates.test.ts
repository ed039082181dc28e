import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { candidateEdges, CANDIDATE_DEFAULTS } from './story-candidates.ts';
import { countTerms } from './text-vector-terms.ts';
import { vectorise } from './text-vector.ts';

describe('candidateEdges', () => {
  it('should find the articles that share distinctive words, and only those', () => {
    const { vectors, df } = vectorise([
      countTerms(null, 'Ferry capsized on Lake Morrow near Dunvale.'),
      countTerms(null, 'Divers search Lake Morrow after Dunvale ferry sinks.'),
      countTerms(null, 'Dockers strike at Calder Bay port.'),
      countTerms(null, 'Calder Bay port dockers offered new deal.'),
    ]);
    const { edges, neighbours } = candidateEdges(vectors, df, Uint32Array.from([0, 1, 2, 3]));
    assert.deepEqual(edges.map((e) => [e.a, e.b]).sort(), [[0, 1], [2, 3]]);
    assert.equal(neighbours[0]![0]![0], 1);
    assert.deepEqual(neighbours.map((l) => l.length), [1, 1, 1, 1]);
  });

  it('should walk a long posting list only near the article, by date order', () => {
    // ten articles share one word; with postings capped at 2 each meets only its date neighbours
    const n = 10;
    const { vectors, df } = vectorise(Array.from({ length: n }, () => countTerms(null, 'Lighthouse keeper')));
    const order = Uint32Array.from({ length: n }, (_, i) => i);
    const { edges } = candidateEdges(vectors, df, order, { ...CANDIDATE_DEFAULTS, maxPosting: 2 });
    assert.ok(edges.length > 0);
    for (const e of edges) assert.ok(e.b - e.a <= 1, `${e.a}–${e.b} are not date neighbours`);
  });

  it('should scale a similarity through adjust (e.g. by date distance)', () => {
    const { vectors, df } = vectorise([countTerms(null, 'Orchid found in Velmark'), countTerms(null, 'Velmark orchid found')]);
    const { edges } = candidateEdges(vectors, df, Uint32Array.from([0, 1]), CANDIDATE_DEFAULTS, (_a, _b, s) => s / 2);
    assert.ok(Math.abs(edges[0]!.sim - 0.5) < 1e-9);
  });
});
