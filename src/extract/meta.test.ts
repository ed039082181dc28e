import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml } from './html.ts';
import { page } from './testpage.ts';

const meta = (head: string, opts: { url?: string; htmlAttrs?: string; before?: string } = {}) =>
  extractHtml(page({ head, htmlAttrs: opts.htmlAttrs, before: opts.before }), { id: 't', url: opts.url }).meta;

test('should read title, byline, outlet and dates from JSON-LD in an @graph, keeping raw strings', () => {
  const head = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
    {"@type":"Organization","@id":"#org","name":"The Millbrook Ledger"},
    {"@type":"Person","@id":"#p1","name":"Nadia Brook"},
    {"@type":"NewsArticle","headline":"Bridge to close for repairs","author":{"@id":"#p1"},"publisher":{"@id":"#org"},
     "datePublished":"2026-03-03T09:41:00+0100","dateModified":"2026-03-03 11:02","inLanguage":"en-GB"}]}</script>`;
  const m = meta(head, { htmlAttrs: '' });
  assert.deepEqual(m.title, { value: 'Bridge to close for repairs', raw: 'Bridge to close for repairs', from: 'json-ld' });
  assert.deepEqual(m.byline, { value: 'Nadia Brook', raw: 'Nadia Brook', from: 'json-ld' });
  assert.deepEqual(m.outlet, { value: 'The Millbrook Ledger', raw: 'The Millbrook Ledger', from: 'json-ld' });
  assert.deepEqual(m.published, { value: '2026-03-03T09:41:00+01:00', raw: '2026-03-03T09:41:00+0100', from: 'json-ld' });
  assert.deepEqual(m.modified, { value: '2026-03-03T11:02:00', raw: '2026-03-03 11:02', from: 'json-ld' });
  assert.deepEqual(m.declaredLanguage, { value: 'en-GB', raw: 'en-GB', from: 'json-ld' });
});

test('should join several JSON-LD authors and decode HTML entities left in strings', () => {
  const head = `<script type="application/ld+json">[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"Quay Street &#8216;won&#8217;t wait&#8217; &amp; more",
    "author":[{"@type":"Person","name":"Nadia Brook"},{"@type":"Person","name":"Owen Ferris"}]}]</script>`;
  const m = meta(head);
  assert.equal(m.title?.value, 'Quay Street ‘won’t wait’ & more');
  assert.equal(m.title?.raw, 'Quay Street &#8216;won&#8217;t wait&#8217; &amp; more');
  assert.equal(m.byline?.value, 'Nadia Brook, Owen Ferris');
});

test('should repair JSON-LD with trailing commas and raw newlines', () => {
  const head = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Two\nlines",}</script>';
  assert.equal(meta(head).title?.value, 'Two lines');
});

test('should fall back to OpenGraph, then meta tags, then <time> and <title>', () => {
  const head = `<meta property="og:title" content="Bridge closing">
    <meta property="og:site_name" content="Millbrook Ledger">
    <meta name="author" content="Nadia Brook">
    <meta property="article:modified_time" content="2026-03-04T08:00:00Z">`;
  const m = meta(head, { before: '<time datetime="2026-03-03">March 3</time>' });
  assert.deepEqual(m.title, { value: 'Bridge closing', raw: 'Bridge closing', from: 'opengraph' });
  assert.deepEqual(m.outlet, { value: 'Millbrook Ledger', raw: 'Millbrook Ledger', from: 'opengraph' });
  assert.deepEqual(m.byline, { value: 'Nadia Brook', raw: 'Nadia Brook', from: 'meta' });
  assert.deepEqual(m.published, { value: '2026-03-03', raw: '2026-03-03', from: 'time' });
  assert.deepEqual(m.modified, { value: '2026-03-04T08:00:00Z', raw: '2026-03-04T08:00:00Z', from: 'opengraph' });
  assert.deepEqual(meta('').title, { value: 'Bridge to close for repairs | The Millbrook Ledger', raw: 'Bridge to close for repairs | The Millbrook Ledger', from: 'html' });
});

test('should read citation_* tags and skip author URLs', () => {
  const head = `<meta name="author" content="https://ledger.example/staff/nb">
    <meta name="citation_author" content="Brook, Nadia">
    <meta name="citation_publication_date" content="2026/03/03">
    <meta name="citation_journal_title" content="Millbrook Studies">`;
  const m = meta(head);
  assert.deepEqual(m.byline, { value: 'Brook, Nadia', raw: 'Brook, Nadia', from: 'meta' });
  assert.equal(m.outlet?.value, 'Millbrook Studies');
  assert.deepEqual(m.published, { value: '2026-03-03', raw: '2026/03/03', from: 'meta' });
});

test('should skip placeholder dates and prefer a parseable date from a later source', () => {
  const head = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>
    <meta property="article:published_time" content="2026-03-03T09:41:00Z">`;
  assert.equal(meta(head).published?.value, '2026-03-03T09:41:00Z');
});

test('should resolve the canonical URL against the page URL, and fall back to the input URL', () => {
  const m = meta('<link rel="canonical" href="/news/bridge">', { url: 'https://ledger.example/amp/news/bridge?x=1' });
  assert.deepEqual(m.canonicalUrl, { value: 'https://ledger.example/news/bridge', raw: '/news/bridge', from: 'html' });
  const n = meta('', { url: 'https://www.ledger.example/a' });
  assert.deepEqual(n.canonicalUrl, { value: 'https://www.ledger.example/a', raw: 'https://www.ledger.example/a', from: 'input' });
  assert.deepEqual(n.outlet, { value: 'ledger.example', raw: 'https://www.ledger.example/a', from: 'url' });
});

test('should take the declared language from <html lang> first', () => {
  assert.deepEqual(meta('<meta http-equiv="content-language" content="de">', { htmlAttrs: 'lang="en-US"' }).declaredLanguage, { value: 'en-US', raw: 'en-US', from: 'html' });
  assert.deepEqual(meta('<meta http-equiv="content-language" content="de">', { htmlAttrs: '' }).declaredLanguage, { value: 'de', raw: 'de', from: 'meta' });
});
