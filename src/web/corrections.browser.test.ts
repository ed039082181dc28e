// Corrections through the page in Chromium: reject the copy between the wire story and its client copy,
// mark a claim as two, change a speaker in the reader, see each applied (timeline, graph, claim table),
// list them with who and when, withdraw one; screenshots (laptop, and phone in dark mode) in a folder
// the test prints.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { PACK } from '../server/test-support.ts';
import { chromiumPath, NO_CHROMIUM, openPage, serveEmpty } from './browser-support.ts';

const exe = chromiumPath();

describe('corrections in the web app', { skip: exe ? false : NO_CHROMIUM }, () => {
  let browser: Browser, page: Page, url: string, stop: () => Promise<void>, shots: string;
  let errors: string[] = [];
  before(async () => {
    ({ url, stop } = await serveEmpty());
    const res = await fetch(`${url}api/ingest?name=greymoor-reservoir.jsonl`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: readFileSync(PACK) });
    assert.equal(res.status, 200);
    ({ browser, page, errors, shots } = await openPage(exe!, 'corrections'));
  });
  after(async () => {
    await browser?.close();
    await stop?.();
  });
  const api = async (path: string) => (await fetch(url + path.slice(1))).json() as Promise<any>;
  const view = async (hash: string) => {
    await page.goto(url + hash);
    await page.waitForSelector('main:not([aria-busy]) h1');
  };
  const shot = (name: string, fullPage = true) => page.screenshot({ path: join(shots, `${name}.png`), fullPage });
  const notice = (id: string) => page.waitForSelector(`main .notice:has-text("Correction ${id}")`, { timeout: 60_000 });
  const timelineOf = (article: string) => page.$$eval(`.timeline li:has(a[href^="#/article/${article}?"])`, (lis) => lis.map((li) => li.textContent ?? ''));

  it('should ask who is correcting before it saves anything', async () => {
    await view('#/claim/1');
    await page.click('li[data-edge="2-1"] button.reject');
    await page.waitForSelector('li[data-edge="2-1"] .fix-status.error');
    assert.match((await page.textContent('li[data-edge="2-1"] .fix-status'))!, /Type your name first/);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('who-input')), true);
    assert.deepEqual((await api('/api/corrections')).corrections, []);
  });

  it('should reject the copy between the wire story and its client copy, and show the claim without it', async () => {
    await view('#/claim/1');
    const before = await api('/api/claims/1');
    const names = new Map<string, string>(before.articles.map((a: any) => [a.id, a.outlet]));
    assert.deepEqual(before.appearances.find((a: any) => a.article === '2').from, { article: '1', rule: 'copy' });
    assert.match((await timelineOf('2'))[0]!, new RegExp(`copy of ${names.get('1')}`));
    const nodesBefore = await page.locator('svg.graph a.node').count();
    await shot('1-claim-before');
    await page.fill('input.who-input', 'Ada Byrne');
    await page.click('li[data-edge="2-1"] button.reject');
    await notice('k1');
    assert.match((await page.textContent('main .notice'))!, /Correction k1 \(rejected: article 2 copies article 1\) is applied\./);
    // The view refreshed: article 2 is no copy now but credits the wire (a citation), it has a node of
    // its own in the graph, and the timeline says so.
    assert.match((await page.textContent('li[data-edge="2-1"]'))!, /cites/);
    assert.doesNotMatch((await timelineOf('2'))[0]!, /copy of/);
    assert.match((await timelineOf('2'))[0]!, new RegExp(`cites ${names.get('1')}`));
    assert.equal(await page.locator('svg.graph a.node').count(), nodesBefore + 1);
    assert.notEqual((await api('/api/claims/1')).appearances.find((a: any) => a.article === '2').from?.rule, 'copy');
    await shot('2-claim-copy-rejected');
  });

  it('should mark a claim as two from the claim view, and the claim table should change', async () => {
    await view('#/story/1');
    const before: any[] = (await api('/api/stories/1')).claims;
    await view('#/claim/1');
    const appearances = (await api('/api/claims/1')).appearances.length;
    // Articles 6 and 7 carry the second claim.
    await page.check('fieldset.split input[value="6"]');
    await page.check('fieldset.split input[value="7"]');
    await page.focus('fieldset.split button');
    await page.keyboard.press('Enter');
    await notice('k2');
    assert.match((await page.textContent('main .notice'))!, /is applied/);
    assert.equal((await timelineOf('6')).length + (await timelineOf('7')).length, 0);
    // the view shows what the claim now holds: 6 and 7 gone (an appearance that joined the claim
    // through their wording may go with them), the rest still there
    const left = (await api('/api/claims/1')).appearances.length;
    assert.ok(left <= appearances - 2, `${left} of ${appearances} appearances left`);
    assert.equal(await page.locator('.timeline li').count(), left);
    await shot('3-claim-split', false);
    // The story's claim table has the second claim now: article 7's words in a claim of their own.
    await view('#/story/1');
    const after: any[] = (await api('/api/stories/1')).claims;
    assert.equal(after.length, before.length + 1);
    assert.equal(await page.locator('table.claims tbody tr').count(), after.length);
    await shot('4-story-after-split');
  });

  it('should change the speaker of an attribution picked in the reader, and show it corrected', async () => {
    await view('#/article/4');
    const first = page.locator('.attr-list button').first();
    const was = await first.locator('.strong').textContent();
    await first.click();
    await page.click('.explain details.speaker-fix summary');
    await page.fill('#new-speaker', 'Office of the Premier');
    await page.selectOption('#new-speaker-kind', 'organization');
    await shot('5-article-speaker-form', false);
    await page.click('.explain button:has-text("Change the speaker")');
    await notice('k3');
    assert.match((await page.textContent('main .notice'))!, /is applied/);
    // The reader shows the corrected speaker, marked, and keeps the attribution picked.
    assert.equal(await page.locator('.attr-list button').first().locator('.strong').textContent(), 'Office of the Premier');
    assert.notEqual(was, 'Office of the Premier');
    assert.equal(await page.locator('.attr-list button').first().locator('.badge').textContent(), 'corrected');
    assert.match((await page.textContent('.explain .corrected'))!, /^corrected by Ada Byrne, \d{4}-\d\d-\d\d \d\d:\d\d UTC · k3$/);
    await shot('6-article-speaker-changed', false);
    const claims: any[] = (await api('/api/articles/4')).claims;
    assert.ok(claims.some((c) => c.speaker === 'Office of the Premier'), JSON.stringify(claims.map((c) => c.speaker)));
  });

  it('should list the corrections with who and when, and withdraw one', async () => {
    await page.click('header nav a[data-view="corrections"]');
    await page.waitForSelector('table.corrections');
    const rows = await page.$$eval('table.corrections tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    const listed: any[] = (await api('/api/corrections')).corrections;
    assert.deepEqual(rows.map((r) => r[0]), ['k3', 'k2', 'k1']);
    for (const r of rows) {
      assert.equal(r[2], 'Ada Byrne');
      assert.match(r[3]!, /^\d{4}-\d\d-\d\d \d\d:\d\d$/);
      assert.match(r[4]!, /^applied$/);
    }
    assert.equal(rows[2]![3], listed[0].at.slice(0, 16).replace('T', ' '));
    await shot('7-corrections');
    await page.focus('tr[data-id="k1"] button.withdraw');
    await page.keyboard.press('Enter');
    await page.waitForSelector('main .notice:has-text("k1 is withdrawn")', { timeout: 60_000 });
    assert.match((await page.textContent('tr[data-id="k1"] td:nth-child(5)'))!, /^withdrawn \d{4}-/);
    assert.equal(await page.locator('tr[data-id="k1"] button.withdraw').count(), 0);
    assert.ok((await api('/api/corrections')).corrections[0].withdrawnAt);
    await shot('8-corrections-withdrawn');
    // The copy is back.
    await view('#/claim/1');
    assert.equal(await page.locator('li[data-edge="2-1"]').count(), 1);
    assert.deepEqual((await api('/api/claims/1')).appearances.find((a: any) => a.article === '2').from, { article: '1', rule: 'copy' });
  });

  it('should merge a primary source with another name from the claim view, and list it', async () => {
    await view('#/claim/1');
    const source = (await page.textContent('.fix-list li .strong >> nth=-1'))!.split(' · ')[0]!;
    const n = (await page.locator('.fix-list li:has(input[id^="merge-"])').count()) - 1;
    await page.fill(`#merge-${n}`, 'the Environment Minister');
    await page.click(`.fix-list li:has(#merge-${n}) button:has-text("Merge")`);
    await notice('k4');
    assert.match((await page.textContent('main .notice'))!, new RegExp(`the Environment Minister merged into ${source}`));
    await page.click('main .notice a');
    await page.waitForSelector('tr[data-id="k4"]');
    assert.match((await page.textContent('tr[data-id="k4"] td.what'))!, /merge-entities/);
    await page.click('tr[data-id="k4"] button.withdraw');
    await page.waitForSelector('main .notice:has-text("k4 is withdrawn")', { timeout: 60_000 });
  });

  it('should read on a phone in dark mode', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [name, hash] of [['9-phone-corrections', '#/corrections'], ['10-phone-claim', '#/claim/1']] as const) {
      await view(hash);
      await shot(name);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1), `${name} is wider than the phone`);
    }
    assert.deepEqual(errors, []);
  });
});
