import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml } from './html.ts';
import { page, STORY } from './testpage.ts';

const body = (html: string) => extractHtml(html, { id: 't' }).text;
const storyText = STORY.join('\n\n');

test('should keep exactly the story paragraphs of a plain page', () => {
  assert.equal(body(page()), storyText);
});

test('should drop figures, captions and picture credits', () => {
  const extra = `
    <figure><img src="/b.jpg" alt=""><figcaption>The old river bridge at dusk. (Photo: Millbrook Ledger)</figcaption></figure>
    <p class="image-caption">Engineers inspecting a pier last week</p>
    <p>Workers on the footbridge in April (Credit: County Roads Office)</p>`;
  assert.equal(body(page({ extra })), storyText);
});

test('should drop share bars, newsletter boxes, related-story lists and advertisement labels', () => {
  const extra = `
    <div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
    <p>Advertisement</p>
    <div class="newsletter-signup"><p>Get the Ledger in your inbox every morning. Sign up now.</p></div>
    <h3>Related stories</h3>
    <ul><li><a href="/a">Flood barriers delayed again</a></li><li><a href="/b">Quay Street traders meet</a></li></ul>`;
  assert.equal(body(page({ extra })), storyText);
});

test('should drop bylines and datelines before the first paragraph, and a tag list by its class', () => {
  const before = '<div class="info"><span>Nadia Brook</span></div><p>Updated 9:41 AM, March 3, 2026</p>';
  const extra = '<div class="article-tags">Millbrook</div>';
  assert.equal(body(page({ before, extra })), storyText);
});

test('should keep a short lede that is a sentence, and list items with data', () => {
  const paragraphs = ['The bridge is closing.', ...STORY, 'Detour routes:'];
  const extra = '<ul><li>North road via Elm Lane</li><li>South road via the ring road</li></ul>';
  const text = body(page({ paragraphs, extra }));
  assert.ok(text.startsWith('The bridge is closing.\n\n'));
  assert.ok(text.endsWith('North road via Elm Lane\n\nSouth road via the ring road'));
});

test('should drop text hidden from readers (screen-reader labels, hidden blocks)', () => {
  const before = '<p><span class="visually-hidden">Image copyright</span></p>';
  const extra = '<div hidden><p>Hidden teaser for another story entirely.</p></div><p style="display: none">Invisible.</p>';
  assert.equal(body(page({ before, extra })), storyText);
});

test('should keep in-text links whose classes look like tags', () => {
  const paragraphs = [...STORY];
  paragraphs[1] = 'Council member <a class="auto-tag" href="/people/ines-varga">Ines Varga</a> said the structure was unsafe for heavy traffic this winter.';
  const a = extractHtml(page({ paragraphs }), { id: 't', url: 'https://ledger.example/news/bridge' });
  assert.ok(a.text.includes('Council member Ines Varga said'));
  const link = a.links.find((l) => l.href === 'https://ledger.example/people/ines-varga');
  assert.ok(link);
  assert.equal(a.text.slice(link.span.start, link.span.end), 'Ines Varga');
});
