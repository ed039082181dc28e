import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NS, validateGraphMl } from './check/graphml.ts';
import { toGraphMl } from './graphml.ts';
import { greymoorTrace, smallTrace, SMALL_OPTS } from './test-support.ts';

/** The edges as "source relation target" lines, for exact expectations. */
function edgesOf(xml: string): string[] {
  const { doc } = validateGraphMl(xml);
  return [...doc.getElementsByTagName('edge')].map((e) => {
    const rel = [...e.getElementsByTagName('data')].find((d) => d.getAttribute('key') === 'relation')!.textContent;
    return `${e.getAttribute('source')} ${rel} ${e.getAttribute('target')}`;
  });
}

test('the validator catches what it should', () => {
  const bad = `<graphml xmlns="${NS}"><graph id="g"><node id="a b"/><edge source="a b" target="z"><data key="w">x</data></edge></graph><key id="w" for="node" attr.name="w" attr.type="int"/></graphml>`;
  assert.deepEqual(validateGraphMl(bad).errors, [
    'key declared after graph', 'graph without a valid edgedefault', 'node id a b not a unique NMTOKEN', 'edge null: target z is not a node', 'edge: key w is for node', 'edge: x is not an int',
  ]);
  assert.match(validateGraphMl('<graphml><node></graphml>').errors[0]!, /^xml /);
});

test('should write a valid GraphML graph of the trace', () => {
  const xml = toGraphMl(smallTrace(), SMALL_OPTS);
  assert.deepEqual(validateGraphMl(xml).errors, []);
  assert.deepEqual(edgesOf(xml), [
    'article:a1 published-by outlet:quill-wire',
    'article:a2 published-by outlet:fenwick-post',
    'article:a2 cites outlet:quill-wire',
    'article:a3 published-by outlet:harrow-daily',
    'article:a3 cites outlet:quill-wire',
    'article:a4 published-by outlet:lowmarsh-echo',
    'article:a2 copy-of article:a1',
    'source:ada-penhallow primary-source-of claim:c1',
    'article:a1 carries claim:c1',
    'article:a2 carries claim:c1',
    'article:a3 carries claim:c1',
    'article:a4 carries claim:c1',
    'source:lowmarsh-transit-authority primary-source-of claim:c2',
    'article:a1 carries claim:c2',
    'article:a3 carries claim:c2',
  ]);
  assert.match(xml, /<edge id="e11" source="article:a3" target="claim:c1"><data key="relation">carries<\/data><data key="edge_label">carries<\/data><data key="stance">asserted<\/data><data key="start">0<\/data><data key="end">58<\/data>/);
  assert.match(xml, /<data key="drift">hardened<\/data>/);
  assert.match(xml, /<node id="claim:c1"><data key="label">the Lowmarsh bridge had been closed twice for cracks<\/data><data key="type">claim<\/data>/);
});

test('hostile names and text stay well-formed; odd ids get numbered', () => {
  const t = JSON.parse(JSON.stringify(smallTrace()).replaceAll('"a1"', JSON.stringify('a 1 <&>"\''))) as ReturnType<typeof smallTrace>;
  t.articles[1]!.outlet = 'Evil ]]> <Outlet> & "Co"\u0001\uD800';
  t.claims[0]!.text = '</data><script>alert(1)</script>\u000b';
  const xml = toGraphMl(t);
  const { doc, errors } = validateGraphMl(xml);
  assert.deepEqual(errors, []);
  assert.equal(doc.getElementsByTagName('script').length, 0);
  const labels = [...doc.getElementsByTagName('data')].filter((d) => d.getAttribute('key') === 'label').map((d) => d.textContent);
  assert.ok(labels.includes('Evil ]]> <Outlet> & "Co"\uFFFD\uFFFD'));
  assert.ok(labels.includes('</data><script>alert(1)</script>\uFFFD'));
  assert.ok(edgesOf(xml).includes('article.1 carries claim:c1'));
});

test('the Greymoor graph is valid GraphML', () => {
  const g = greymoorTrace();
  if (!g) return;
  const xml = toGraphMl(g.trace, g.opts);
  const { doc, errors } = validateGraphMl(xml);
  assert.deepEqual(errors, []);
  const types = [...doc.getElementsByTagName('data')].filter((d) => d.getAttribute('key') === 'type').map((d) => d.textContent);
  assert.equal(types.filter((x) => x === 'article').length, g.trace.articles.length);
  assert.equal(types.filter((x) => x === 'claim').length, g.trace.claims.length);
});
