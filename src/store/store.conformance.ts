// The behaviour every workspace store must have, whatever holds the data. A store passes by running
// workspaceConformance(name, factory) in its test file (SQLite: sqlite.test.ts; PostgreSQL later).
// Every call is awaited, so synchronous and asynchronous stores run the same tests.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analysisOf, articleOf, recordFor } from './fixtures.ts';
import { StoreError, type ClaimInput, type Workspace } from './types.ts';

export type WorkspaceFactory = () => Workspace | Promise<Workspace>;

const TEXT = 'Officials said the dam was safe. Engineers disagreed with the ministry.\nThe report was delayed.';
const claim = (story: number | null, apps: [number, number, number][]): ClaimInput => ({
  story,
  statement: { article: apps[0]![0], span: { start: apps[0]![1], end: apps[0]![2] } },
  appearances: apps.map(([article, start, end]) => ({ article, span: { start, end }, stance: 'attributed' as const, speaker: 'Officials', parent: null })),
  primarySources: [{ name: 'Officials', key: 'anonymous:officials', kind: 'anonymous' }],
  independentSources: 1,
  firstAppearance: apps[0]![0],
  drift: [],
});

const log0 = <T>(log: T[]): T => log[0]!;

async function using(factory: WorkspaceFactory, fn: (ws: Workspace) => Promise<void>): Promise<void> {
  const ws = await factory();
  try {
    await fn(ws);
  } finally {
    await ws.close();
  }
}

export function workspaceConformance(name: string, factory: WorkspaceFactory): void {
  const t = (title: string, fn: (ws: Workspace) => Promise<void>) => test(title, () => using(factory, fn));

  describe(`workspace conformance: ${name}`, () => {
    t('should store the same bytes once and report the second ingest as a no-op', async (ws) => {
      const rec = recordFor(TEXT, { url: 'https://example.org/a' });
      const first = await ws.ingest(rec);
      const again = await ws.ingest(rec);
      assert.deepEqual([first.captureStored, first.noop, first.article?.status], [true, false, 'new']);
      assert.deepEqual(again, { sha256: rec.capture.sha256, captureStored: false, article: { id: first.article!.id, status: 'same', versionOf: null }, analysisStored: false, noop: true });
      assert.deepEqual(await ws.articleIds(), [first.article!.id]);
      assert.equal((await ws.custodyLog()).length, 1);
      const stored = await ws.capture(rec.capture.sha256);
      assert.deepEqual(Buffer.from(stored!.bytes), Buffer.from(rec.capture.bytes));
      assert.equal(stored!.size, rec.capture.bytes.length);
    });

    t('should make changed text at the same URL a new version, with a word-level diff', async (ws) => {
      const a = await ws.ingest(recordFor('The minister said ten people died in the flood.', { url: 'https://news.example/story?utm_source=x' }));
      const b = await ws.ingest(recordFor('The minister said twelve people died in the flood, officials confirmed.', { url: 'http://www.news.example/story/' }));
      assert.deepEqual(b.article, { id: b.article!.id, status: 'new-version', versionOf: a.article!.id });
      assert.deepEqual(await ws.versions(a.article!.id), [a.article!.id, b.article!.id]);
      assert.deepEqual(await ws.versions(b.article!.id), [a.article!.id, b.article!.id]);
      const diff = await ws.articleDiff(a.article!.id, b.article!.id);
      assert.deepEqual(diff, [
        { kind: 'replace', a: { start: 18, end: 21 }, b: { start: 18, end: 24 } },
        { kind: 'insert', a: { start: 46, end: 46 }, b: { start: 49, end: 70 } },
      ]);
    });

    t('should order versions by capture time, and not take a new extraction of the same bytes for an edit', async (ws) => {
      const url = 'https://news.example/story';
      const day = (d: number) => new Date(Date.UTC(2026, 0, d));
      const today = await ws.ingest(recordFor('Ten people died, officials said.', { url, capturedAt: day(10) }));
      const archived = await ws.ingest(recordFor('Ten people may have died, officials said.', { url, capturedAt: day(3) }));
      assert.deepEqual(archived.article, { id: archived.article!.id, status: 'new-version', versionOf: null });
      assert.deepEqual(await ws.versions(today.article!.id), [archived.article!.id, today.article!.id]);
      assert.equal((await ws.article(today.article!.id))!.versionOf, archived.article!.id);
      const middle = await ws.ingest(recordFor('Nine people died, officials said.', { url, capturedAt: day(5) }));
      assert.deepEqual(await ws.versions(today.article!.id), [archived.article!.id, middle.article!.id, today.article!.id]);
      const rec = recordFor('Ten people died, officials said.', { url, capturedAt: day(10) });
      rec.article = { ...rec.article!, text: 'Ten people died, officials said. Share this article.' };
      delete rec.analysis;
      const again = await ws.ingest(rec);
      assert.deepEqual([again.noop, again.article], [true, { id: today.article!.id, status: 'same', versionOf: middle.article!.id, extractionDiffers: true }]);
      assert.deepEqual(await ws.verify(), []);
    });

    t('should recognise the same text from a feed and an archive as one article with both captures', async (ws) => {
      const feed = await ws.ingest(recordFor(TEXT, { url: 'https://example.org/a', bytes: `<item>${TEXT}</item>` }));
      const archived = await ws.ingest(recordFor(TEXT.replace(/ /g, '  '), { url: 'https://example.org/a', bytes: `<html>${TEXT}</html>` }));
      assert.equal(archived.article?.status, 'same');
      assert.equal(archived.article?.id, feed.article?.id);
      assert.equal(archived.noop, false);
      // The analysis of the other rendering would point into other offsets: the stored one stays.
      assert.equal(archived.analysisStored, false);
      const art = await ws.article(feed.article!.id);
      assert.deepEqual(art!.captures, [feed.sha256, archived.sha256].sort());
      assert.equal(art!.article.text, TEXT);
      // Without a URL on one side, the text alone says it is the same article.
      const bare = await ws.ingest(recordFor(TEXT, { bytes: `${TEXT}\n` }));
      assert.equal(bare.article?.id, feed.article?.id);
    });

    t('should keep the same text at another URL as another article (syndication)', async (ws) => {
      const a = await ws.ingest(recordFor(TEXT, { url: 'https://one.example/x' }));
      const b = await ws.ingest(recordFor(TEXT, { url: 'https://two.example/y', bytes: `copy ${TEXT}` }));
      assert.deepEqual([a.article!.status, b.article!.status], ['new', 'new']);
      assert.notEqual(a.article!.id, b.article!.id);
    });

    t('should store analyses with their analyzer and tell which articles need re-analysis', async (ws) => {
      const r = await ws.ingest(recordFor(TEXT, { analyzer: { toolVersion: '0.1.0', modelHash: 'm1' } }));
      const id = r.article!.id;
      const plain = await ws.ingest(recordFor('Another text entirely.', { analyze: false }));
      assert.deepEqual(await ws.needsAnalysis({ toolVersion: '0.1.0', modelHash: 'm1' }), [plain.article!.id]);
      assert.deepEqual(await ws.needsAnalysis({ toolVersion: '0.2.0', modelHash: 'm1' }), [id, plain.article!.id]);
      const stored = await ws.analysis(id);
      assert.deepEqual(stored!.analyzer, { toolVersion: '0.1.0', modelHash: 'm1' });
      assert.deepEqual(stored!.analysis.sentences, analysisOf(articleOf('x', TEXT)).sentences);
      assert.equal(stored!.analysis.article.text, TEXT);
      const art = (await ws.article(id))!.article;
      assert.equal(await ws.addAnalysis(id, analysisOf(art), { toolVersion: '0.2.0', modelHash: 'm2' }), true);
      assert.equal(await ws.addAnalysis(id, analysisOf(art), { toolVersion: '0.2.0', modelHash: 'm2' }), false);
      assert.deepEqual((await ws.analysis(id))!.analyzer, { toolVersion: '0.2.0', modelHash: 'm2' });
      assert.deepEqual((await ws.custodyLog()).map((e) => e.action), ['ingest', 'ingest', 're-analyze']);
      await assert.rejects(async () => ws.addAnalysis(id, analysisOf(articleOf('x', 'Other text.')), { toolVersion: '0.3.0', modelHash: 'm' }), StoreError);
    });

    t('should keep story ids when coverage grows and never reuse a retired id', async (ws) => {
      const ids: number[] = [];
      for (let i = 0; i < 7; i++) ids.push((await ws.ingest(recordFor(`Article number ${i} about things.`)))!.article!.id);
      const [a1, a2, a3, a4, a5, a6, a7] = ids as [number, number, number, number, number, number, number];
      const first = await ws.saveStories([{ key: 's1', articles: [a1, a2] }, { key: 's2', articles: [a3] }]);
      assert.deepEqual(first.map((s) => [s.key, s.articles, s.kept]), [['s1', [a1, a2], false], ['s2', [a3], false]]);
      const [x, y] = [first[0]!.id, first[1]!.id];
      const second = await ws.saveStories([{ articles: [a5, a3] }, { articles: [a4, a2, a1] }]);
      assert.deepEqual(second.map((s) => [s.id, s.articles, s.kept]), [[y, [a3, a5], true], [x, [a1, a2, a4], true]]);
      const third = await ws.saveStories([{ articles: [a3, a5] }, { articles: [a6] }]);
      assert.equal(third[0]!.id, y);
      assert.equal(third[1]!.kept, false);
      assert.ok(third[1]!.id > y && third[1]!.id !== x);
      assert.deepEqual((await ws.stories()).map((s) => s.id), [y, third[1]!.id]);
      const fourth = await ws.saveStories([{ articles: [a1, a2, a7] }]);
      assert.ok(fourth[0]!.id > third[1]!.id, 'a retired id is not handed out again');
    });

    t('should keep claim ids by shared appearances and store their provenance', async (ws) => {
      const a = (await ws.ingest(recordFor(TEXT)))!.article!.id;
      const b = (await ws.ingest(recordFor(`${TEXT} More.`)))!.article!.id;
      const [story] = await ws.saveStories([{ articles: [a, b] }]);
      const saved = await ws.saveClaims([claim(story!.id, [[a, 0, 32]]), claim(story!.id, [[a, 33, 70]])]);
      const [c1, c2] = saved.map((c) => c.id) as [number, number];
      const next = await ws.saveClaims([claim(story!.id, [[a, 33, 70], [b, 33, 70]]), claim(story!.id, [[b, 0, 32], [a, 0, 32]]), claim(null, [[b, 95, 100]])]);
      assert.deepEqual(next.map((c) => [c.id, c.kept]), [[c2, true], [c1, true], [Math.max(c1, c2) + 1, false]]);
      const got = await ws.claim(c1);
      assert.deepEqual(got, { ...claim(story!.id, [[b, 0, 32], [a, 0, 32]]), id: c1, kept: true });
      await ws.saveClaims([claim(null, [[b, 95, 100]])]);
      assert.deepEqual((await ws.claims()).map((c) => c.id), [Math.max(c1, c2) + 1]);
      assert.equal((await ws.claim(c1))!.retired, true);
      await assert.rejects(async () => ws.saveClaims([claim(null, [[9999, 0, 1]])]), StoreError);
    });

    t('should search title and text and return offsets into them', async (ws) => {
      const text = 'Dams and the DAM: the dam-safety board met. Nothing else.';
      const r = await ws.ingest(recordFor(text, { title: 'Dam report' }));
      await ws.ingest(recordFor('A bridge story with no match.'));
      const hits = await ws.search('dam');
      assert.equal(hits.length, 1);
      assert.equal(hits[0]!.article, r.article!.id);
      assert.deepEqual(hits[0]!.spans.map((s) => text.slice(s.start, s.end)), ['DAM', 'dam']);
      assert.deepEqual(hits[0]!.titleSpans, [{ start: 0, end: 3 }]);
      assert.deepEqual((await ws.search('dam*')).flatMap((h) => h.spans.map((s) => text.slice(s.start, s.end))), ['Dams', 'DAM', 'dam']);
      // A phrase is one span, from its first word to its last.
      assert.deepEqual((await ws.search('"safety board"'))[0]!.spans.map((s) => text.slice(s.start, s.end)), ['safety board']);
      assert.equal((await ws.search('bridge OR safety')).length, 2);
      // FTS5 syntax in a user's query is taken literally, never a syntax error.
      assert.deepEqual(await ws.search('NEAR( "dam AND ) -board: ^x'), []);
      await assert.rejects(async () => ws.search('( ) * -'), (e: unknown) => e instanceof StoreError && e.code === 'bad-query');
      assert.equal((await ws.search('the', 1)).length, 1);
    });

    t('should log every change in a hash chain that verifies, with a head that can be signed', async (ws) => {
      const r = await ws.ingest(recordFor(TEXT));
      await ws.saveStories([{ articles: [r.article!.id] }]);
      const exported = await ws.recordOf('articles', r.article!.id);
      assert.equal(exported.hash, log0(await ws.custodyLog()).records.find((x) => x.table === 'articles')!.hash);
      const entry = await ws.logExport('claims.csv', { format: 'csv' }, [exported]);
      const log = await ws.custodyLog();
      assert.deepEqual(log.map((e) => [e.seq, e.action]), [[1, 'ingest'], [2, 'link'], [3, 'export']]);
      assert.deepEqual(log.map((e) => e.prevHash), ['0'.repeat(64), log[0]!.hash, log[1]!.hash]);
      assert.deepEqual(log[0]!.records.map((x) => x.table), ['captures', 'articles', 'analyses']);
      assert.equal(entry.settings.what, 'claims.csv');
      assert.deepEqual(log[2]!.records, [exported]);
      assert.deepEqual(await ws.verify(), []);
      const head = await ws.exportHead();
      assert.deepEqual(head, { seq: 3, hash: log[2]!.hash });
      const signed = await ws.signHead(mkdtempSync(join(tmpdir(), 'hearsay-key-')));
      await ws.ingest(recordFor('Later news arrives.'));
      assert.deepEqual(await ws.verify({ head }), []);
      assert.deepEqual(await ws.verify({ signed, publicKey: signed.publicKey }), []);
      const forged = { ...signed, head: { seq: 3, hash: 'f'.repeat(64) } };
      assert.deepEqual((await ws.verify({ signed: forged })).map((f) => [f.table, f.key]), [['custody', 'seq 3'], ['custody', 'seq 3']]);
    });

    t('should delete an article with its originals and log it, leaving a workspace that verifies', async (ws) => {
      const a = await ws.ingest(recordFor(TEXT, { url: 'https://example.org/a' }));
      const b = await ws.ingest(recordFor(`${TEXT} Edited.`, { url: 'https://example.org/a' }));
      const c = await ws.ingest(recordFor(`${TEXT} Edited again.`, { url: 'https://example.org/a' }));
      await ws.saveStories([{ articles: [a.article!.id, b.article!.id] }]);
      await ws.saveClaims([claim(null, [[b.article!.id, 0, 10], [a.article!.id, 0, 10]])]);
      await ws.deleteArticle(b.article!.id, 'takedown request');
      assert.equal(await ws.article(b.article!.id), null);
      assert.equal(await ws.capture(b.sha256), null);
      assert.deepEqual(await ws.versions(c.article!.id), [a.article!.id, c.article!.id]);
      assert.deepEqual((await ws.stories())[0]!.articles, [a.article!.id]);
      const [only] = await ws.claims();
      assert.deepEqual([only!.appearances.map((x) => x.article), only!.firstAppearance, only!.statement.article], [[a.article!.id], a.article!.id, a.article!.id]);
      const last = (await ws.custodyLog()).at(-1)!;
      assert.equal(last.action, 'delete');
      assert.equal(last.settings.reason, 'takedown request');
      assert.ok(last.records.some((x) => x.table === 'captures' && x.key === b.sha256 && x.hash === null));
      assert.deepEqual(await ws.verify(), []);
      await assert.rejects(async () => ws.deleteArticle(b.article!.id, 'again'), (e: unknown) => e instanceof StoreError && e.code === 'not-found');
    });

    t('should ingest a batch in one go and redo it as no-ops', async (ws) => {
      const batch = Array.from({ length: 30 }, (_, i) => recordFor(`Story ${i}: the council met on day ${i}.`, { url: `https://example.org/${i % 25}` }));
      const first = await ws.ingestBatch(batch);
      assert.deepEqual(first.map((r) => r.article!.status), [...Array<string>(25).fill('new'), ...Array<string>(5).fill('new-version')]);
      const again = await ws.ingestBatch(batch);
      assert.ok(again.every((r) => r.noop));
      assert.equal((await ws.articleIds()).length, 30);
      assert.equal((await ws.custodyLog()).length, 30);
    });

    t('should refuse a capture whose sha256 is not its bytes, alone, and store the rest of its batch', async (ws) => {
      const bad = recordFor('Tampered in transit.', { origin: { kind: 'jsonl', path: 'in.jsonl', line: 2 } });
      bad.capture = { ...bad.capture, sha256: 'e'.repeat(64) };
      const results = await ws.ingestBatch([recordFor('First.'), bad, recordFor('Third.')]);
      assert.deepEqual(results.map((r) => [r.noop, r.error ?? null]), [[false, null], [true, "in.jsonl:2: the capture's sha256 does not match its bytes"], [false, null]]);
      assert.equal((await ws.articleIds()).length, 2);
      await assert.rejects(async () => ws.ingest(bad), (e: unknown) => e instanceof StoreError && e.code === 'bad-input');
      assert.deepEqual(await ws.verify(), []);
    });
  });
}
