import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadAttributionModel } from '../analyze/attribution/load-node.ts';
import { analyzeDocument } from '../pipeline.ts';
import { parseCorrections, type Correction } from './corrections.ts';
import { trace, type TraceInput } from './trace.ts';
import { traceToJson } from './trace-json.ts';

// The Greymoor pack (invented): 02 copies the wire story 01; 03 → 04 → 05 re-report; 04 gives the
// minister's quote to the premier; 06 is the operator's denial; 07 the inspector.
const PACK = fileURLToPath(new URL('../../fixtures/packs/greymoor-reservoir.jsonl', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/hearsay.js', import.meta.url));
const model = loadAttributionModel();
const inputs: TraceInput[] = readFileSync(PACK, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l))
  .map((r) => ({ analysis: analyzeDocument({ id: r.id, text: r.text, url: r.url, title: r.title, published: r.published }, model), url: r.url, outlet: r.outlet, published: r.published }));
const made = { by: 'a.checker', at: '2026-11-26T10:00:00Z' };
const run = (corrections: Correction[]) => traceToJson(trace(inputs, { corrections }));
const base = run([]);
const textOf = (id: string) => inputs.find((i) => i.analysis.article.id === id)!.analysis.article.text;

test('corrections are checked, and an error names the entry and the field', () => {
  assert.throws(() => parseCorrections('{}', 'c.json'), /c\.json: expected a JSON array/);
  assert.throws(() => parseCorrections('[{"id":"k1","by":"x","at":"2026-01-01","kind":"copy","article":"a","of":"b","verdict":"maybe"}]', 'c.json'), /c\.json: correction 1: "verdict" must be "confirm" or "reject"/);
  assert.throws(() => parseCorrections('[{"id":"k1","by":"x","at":"yesterday","kind":"split-entity","form":"X"}]', 'c.json'), /correction 1: "at" must be an ISO 8601 time/);
  assert.throws(() => parseCorrections('[{"id":"k1","by":"x","at":"2026-01-01","kind":"speaker","article":"a","offset":-3,"speaker":"Y"}]', 'c.json'), /"offset" must be an offset/);
  assert.throws(() => parseCorrections('[{"id":"k1","by":"x","at":"2026-01-01","kind":"renamed"}]', 'c.json'), /unknown kind "renamed"/);
  const two = '{"id":"k1","by":"x","at":"2026-01-01","kind":"split-entity","form":"X"}';
  assert.throws(() => parseCorrections(`[${two},${two}]`, 'c.json'), /"k1" is used twice/);
});

test('a rejected copy link is gone and a confirmed one appears, marked as a correction', () => {
  assert.deepEqual(base.copies.map((c) => [c.article, c.of]), [['greymoor-02', 'greymoor-01']]);
  const t = run([
    { id: 'k1', kind: 'copy', article: 'greymoor-02', of: 'greymoor-01', verdict: 'reject', ...made },
    { id: 'k2', kind: 'copy', article: 'greymoor-05', of: 'greymoor-04', verdict: 'confirm', ...made },
  ]);
  assert.deepEqual(t.copies.map((c) => [c.article, c.of, c.rule]), [['greymoor-05', 'greymoor-04', 'correction']]);
  assert.deepEqual(t.corrections?.map((c) => [c.id, c.applied]), [['k1', true], ['k2', true]]);
});

test('citations: a rejected one is dropped, a confirmed one points at every place the article names the outlet', () => {
  const t = run([
    { id: 'k1', kind: 'citation', article: 'greymoor-02', outlet: 'Tallis Wire', verdict: 'reject', ...made },
    // 07 names Fenmarch Today (its own outlet, so no citation by itself)…
    { id: 'k2', kind: 'citation', article: 'greymoor-07', outlet: 'Fenmarch Today', verdict: 'confirm', ...made },
    // …and 05 never names the Quarry Gazette: the user knows it leaned on it anyway.
    { id: 'k3', kind: 'citation', article: 'greymoor-05', outlet: 'The Quarry Gazette', verdict: 'confirm', ...made },
  ]);
  const cites = (id: string) => t.articles.find((a) => a.id === id)!.citations;
  assert.deepEqual(cites('greymoor-02'), []);
  const named = cites('greymoor-07').find((c) => c.name === 'Fenmarch Today');
  const expected = [...textOf('greymoor-07').matchAll(/fenmarch today/gi)].map((m) => m.index);
  assert.ok(named && expected.length > 0, JSON.stringify(cites('greymoor-07')));
  assert.deepEqual(named.via, ['correction']);
  assert.deepEqual(named.spans.map((s) => s.start), expected);
  assert.equal(named.span?.text, 'Fenmarch Today');
  const unnamed = cites('greymoor-05').find((c) => c.name === 'The Quarry Gazette');
  assert.ok(unnamed, JSON.stringify(cites('greymoor-05')));
  assert.deepEqual([unnamed.span, unnamed.spans], [null, []], 'no made-up offsets for an outlet the article never names');
});

test("a corrected speaker reaches the article's speakers and the claim's provenance", () => {
  // 04 gives the minister's words to the premier; the user says they were the minister's.
  const text = textOf('greymoor-04');
  // Every statement that gives the words to her, each pointed at by the speaker's name (the headline
  // "Premier: …" is one too, since labelled statements are attributions).
  const offsets = [text.indexOf('Premier:'), text.indexOf('Premier Hana Ostrova said'), text.indexOf('Ostrova said, the Gazette')];
  assert.ok(offsets.every((o) => o >= 0));
  const t = run(offsets.map((offset, i) => ({ id: `k${i}`, kind: 'speaker', article: 'greymoor-04', offset, speaker: 'Tomas Vereker', speakerKind: 'person', ...made }) as Correction));
  const speakers = t.articles.find((a) => a.id === 'greymoor-04')!.speakers.map((s) => s.name);
  assert.ok(speakers.includes('Tomas Vereker'), String(speakers));
  assert.ok(!speakers.includes('Hana Ostrova'), String(speakers));
});

test('entities: a form split off stands alone; merged names become one, named by the first', () => {
  const split = run([{ id: 'k1', kind: 'split-entity', form: 'Calder Water', ...made }]);
  const merged = run([{ id: 'k2', kind: 'merge-entities', names: ['Premier Hana Ostrova', 'Tomas Vereker'], ...made }]);
  const speakers = (t: typeof base, id: string) => t.articles.find((a) => a.id === id)!.speakers.map((s) => s.name);
  assert.ok(speakers(split, 'greymoor-06').includes('Calder Water'));
  assert.ok(!speakers(merged, 'greymoor-03').includes('Tomas Vereker'), String(speakers(merged, 'greymoor-03')));
  assert.ok(speakers(merged, 'greymoor-03').includes('Premier Hana Ostrova'), String(speakers(merged, 'greymoor-03')));
});

test('a claim marked as two: the listed articles carry the second', () => {
  // The claim with most appearances; its re-reports (not the wire story 01 or its copy 02) become the second claim.
  const claim = [...base.claims].sort((a, b) => b.appearances.length - a.appearances.length)[0]!;
  const anchor = claim.appearances.find((a) => a.article === 'greymoor-01')!;
  assert.ok(anchor, 'the wire story carries the largest claim');
  const moved = [...new Set(claim.appearances.map((a) => a.article))].filter((id) => id !== 'greymoor-01' && id !== 'greymoor-02').slice(-2);
  assert.equal(moved.length, 2);
  const t = run([{ id: 'k1', kind: 'split-claim', article: 'greymoor-01', offset: anchor.span.start, articles: moved, ...made }]);
  const second = t.claims.find((c) => [...new Set(c.appearances.map((a) => a.article))].sort().join() === [...moved].sort().join());
  assert.ok(second, JSON.stringify(t.claims.map((c) => c.appearances.map((a) => a.article))));
  const first = t.claims.find((c) => c.appearances.some((a) => a.article === 'greymoor-01' && a.span.start === anchor.span.start))!;
  assert.ok(!first.appearances.some((a) => moved.includes(a.article)));
  assert.equal(t.corrections?.[0]?.applied, true);
});

test('a claim split off into one article stays a claim, since the user said so', () => {
  const claim = [...base.claims].sort((a, b) => b.appearances.length - a.appearances.length)[0]!;
  const anchor = claim.appearances.find((a) => a.article === 'greymoor-01')!;
  const last = [...new Set(claim.appearances.map((a) => a.article))].filter((id) => id !== 'greymoor-01' && id !== 'greymoor-02').pop()!;
  const t = run([{ id: 'k1', kind: 'split-claim', article: 'greymoor-01', offset: anchor.span.start, articles: [last], ...made }]);
  assert.ok(t.claims.some((c) => c.appearances.every((a) => a.article === last)), JSON.stringify(t.claims.map((c) => c.appearances.map((a) => a.article))));
});

test('a correction naming what is not in the coverage is reported as not applied, and the rest still apply', () => {
  const t = run([
    { id: 'k1', kind: 'copy', article: 'greymoor-99', of: 'greymoor-01', verdict: 'confirm', ...made },
    { id: 'k2', kind: 'citation', article: 'greymoor-02', outlet: 'Tallis Wire', verdict: 'reject', ...made },
  ]);
  assert.deepEqual(t.corrections?.map((c) => [c.id, c.applied]), [['k1', false], ['k2', true]]);
});

test('hearsay trace --corrections applies a file and says which did not apply', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-corr-'));
  const file = join(dir, 'corrections.json');
  writeFileSync(file, JSON.stringify([
    { id: 'k1', kind: 'copy', article: 'greymoor-02', of: 'greymoor-01', verdict: 'reject', ...made },
    { id: 'k2', kind: 'citation', article: 'greymoor-42', outlet: 'Tallis Wire', verdict: 'reject', ...made },
  ]));
  const r = spawnSync(process.execPath, [BIN, 'trace', '--input', PACK, '--format', 'json', '--corrections', file], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.copies, []);
  assert.match(r.stderr, /correction k2 \(citation\) names something not in this coverage/);
  writeFileSync(file, '[{"id": "k1"}]');
  const bad = spawnSync(process.execPath, [BIN, 'trace', '--input', PACK, '--corrections', file], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /corrections\.json: correction 1: "kind" must be a non-empty string/);
});
