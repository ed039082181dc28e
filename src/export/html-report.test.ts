import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DRIFT_RED } from './html-graph.ts';
import { toHtmlReport } from './html-report.ts';
import { esc, html } from './html.ts';
import { activeContent, parse } from './check/html.ts';
import { greymoorTrace, smallTrace, SMALL_OPTS } from './test-support.ts';
import type { TraceJson } from './types.ts';

test('the detector catches what it should', () => {
  const page = `<html><head><meta http-equiv="refresh" content="0;url=https://x.example"></head><body><p onclick="x">a</p><a href="javascript:x">b</a><svg><circle onload="x"/></svg><img src="x"><div style="x"></div></body></html>`;
  assert.deepEqual(activeContent(parse(page)), ['p[onclick]', 'a[href=javascript:x]', 'circle[onload]', '<img>', 'img[src]', 'div[style]', 'meta http-equiv: refresh: 0;url=https://x.example']);
});

test('esc and the html template escape every value', () => {
  assert.equal(esc(`<a href="x" onclick='y'>&amp;</a>\u0000`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  assert.equal(html`<p title="${'"><b>'}">${['<i>', 3, null, html`<br>`]}</p>`.value, '<p title="&quot;&gt;&lt;b&gt;">&lt;i&gt;3<br></p>');
});

test('should write one self-contained report of the small trace', () => {
  const out = toHtmlReport(smallTrace(), { ...SMALL_OPTS, hashes: { a1: 'ab'.repeat(32) } });
  const doc = parse(out);
  assert.deepEqual(activeContent(doc), []);
  assert.equal(doc.querySelector('title')!.textContent, 'hearsay trace report');
  assert.equal(doc.querySelector('header .meta')!.textContent, 'Generated 2025-06-01 12:00 UTC by hearsay 0.1.0');
  assert.deepEqual([...doc.querySelectorAll('.counts li')].map((l) => l.textContent), ['4articles', '4outlets', '1story', '2claims', '1copy', '2claims with drift']);
  // The claim table.
  const rows = [...doc.querySelectorAll('#claims + .scroll tbody tr')].map((r) => [...r.querySelectorAll('td')].map((d) => d.textContent));
  assert.deepEqual(rows, [
    ['c1', 'the Lowmarsh bridge had been closed twice for cracks', '4', '1', 'Ada Penhallow (person)', 'Quill Wire2025-05-02 08:00 UTC', 'hardened', '1'],
    ['c2', 'repairs would cost 4 million', '2', '1', 'Lowmarsh Transit Authority (organization)', 'Quill Wire2025-05-02 08:00 UTC', 'number-changed', ''],
  ]);
  // c1's graph: source → wire story (copy folded in) → citing article along a red (drift) edge; the dispute stands apart.
  const g1 = doc.querySelector('#claim-1 svg.graph')!;
  assert.deepEqual([...g1.querySelectorAll('g.node')].map((n) => [...n.querySelectorAll('text')].map((t) => t.textContent).join(' | ')), [
    'Quill Wire | 2025-05-02 08:00 | +1 copy',
    'Harrow Daily | 2025-05-02 12:30 | drift: hardened',
    'Lowmarsh Echo | 2025-05-03 · disputed',
    'Ada Penhallow | person',
  ]);
  const edges = [...g1.querySelectorAll('g.edge path')].map((p) => p.getAttribute('stroke'));
  assert.deepEqual(edges, ['#8a94a6', DRIFT_RED]);
  assert.match(doc.querySelector('#claim-1 ul.notes')!.textContent!, /^hardened in Harrow Daily: “definitely” — certainty 1\.00/);
  // Articles: hashes when given, "not recorded" otherwise; times in UTC.
  const arts = [...doc.querySelectorAll('#articles + .scroll tbody tr')].map((r) => [...r.querySelectorAll('td')].map((d) => d.textContent));
  assert.deepEqual(arts.map((r) => [r[0], r[3], r[5]]), [
    ['a1', '2025-05-02 08:00 UTC', 'ab'.repeat(32)],
    ['a2', '2025-05-02 10:00 UTC', 'not recorded'],
    ['a3', '2025-05-02 12:30 UTC', 'not recorded'],
    ['a4', '2025-05-03', 'not recorded'],
  ]);
  assert.equal(doc.querySelectorAll('#articles + .scroll a[href^="https://"]').length, 4);
  assert.equal(doc.querySelectorAll('svg.timeline circle').length, 4 + 2);
  assert.deepEqual([...doc.querySelectorAll('svg.timeline text.n1')].map((t) => t.textContent), ['s1 (4 articles)']);
  assert.ok(doc.querySelector('.method'));
});

/** A trace whose every string is an attack on the page that shows it. */
function hostileTrace(): { trace: TraceJson; opts: typeof SMALL_OPTS } {
  const evil = (tag: string) => `${tag}<script>alert(1)</script>"><img src=x onerror=alert(2)>'><svg onload=alert(3)>`;
  const t = JSON.parse(JSON.stringify(smallTrace()).replaceAll('"a1"', JSON.stringify(evil('a1')))) as TraceJson;
  t.articles[1]!.outlet = evil('outlet');
  t.claims[0]!.text = evil('claim');
  t.claims[0]!.appearances[3]!.span.text = evil('span');
  t.claims[0]!.primarySources[0]!.name = evil('person');
  t.claims[0]!.drift[0]!.note = evil('note');
  t.stories[0]!.id = evil('story');
  t.claims[0]!.story = evil('story');
  return {
    trace: t,
    opts: {
      ...SMALL_OPTS,
      title: evil('title</title><script>x</script>'),
      generatedAt: evil('time'),
      articles: {
        [evil('a1')]: { url: 'javascript:alert(document.cookie)', title: evil('headline'), published: '2025-05-02T08:00Z' },
        a2: { url: ' JaVaScRiPt:alert(4)', published: 'not a date <b>' },
        a3: { url: 'https://harrowdaily.example/x"onmouseover="alert(5)', title: '</style><style>body{display:none}</style>' },
        a4: { url: 'data:text/html,<script>alert(6)</script>' },
      },
      hashes: { a2: '"><script>alert(7)</script>' },
    },
  };
}

test('hostile article text comes out inert', () => {
  const { trace, opts } = hostileTrace();
  const out = toHtmlReport(trace, opts);
  const doc = parse(out);
  assert.deepEqual(activeContent(doc), []);
  assert.doesNotMatch(out, /<(?:script|img|iframe|object|embed|base|form|link)\b/i);
  assert.doesNotMatch(out, /<svg onload|<style>body/i);
  assert.equal(doc.querySelectorAll('style').length, 1);
  // The words survive as text (escaped, not dropped), and the title is the whole hostile string.
  assert.match(doc.body.textContent!, /claim<script>alert\(1\)<\/script>"><img src=x onerror=alert\(2\)>/);
  assert.equal(doc.querySelector('title')!.textContent, opts.title);
  // Only the one http(s) URL is linked, with its quote escaped inside the attribute.
  const links = [...doc.querySelectorAll('a[href^="http"]')].map((a) => a.getAttribute('href'));
  assert.deepEqual(links, ['https://harrowdaily.example/x%22onmouseover=%22alert(5)']);
  assert.match(doc.body.textContent!, /javascript:alert\(document\.cookie\) \(not a web address; not linked\)/);
  assert.match(doc.body.textContent!, /not a date <b> \(unreadable\)/);
});

test('the Greymoor report is self-contained and inert', { skip: greymoorTrace() ? false : 'attribution model not trained yet' }, () => {
  const g = greymoorTrace()!;
  const doc = parse(toHtmlReport(g.trace, g.opts));
  assert.deepEqual(activeContent(doc), []);
  assert.equal(doc.querySelectorAll('section.claim svg.graph').length, g.trace.claims.length);
  assert.equal(doc.querySelectorAll('#articles + .scroll tbody tr').length, g.trace.articles.length);
});
