// Hostile articles in Chromium: script, image and SVG payloads and javascript: links in the title, byline,
// outlet, text and links must show as the characters they are in every view (stories, claim table,
// graph labels and tooltips, reader, capture) and in the exports, and nothing may ever run.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, NO_CHROMIUM, openPage, serveEmpty } from './browser-support.ts';
import { HOSTILE_RECORDS, PAYLOADS } from './hostile-fixture.ts';

const exe = chromiumPath();

describe('hostile articles in Chromium', { skip: exe ? false : NO_CHROMIUM }, () => {
  let browser: Browser, page: Page, url: string, stop: () => Promise<void>, shots: string;
  let dialogs: string[] = [];
  before(async () => {
    ({ url, stop } = await serveEmpty());
    const res = await fetch(`${url}api/ingest`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ records: HOSTILE_RECORDS }) });
    assert.equal(res.status, 200);
    ({ browser, page, dialogs, shots } = await openPage(exe!, 'hostile'));
  });
  after(async () => {
    await browser?.close();
    await stop?.();
  });
  const view = async (hash: string, name: string) => {
    await page.goto(url + hash);
    await page.waitForSelector('main:not([aria-busy]) h1');
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  };
  /** Nothing the data could have made: no images, no extra scripts, no handler attributes, no javascript: links. */
  const inert = async (where: string) => {
    const found = await page.evaluate(() => ({
      images: document.images.length,
      scripts: document.scripts.length,
      svgInjected: document.querySelectorAll('svg svg').length,
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`)),
      jsLinks: [...document.querySelectorAll('[href]')].map((e) => e.getAttribute('href')!).filter((h) => /^\s*javascript:/i.test(h)),
    }));
    assert.deepEqual(found, { images: 0, scripts: 1, svgInjected: 0, handlers: [], jsLinks: [] }, where);
    assert.deepEqual(dialogs, [], where);
  };
  const text = (sel: string) => page.$$eval(sel, (es) => es.map((e) => e.textContent ?? '').join('\n'));

  const api = async (path: string) => (await fetch(url + path.slice(1))).json() as Promise<any>;

  it('should show hostile titles as text in the story list and the claim table', async () => {
    await view('#/', 'stories');
    await inert('stories');
    assert.ok((await text('table.stories')).includes(`Dam not inspected in years ${PAYLOADS.script}`));
    const story = (await api('/api/articles/1')).story;
    await view(`#/story/${story}`, 'story');
    await inert('story');
    // Whatever claims the analysis finds, each shows as the characters it is; some carry a payload.
    const claims: { text: string }[] = (await api(`/api/stories/${story}`)).claims;
    const table = await text('table.claims');
    for (const c of claims) assert.ok(table.includes(c.text), c.text);
    assert.ok(claims.some((c) => Object.values(PAYLOADS).some((p) => c.text.includes(p))), 'no claim carries a payload: change the fixture');
    assert.ok((await text('ol.articles')).includes(`Inspector: Lowfen dam ${PAYLOADS.img} could fail`));
  });

  it('should show hostile outlets and titles as text in graph labels, tooltips and the timeline', async () => {
    // A claim that appears in article 1, whose outlet and title are hostile.
    const claim = (await api('/api/articles/1')).claims[0];
    assert.ok(claim, 'article 1 is in no claim: change the fixture');
    await view(`#/claim/${claim.id}`, 'claim');
    await inert('claim');
    assert.equal(await text('main h1'), claim.text);
    const labels = await text('svg.graph .node text');
    assert.ok(labels.includes('Lowfen Post <img src=…'), labels);
    const tips = await text('svg.graph .node title');
    assert.ok(tips.includes(`Lowfen Post ${PAYLOADS.img} (article 1)`), tips);
    assert.ok(tips.includes(`Dam not inspected in years ${PAYLOADS.script}`));
    assert.ok((await text('.timeline')).includes(`Lowfen Post ${PAYLOADS.img}`));
  });

  it('should show hostile text, title and byline as text in the reader, its tooltips and its capture', async () => {
    await view('#/article/1', 'article-1');
    await inert('reader');
    assert.equal(await text('main h1'), `Dam not inspected in years ${PAYLOADS.script}`);
    const body = await text('.article-text');
    for (const p of [PAYLOADS.script, PAYLOADS.img, PAYLOADS.svg]) assert.ok(body.includes(p), p);
    const tips = await page.$$eval('.article-text [title]', (es) => es.map((e) => e.getAttribute('title')).join('\n'));
    assert.ok(tips.length > 0);
    await page.hover('.article-text .cue >> nth=0');
    await page.waitForSelector('.explain .chain');
    await inert('reader with the attribution explained');
    await page.click('.capture-button');
    await page.click('text=Show the original as text');
    await page.waitForSelector('pre.original:not([hidden])');
    assert.ok((await text('pre.original')).includes(PAYLOADS.script.replace(/"/g, '\\"')));
    await inert('reader with the capture shown');
  });

  it('should show a hostile byline as text, and no javascript: link', async () => {
    await view('#/article/3', 'article-3');
    await inert('reader of the HTML article');
    assert.ok((await text('.byline')).includes(`by ${PAYLOADS.svg} Ivo Brand`), await text('.byline'));
    assert.deepEqual(await page.$$eval('ul.links a', (as) => as.map((a) => a.getAttribute('href'))), ['https://example.org/report']);
    assert.ok((await text('.article-text')).includes('<script>alert("escaped")</script>'));
  });

  it('should show hostile corrections (who, note, names, a hostile outlet corrected) as text, and a hostile name in the reader', async () => {
    const post = (body: object) => fetch(`${url}api/corrections`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal((await post({ kind: 'merge-entities', names: ['Mara Quell', PAYLOADS.svg], by: PAYLOADS.img, note: PAYLOADS.script })).status, 200);
    assert.equal((await post({ kind: 'citation', article: '3', outlet: `Lowfen Post ${PAYLOADS.img}`, verdict: 'confirm', by: PAYLOADS.js })).status, 200);
    assert.equal((await post({ kind: 'speaker', article: '1', words: 'Chief inspector Mara Quell', speaker: PAYLOADS.script, by: 'x' })).status, 200);
    await view('#/corrections', 'corrections');
    await inert('corrections');
    const table = await text('table.corrections');
    for (const p of [PAYLOADS.img, PAYLOADS.script, PAYLOADS.svg, PAYLOADS.js]) assert.ok(table.includes(p), p);
    await view('#/article/1', 'article-1-corrected');
    await inert('reader with a corrected speaker');
    assert.ok((await text('.attr-list')).includes(PAYLOADS.script));
    const claim = (await api('/api/articles/1')).claims[0];
    await view(`#/claim/${claim.id}`, 'claim-corrected');
    await inert('claim view with its corrections section');
  });

  it('should keep every export inert, and the HTML report inert when opened', async () => {
    await view('#/export', 'export');
    const save = async (button: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-export="${button}"]`)]);
      return (await d.path())!;
    };
    const json = JSON.parse(readFileSync(await save('json'), 'utf8'));
    assert.ok(JSON.stringify(json).includes(JSON.stringify(PAYLOADS.img).slice(1, -1)));
    const graphml = readFileSync(await save('graphml'), 'utf8');
    assert.ok(!graphml.includes('<script') && !graphml.includes('<img') && graphml.includes('&lt;img'));
    const csv = readFileSync(await save('csv-appearances'), 'utf8');
    assert.ok(csv.includes('Lowfen Post <img src=x onerror=alert(""img"")>'));
    const html = join(shots, 'export.html');
    copyFileSync(await save('html'), html);
    await page.goto(pathToFileURL(html).href);
    await page.screenshot({ path: join(shots, 'export-html.png'), fullPage: true });
    const found = await page.evaluate(() => ({ images: document.images.length, handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length, text: document.body.textContent ?? '' }));
    assert.equal(found.images, 0);
    assert.equal(found.handlers, 0);
    assert.ok(found.text.includes(`Dam not inspected in years ${PAYLOADS.script}`));
    await page.waitForTimeout(200);
    assert.deepEqual(dialogs, []);
  });
});
