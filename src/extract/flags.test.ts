import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml } from './html.ts';
import { truncation } from './flags.ts';
import { page, STORY } from './testpage.ts';

const flags = (parts: Parameters<typeof page>[0]) => extractHtml(page(parts), { id: 't' }).flags;

test('should flag no paywall, live blog or truncation on a plain complete story', () => {
  assert.deepEqual(flags({}), { paywall: false, liveBlog: false, truncated: false });
});

test('should flag a paywall from JSON-LD isAccessibleForFree (boolean or string, also on a part)', () => {
  const ld = (x: string) => `<script type="application/ld+json">${x}</script>`;
  assert.equal(flags({ head: ld('{"@type":"NewsArticle","isAccessibleForFree":false}') }).paywall, true);
  assert.equal(flags({ head: ld('{"@type":"NewsArticle","isAccessibleForFree":"False"}') }).paywall, true);
  assert.equal(flags({ head: ld('{"@type":"NewsArticle","hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paid"}}') }).paywall, true);
  assert.equal(flags({ head: ld('{"@type":"NewsArticle","isAccessibleForFree":true}') }).paywall, false);
});

test('should flag a paywall from a content tier or paywall markup', () => {
  assert.equal(flags({ head: '<meta property="article:content_tier" content="locked">' }).paywall, true);
  assert.equal(flags({ extra: '<div class="Paywall-Prompt"><p>Subscribe to read on.</p></div>' }).paywall, true);
});

test('should flag a live blog from LiveBlogPosting or many stamped update entries', () => {
  assert.equal(flags({ head: '<script type="application/ld+json">{"@type":"LiveBlogPosting"}</script>' }).liveBlog, true);
  const updates = [1, 2, 3, 4, 5].map((i) => `<div class="update"><time datetime="2026-03-03T0${i}:00Z">0${i}:00</time><p>Update ${i} from the council chamber.</p></div>`).join('');
  assert.equal(flags({ extra: updates }).liveBlog, true);
  assert.equal(flags({ extra: updates.split('</div>').slice(0, 3).join('</div>') + '</div>' }).liveBlog, false);
});

test('should flag truncation: read-more endings, far below the declared word count, mid-sentence', () => {
  assert.equal(flags({ paragraphs: [...STORY, 'Read more'] }).truncated, false); // the cleaner drops the prompt itself
  assert.match(truncation('A long story begins here and then…') ?? '', /read more|ellipsis/);
  assert.match(truncation('Short body.', 400) ?? '', /declares 400/);
  const cut = 'The council said the repairs would begin in March and that the shuttle, if approved, would run every twenty minutes from the market square to the station and';
  assert.equal(truncation(cut), 'the body ends mid-sentence');
  assert.equal(truncation('North road via Elm Lane'), undefined);
  const head = '<script type="application/ld+json">{"@type":"NewsArticle","wordCount":900}</script>';
  const a = extractHtml(page({ head }), { id: 't' });
  assert.equal(a.flags.truncated, true);
  const msg = a.messages.find((m) => m.rule === 'extract:truncated');
  assert.ok(msg?.span);
  assert.equal(a.text.slice(msg.span.start, msg.span.end), STORY.at(-1));
});
