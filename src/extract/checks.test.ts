import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordCount } from './checks.ts';

test('should count words between any white space, and CJK characters in halves', () => {
  assert.equal(wordCount(''), 0);
  assert.equal(wordCount(' \n\t '), 0);
  assert.equal(wordCount('one two\u00a0three\u2003four\nfive'), 5);
  assert.equal(wordCount('日本語のテキスト'), 4); // 8 characters
  assert.equal(wordCount('東京都 said it, 東京'), 2 + 3); // "said" and "it,", and 5 CJK characters → 3
  assert.equal(wordCount('abc東def'), 2 + 1);
});

test('should stop counting at the bound it is given', () => {
  assert.equal(wordCount('a b c d e f', 3), 3);
  assert.equal(wordCount('a b', 3), 2);
});
