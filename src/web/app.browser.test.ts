// The web app end to end in Chromium: add the Greymoor pack through the page, open a story, a claim and
// its graph, follow a node to the highlighted span, export; screenshots of each view (laptop, and phone
// in dark mode) in a folder the test prints.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { PACK } from '../server/test-support.ts';
import { chromiumPath, launch, NO_CHROMIUM, openPage, serveEmpty } from './browser-support.ts';

const exe = chromiumPath();

describe('the web app in Chromium', { skip: exe ? false : NO_CHROMIUM }, () => {
  let browser: Browser, page: Page, url: string, stop: () => Promise<void>, shots: string;
  let errors: string[] = [];
  before(async () => {
    ({ url, stop } = await serveEmpty());
    ({ browser, page, errors, shots } = await openPage(exe!, 'app'));
  });
  after(async () => {
    await browser?.close();
    await stop?.();
  });
  const view = async (hash: string) => {
    await page.goto(url + hash);
    await page.waitForSelector('main:not([aria-busy]) h1');
  };
  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });

  it('should add the pack through the page, with progress, then list its stories', async () => {
    await view('#/');
    assert.equal(await page.textContent('main p.muted'), '0 stories in this workspace. Add coverage to begin.');
    await page.click('header nav a[data-view="add"]');
    await page.waitForSelector('.dropzone');
    await page.setInputFiles('#file-input', PACK);
    await page.waitForSelector('text=Done:', { timeout: 60_000 });
    assert.match((await page.textContent('.progress li'))!, /greymoor-reservoir\.jsonl.*7 new articles/);
    await shot('1-add');
    await page.click('text=See the stories');
    await page.waitForSelector('table.stories');
    const titles = await page.$$eval('table.stories tbody tr td:first-child a', (as) => as.map((a) => a.textContent));
    assert.deepEqual(titles, ['Minister says reservoir operator ignored three warnings', 'Premier: Calder Water ignored every warning']);
    await shot('2-stories');
    await page.fill('input[type=search]', 'premier');
    await page.press('input[type=search]', 'Enter');
    await page.waitForSelector('h1:has-text("Stories matching")');
    assert.equal(await page.locator('table.stories tbody tr').count(), 1);
  });

  const api = async (path: string) => (await fetch(url + path.slice(1))).json() as Promise<any>;

  it('should open a story and sort and filter its claims', async () => {
    await view('#/');
    await page.click('text=Minister says reservoir operator ignored three warnings');
    await page.waitForSelector('table.claims');
    assert.match(page.url(), /#\/story\/1$/);
    await shot('3-story');
    // Expectations from the API, not pinned: the analysis may find other claims as it improves.
    const claims: { id: string; independentSources: number; drift: string[] }[] = (await api('/api/stories/1')).claims;
    const rows = () => page.$$eval('table.claims tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    assert.deepEqual((await rows()).map((r) => r[0]).sort(), claims.map((c) => c.id).sort());
    await page.selectOption('#claim-filter', 'one-source');
    assert.deepEqual((await rows()).map((r) => r[0]).sort(), claims.filter((c) => c.independentSources === 1).map((c) => c.id).sort());
    assert.match(page.url(), /show=one-source/);
    await page.selectOption('#claim-filter', 'hardened');
    assert.deepEqual((await rows()).map((r) => r[0]).sort(), claims.filter((c) => c.drift.includes('hardened')).map((c) => c.id).sort());
    await page.selectOption('#claim-filter', 'all');
    // Sorting by the keyboard: the header is a button.
    await page.focus('button[data-sort="independentSources"]');
    await page.keyboard.press('Enter');
    const indep = (await rows()).map((r) => Number(r[3]));
    assert.deepEqual(indep, [...indep].sort((a, b) => b - a));
    assert.equal(await page.getAttribute('th:has(button[data-sort="independentSources"])', 'aria-sort'), 'descending');
  });

  it('should draw a claim’s provenance, and a node should open the article at the span', async () => {
    // The claim with the most appearances in story 1.
    const rows: { id: string; appearances: number }[] = (await api('/api/stories/1')).claims;
    const id = rows.reduce((a, b) => (b.appearances > a.appearances ? b : a)).id;
    const claim = await api(`/api/claims/${id}`);
    await view('#/story/1');
    await page.click(`table.claims a[href="#/claim/${id}"]`);
    await page.waitForSelector('svg.graph');
    await shot('4-claim');
    const nodes = await page.$$eval('svg.graph .node', (ns) => ns.map((n) => n.querySelector('text')!.textContent));
    for (const p of claim.primarySources) assert.ok(nodes.includes(p.kind === 'anonymous' ? 'anonymous source' : p.name.slice(0, 22)), p.name);
    // Copies are folded into their original: no node of their own.
    const shown = await page.$$eval('svg.graph a.node', (as) => as.map((a) => a.getAttribute('data-article')));
    const copies = claim.appearances.filter((a: any) => a.from?.rule === 'copy').map((a: any) => a.article);
    assert.ok(shown.length > 0 && shown.length + copies.length === claim.appearances.length);
    for (const c of copies) assert.ok(!shown.includes(c), c);
    if (claim.drift.length) assert.ok((await page.locator('svg.graph .edge.drifted, svg.graph .node.drifted').count()) >= 1);
    assert.equal(await page.locator('.timeline li').count(), claim.appearances.length);
    // Keyboard: a node is a link to the article at the claim's span there.
    const target = claim.appearances.find((a: any) => a.article === shown[shown.length - 1]);
    await page.focus(`svg.graph a.node[data-article="${target.article}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.article-text .target');
    assert.ok(page.url().endsWith(`#/article/${target.article}?span=${target.span.start}-${target.span.end}&claim=${id}`), page.url());
    assert.equal(await page.$$eval('.article-text .target', (ts) => ts.map((t) => t.textContent).join('')), target.span.text);
    assert.ok(await page.$eval('.article-text .target', (t) => { const r = t.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }));
    await view('#/article/3?span=113-229&claim=1');
    await page.hover('.article-text .cue >> nth=0');
    await page.waitForSelector('.explain .chain');
    const chain = await page.$$eval('.explain .chain li', (lis) => lis.map((li) => li.textContent));
    assert.equal(chain.length, 3);
    assert.match(chain[0]!, /^source/);
    await shot('5-article');
    await page.click('.capture-button');
    await page.waitForSelector('.capture dd.hash');
    assert.match((await page.textContent('.capture dd.hash'))!, /^[0-9a-f]{64}$/);
    await page.click('text=Show the original as text');
    await page.waitForSelector('pre.original:not([hidden])');
    assert.ok((await page.textContent('pre.original'))!.includes('"id": "greymoor-03"'));
    await shot('6-article-capture');
  });

  it('should export every format as a download', async () => {
    await view('#/export');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="html"]')]);
    assert.equal(download.suggestedFilename(), 'hearsay-html.html');
    const html = readFileSync((await download.path())!, 'utf8');
    assert.ok(html.includes('Calder Water'));
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="csv-appearances"]')]);
    assert.equal(csv.suggestedFilename(), 'hearsay-csv-appearances.csv');
    await page.waitForSelector('text=Saved hearsay-csv-appearances.csv');
    await shot('7-export');
  });

  it('should read on a phone in dark mode', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [name, hash] of [['8-phone-stories', '#/'], ['9-phone-story', '#/story/1'], ['10-phone-claim', '#/claim/1'], ['11-phone-article', '#/article/3']] as const) {
      await view(hash);
      await shot(name);
      // Nothing but wide tables and the graph (both in scrolling boxes) may be wider than the screen.
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1), `${name} is wider than the phone`);
    }
    assert.notEqual(await page.$eval('body', (b) => getComputedStyle(b).backgroundColor), 'rgb(251, 251, 250)');
    assert.deepEqual(errors, []);
  });
});

describe('the web app behind a token', { skip: exe ? false : NO_CHROMIUM }, () => {
  const token = 'browser-token-0123456789abcdef';
  let browser: Browser, url: string, stop: () => Promise<void>;
  before(async () => {
    // As when listening off loopback: every API request needs the token; the page takes it from its fragment.
    ({ url, stop } = await serveEmpty({ host: '0.0.0.0', token }));
    browser = await launch(exe!);
  });
  after(async () => {
    await browser?.close();
    await stop?.();
  });

  it('should send the token from #token=, keep it for the tab, and drop it from the address bar', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}#token=${token}`);
    await page.waitForSelector('main:not([aria-busy]) h1');
    assert.equal(await page.textContent('main h1'), 'Stories');
    assert.match(page.url(), /#\/$/);
    await page.click('header nav a[data-view="export"]');
    await page.waitForSelector('button[data-export="json"]');
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="json"]')]);
    assert.equal(d.suggestedFilename(), 'hearsay-json.json');
    await page.close();
  });

  it('should say so when the token is missing', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForSelector('main:not([aria-busy]) h1');
    assert.equal(await page.textContent('main h1'), 'Something went wrong');
    assert.match((await page.textContent('main .error'))!, /bearer token is required/);
    await page.close();
  });
});
