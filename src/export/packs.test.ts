// Every export of every pack we may use (the repo's Greymoor fixture and the invented packs in
// ../shared) passes its format's validator. Skips what is absent (the model, ../shared).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkClaimReview } from './check/claimreview.ts';
import { validateGraphMl } from './check/graphml.ts';
import { activeContent, parse } from './check/html.ts';
import { validateProv } from './check/prov.ts';
import { toCsv, toCsvAppearances } from './csv.ts';
import { exportTrace } from './index.ts';
import { GREYMOOR, packTrace, sharedPacks } from './test-support.ts';

for (const pack of [GREYMOOR, ...sharedPacks()]) {
  const name = pack.pathname.split('/').pop()!;
  test(`every export of ${name} is valid`, { skip: packTrace(pack) ? false : 'attribution model not trained yet' }, () => {
    const { trace, opts } = packTrace(pack)!;
    assert.ok(trace.claims.length > 0);
    const o = { ...opts, organization: { name: 'Fenland Checks' }, reviewUrl: 'https://fenlandchecks.example/review' };

    const lines = (s: string) => s.split('\r\n').length - 1;
    assert.ok(lines(toCsv(trace)) >= trace.claims.length + 1);
    assert.ok(lines(toCsvAppearances(trace, o)) >= 1 + trace.claims.reduce((n, c) => n + c.appearances.length, 0));

    const json = JSON.parse(exportTrace('json', trace, o).body);
    assert.deepEqual(json.claims, JSON.parse(JSON.stringify(trace.claims)));

    for (const d of JSON.parse(exportTrace('claimreview', trace, o).body)) {
      const r = checkClaimReview(d);
      assert.deepEqual([r.errors, r.incomplete], [[], ['reviewRating.alternateName']], d.claimReviewed);
    }
    assert.deepEqual(validateProv(JSON.parse(exportTrace('prov-jsonld', trace, o).body)), []);
    assert.deepEqual(validateGraphMl(exportTrace('graphml', trace, o).body).errors, []);

    const doc = parse(exportTrace('html', trace, o).body);
    assert.deepEqual(activeContent(doc), []);
    assert.equal(doc.querySelectorAll('section.claim svg.graph').length, trace.claims.length);
  });
}
