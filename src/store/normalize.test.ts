import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseText, normaliseUrl, textHash } from './normalize.ts';

test('should reduce URLs to what identifies the page', () => {
  assert.equal(normaliseUrl('https://www.Example.org/news/1/?utm_source=rss&b=2&a=1#top'), 'example.org/news/1?a=1&b=2');
  assert.equal(normaliseUrl('http://example.org:80/news/1'), 'example.org/news/1');
  assert.equal(normaliseUrl('https://example.org:8443/'), 'example.org:8443/');
  assert.equal(normaliseUrl('mailto:x@example.org'), null);
  assert.equal(normaliseUrl('not a url'), null);
});

test('should hash texts that differ only in whitespace and composition alike', () => {
  assert.equal(normaliseText('  Caf\u0065\u0301 \n\n opens '), 'Caf\u00e9 opens');
  assert.equal(textHash('a  b\nc'), textHash('a b c'));
  assert.notEqual(textHash('a b c'), textHash('a b C'));
});
