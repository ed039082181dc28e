import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/hearsay.js', import.meta.url));
const PACK = fileURLToPath(new URL('../../fixtures/packs/greymoor-reservoir.jsonl', import.meta.url));

// The Greymoor pack (our own invented story): a wire story (01) and its client copy (02); a chain of
// three re-reports (03 cites the Courier and hardens "said" into "confirmed"; 04 cites the Gazette,
// gives the quote to the premier and turns "about 40 homes" into "dozens"; 05, a blog, cites
// Brookline Now, alters the quote and calls it proof); the operator's denial (06); and a second,
// independent first-hand source (07, the inspector).
const run = spawnSync(process.execPath, [BIN, 'trace', '--input', PACK, '--format', 'json'], { encoding: 'utf8' });
const out = JSON.parse(run.stdout);
type Claim = { text: string; appearances: { article: string; span: { start: number; end: number; text: string } }[]; primarySources: { name: string }[]; independentSources: number; firstAppearance: string; drift: { article: string; kind: string; span: { text: string }; source: { article: string } }[] };
const claims: Claim[] = out.claims;
const ids = (c: Claim) => c.appearances.map((a) => a.article.slice(-2)).sort();
const drift = (c: Claim) => c.drift.map((d) => `${d.article.slice(-2)}:${d.kind}`).sort();
const find = (words: RegExp) => claims.find((c) => words.test(c.text));

test('trace exits cleanly and prints the evaluation interface', () => {
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(Object.keys(out).slice(0, 4), ['articles', 'copies', 'stories', 'claims']);
  assert.equal(out.articles.length, 7);
});

test('the client copy is a copy of the wire story, and nothing else is', () => {
  assert.deepEqual(out.copies.map((c: { article: string; of: string }) => [c.article, c.of]), [['greymoor-02', 'greymoor-01']]);
});

test('citations follow the chain of re-reports; an outlet naming itself is no citation', () => {
  const cites = Object.fromEntries(out.articles.map((a: { id: string; citations: { name: string }[] }) => [a.id.slice(-2), a.citations.map((c) => c.name)]));
  assert.deepEqual(cites['01'], []);
  assert.deepEqual(cites['02'], ['Tallis Wire']);
  assert.ok(cites['03'].includes('Ashgrove Courier'), String(cites['03']));
  assert.ok(cites['04'].includes('The Quarry Gazette'), String(cites['04']));
  assert.ok(cites['05'].includes('Brookline Now'), String(cites['05']));
});

test('the allegation: one primary source through copies and re-reports, hardened and misattributed on the way', () => {
  const c = find(/ignored/i);
  assert.ok(c, 'the allegation is a claim');
  for (const a of ['01', '02', '03', '04']) assert.ok(ids(c).includes(a), `${a} carries it: ${ids(c)}`);
  assert.ok(c.primarySources.some((p) => p.name === 'Tomas Vereker'));
  assert.ok(!c.primarySources.some((p) => p.name === 'Hana Ostrova'), 'a misattribution is not a second source');
  assert.equal(c.firstAppearance, 'greymoor-01');
  assert.ok(drift(c).includes('03:hardened'), String(drift(c)));
  assert.ok(drift(c).includes('04:misattributed'), String(drift(c)));
  for (const a of c.appearances) assert.equal(typeof a.span.start, 'number');
});

test('the quote: given to the premier, then altered, each flag pointing at both sides', () => {
  const c = find(/(?:told|warned) in October/);
  assert.ok(c);
  // The minister is its source; the premier it was given to is not a second one. (The inspector's "I
  // wrote to them in October and again in February" may join it as a second, independent source.)
  const names = c.primarySources.map((p) => p.name);
  assert.ok(names.includes('Tomas Vereker') && !names.includes('Hana Ostrova'), String(names));
  assert.equal(c.independentSources, names.length);
  assert.ok(drift(c).includes('04:misattributed') && drift(c).includes('05:misattributed'), String(drift(c)));
  const altered = c.drift.find((d) => d.kind === 'altered-quote')!;
  assert.equal(altered.article, 'greymoor-05');
  assert.match(altered.span.text, /warned in October/);
  assert.equal(altered.source.article, 'greymoor-01');
});

test('a changed number is flagged where the re-report changed it', () => {
  const c = find(/40 homes/);
  assert.ok(c);
  assert.ok(drift(c).some((d) => d.endsWith(':number-changed')), String(drift(c)));
});
