import assert from 'node:assert/strict';
import { it } from 'node:test';
import { layoutProvenance, NODE_H, NODE_W, type ArticleLite } from './graph-layout.ts';

const art = (id: string, outlet: string, published: string): ArticleLite => ({ id, outlet, published, title: `title ${id}`, url: null });
const span = { start: 0, end: 5 };
const claim = {
  id: '1',
  primarySources: [{ name: 'Tomas Vereker', kind: 'person' }],
  appearances: [
    { article: '1', span, stance: 'attributed', speaker: 'Tomas Vereker' },
    { article: '2', span, stance: 'attributed', speaker: 'Tomas Vereker', from: { article: '1', rule: 'copy' } },
    { article: '3', span, stance: 'attributed', speaker: 'Tomas Vereker', from: { article: '2', rule: 'citation' } },
    { article: '4', span, stance: 'denied', speaker: 'Calder Water' },
  ],
  drift: [{ article: '3', kind: 'hardened', source: { article: '1' } }],
};
const articles = new Map([art('1', 'Tallis Wire', '2025-03-13T09:00Z'), art('2', 'Ashgrove Courier', '2025-03-13T11:30Z'), art('3', 'Quarry Gazette', '2025-03-13T16:00Z'), art('4', 'Fenmarch', '2025-03-15T10:00Z')].map((a) => [a.id, a]));

it('should fold copies into their original and run left to right in time', () => {
  const g = layoutProvenance(claim, articles);
  assert.deepEqual(g.nodes.map((n) => n.key).sort(), ['1', '3', '4', 'source:0']);
  const x = new Map(g.nodes.map((n) => [n.key, n.x]));
  assert.ok(x.get('source:0')! < x.get('1')! && x.get('1')! < x.get('3')! && x.get('3')! < x.get('4')!);
  const one = g.nodes.find((n) => n.key === '1')!;
  assert.deepEqual(one.copies, ['2']);
  assert.ok(one.lines.includes('+1 copy'));
});

it('should join the source to the origin, the citing article to the original of what it cites, and mark drift', () => {
  const g = layoutProvenance(claim, articles);
  assert.deepEqual(g.edges.map((e) => [e.from, e.to, e.kind, e.drift]), [['source:0', '1', 'source', []], ['1', '3', 'citation', ['hardened']]]);
  assert.ok(g.nodes.find((n) => n.key === '4')!.contested);
});

it('should keep every node inside the drawing and apart from the others', () => {
  const g = layoutProvenance(claim, articles);
  for (const n of g.nodes) assert.ok(n.x >= 0 && n.y >= 0 && n.x + NODE_W <= g.width && n.y + NODE_H <= g.height);
  for (const a of g.nodes) for (const b of g.nodes) if (a !== b) assert.ok(Math.abs(a.x - b.x) >= NODE_W || Math.abs(a.y - b.y) >= NODE_H, `${a.key} overlaps ${b.key}`);
});

it('should bend a long edge round the nodes between, never under them', () => {
  // Source → article 1 (first column) and source → article 4 (three columns later).
  const g = layoutProvenance({ ...claim, appearances: [claim.appearances[0]!, { article: '3', span, stance: 'attributed', speaker: 'x' }, { article: '4', span, stance: 'attributed', speaker: 'Tomas Vereker' }], drift: [] }, articles);
  const y = new Map(g.nodes.map((n) => [n.key, n.y]));
  assert.equal(y.get('source:0'), y.get('1'));
  // Article 3 sits in a middle column on the source's row only if the long edge's waypoint does not.
  const long = g.edges.find((e) => e.to === '4')!;
  assert.ok((long.d.match(/ L/g) ?? []).length >= 1, long.d);
  assert.notEqual(y.get('4'), y.get('3'));
});

it('should place undated articles last without breaking the order', () => {
  const undated = new Map(articles);
  undated.set('3', { ...articles.get('3')!, published: null });
  undated.set('4', { ...articles.get('4')!, published: 'not a date' });
  const g = layoutProvenance(claim, undated);
  const x = new Map(g.nodes.map((n) => [n.key, n.x]));
  assert.ok(x.get('1')! < x.get('3')!);
  assert.equal(x.get('3'), x.get('4'));
  assert.ok(Number.isFinite(g.width) && Number.isFinite(g.height));
});
