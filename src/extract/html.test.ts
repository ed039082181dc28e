import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml } from './html.ts';
import { page, STORY } from './testpage.ts';

test('should return the whole Article for a news page', () => {
  const paragraphs = [...STORY];
  paragraphs[4] = 'Work is expected to start in March, according to the <a href="/roads">county roads office</a>, which will publish a <a href="https://maps.example/detour">detour map</a> for drivers.';
  const head = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge to close","author":{"@type":"Person","name":"Nadia Brook"},"datePublished":"2026-03-03T09:41:00Z"}</script>';
  const a = extractHtml(page({ head, paragraphs }), { id: 'p1', url: 'https://ledger.example/news/bridge' });
  assert.equal(a.id, 'p1');
  assert.equal(a.paragraphs.length, 5);
  assert.deepEqual(a.paragraphs.map((p) => a.text.slice(p.start, p.end)).slice(0, 4), STORY.slice(0, 4));
  assert.deepEqual(
    a.links.map((l) => [l.href, a.text.slice(l.span.start, l.span.end)]),
    [['https://ledger.example/roads', 'county roads office'], ['https://maps.example/detour', 'detour map']],
  );
  assert.equal(a.meta.byline?.value, 'Nadia Brook');
  assert.equal(a.meta.canonicalUrl?.value, 'https://ledger.example/news/bridge');
  assert.deepEqual(a.language, { code: 'eng', english: true });
  assert.deepEqual(a.flags, { paywall: false, liveBlog: false, truncated: false });
  assert.deepEqual(a.messages, []);
  assert.equal(a.text, a.text.normalize('NFC'));
});

test('should never put scripts, styles or noscript content in the text', () => {
  const paragraphs = STORY.map((p, i) => (i === 2 ? `${p}<script>var leak = "SCRIPT-LEAK";</script><style>.x{content:"STYLE-LEAK"}</style><noscript>NOSCRIPT-LEAK</noscript>` : p));
  const a = extractHtml(page({ paragraphs }), { id: 't' });
  assert.doesNotMatch(a.text, /LEAK/);
  assert.equal(a.text, STORY.join('\n\n'));
});

test('should keep escaped markup as literal plain text, never as elements', () => {
  const paragraphs = [...STORY, 'The sign read &lt;b&gt;CLOSED&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; in red letters on the old gate.'];
  const a = extractHtml(page({ paragraphs }), { id: 't' });
  assert.ok(a.text.endsWith('The sign read <b>CLOSED</b> & <script>alert(1)</script> in red letters on the old gate.'));
});

test('should resolve relative links against <base href> when the page has one', () => {
  const paragraphs = [...STORY];
  paragraphs[0] = 'The council voted to close the <a href="bridge">old river bridge</a> for six months of repairs after the spring floods, ending the debate.';
  const a = extractHtml(page({ paragraphs, head: '<base href="https://cdn.ledger.example/news/">' }), { id: 't', url: 'https://ledger.example/a/b' });
  assert.deepEqual(a.links.map((l) => l.href), ['https://cdn.ledger.example/news/bridge']);
});

test('should drop javascript: and fragment links but keep relative links when no base is known', () => {
  const paragraphs = [...STORY];
  paragraphs[0] = 'The <a href="javascript:void(0)">council</a> voted on <a href="#vote">Tuesday</a> to close the <a href="/bridge">old river bridge</a> for six months of repairs after the floods.';
  const a = extractHtml(page({ paragraphs }), { id: 't' });
  assert.deepEqual(a.links.map((l) => l.href), ['/bridge']);
});

test('should still extract from broken HTML and say it is broken', () => {
  const html = '<html><body><div><div><div><article>' + STORY.map((p) => `<p>${p}`).join('\n') + '<div><div><span>';
  const a = extractHtml(html, { id: 't' });
  assert.equal(a.text, STORY.join('\n\n'));
  assert.deepEqual(a.messages.map((m) => m.rule), ['extract:broken-html']);
});

test('should handle a page of several megabytes', () => {
  const filler = '<div class="nav-block"><a href="/x">Link</a></div>\n'.repeat(60_000);
  const html = page({ extra: '', before: '' }).replace('<main>', `<main>${filler}`);
  assert.ok(html.length > 3_000_000);
  const a = extractHtml(html, { id: 'big' });
  assert.equal(a.text, STORY.join('\n\n'));
});

test('should handle a page carrying megabytes of inline script data', () => {
  const state = `<script>window.__STATE__ = ${JSON.stringify({ items: Array.from({ length: 60_000 }, (_, i) => ({ id: i, title: `Teaser ${i}` })) })};</script>`;
  const html = page({ head: state });
  assert.ok(html.length > 2_000_000);
  const a = extractHtml(html, { id: 'big-script' });
  assert.equal(a.text, STORY.join('\n\n'));
  assert.deepEqual(a.messages, []);
});

test('should survive very deep nesting', () => {
  const html = `<html><body>${'<div>'.repeat(5000)}<p>${STORY.join('</p><p>')}</p>${'</div>'.repeat(5000)}</body></html>`;
  const a = extractHtml(html, { id: 'deep' });
  assert.ok(a.text.length > 0);
});

test('should not throw on pages whose <html> tag never closes, nor keep control characters', () => {
  for (const html of ['\0!DOCTYPE html><html ', '<html ', '<!DOCTYPE html><html x']) {
    const a = extractHtml(html, { id: 'h' });
    assert.doesNotMatch(a.text, /[\u0000-\u0008]/);
    assert.ok(a.messages.some((m) => m.rule === 'extract:no-body' || m.rule === 'extract:short-body'));
  }
});

test('should report an empty page as having no body', () => {
  const a = extractHtml('', { id: 'e' });
  assert.equal(a.text, '');
  assert.deepEqual(a.paragraphs, []);
  assert.ok(a.messages.some((m) => m.rule === 'extract:no-body' && m.severity === 'error'));
});

test('should fall back to the densest block when Readability finds nothing', () => {
  const a = extractHtml('<html><body><div><p>Bridge closed until March, the council said.</p></div></body></html>', { id: 's' });
  assert.equal(a.text, 'Bridge closed until March, the council said.');
  assert.deepEqual(a.messages.map((m) => m.rule), ['extract:short-body']);
});

test('should read a fragment without <html> and text without markup', () => {
  assert.equal(extractHtml(STORY.map((p) => `<p>${p}</p>`).join(''), { id: 'f' }).text, STORY.join('\n\n'));
  const t = extractHtml(STORY[0], { id: 'x' });
  assert.equal(t.text, STORY[0]);
  assert.ok(t.messages.some((m) => m.rule === 'extract:not-html'));
});

test('should keep embedded posts that the story quotes', () => {
  const extra = `<div class="social-embed"><blockquote class="twitter-tweet"><p lang="en">The bridge is finally closing, about time. <a href="https://t.co/abc">pic.example/xyz</a></p>— Quay Street Traders (@quaytraders) <a href="https://social.example/quaytraders/status/1">March 3, 2026</a></blockquote></div>
    <p>The traders' association later said it would support the shuttle plan if the council funded it.</p>`;
  const a = extractHtml(page({ extra }), { id: 't' });
  assert.match(a.text, /The bridge is finally closing, about time\./);
  assert.ok(a.links.some((l) => l.href === 'https://social.example/quaytraders/status/1'));
});
