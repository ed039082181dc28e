import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteKind } from './analyze.ts';

const kind = (content: string) => quoteKind(content, [{ start: 0, end: content.length }]);

test('quote kind follows the quotation marks of the content', () => {
  assert.equal(kind('“Nobody can say they did not know.”'), 'direct');
  assert.equal(kind('"They were told in October," '), 'direct');
  assert.equal(kind('« Nous savons tout »'), 'direct');
  assert.equal(kind('that the warnings "concerned routine maintenance, not structural safety"'), 'mixed');
  assert.equal(kind('“It was late” and, he added, “too late”'), 'mixed');
  assert.equal(kind('that engineers had inspected the spillway in January'), 'indirect');
});

test('an interrupted quote in two fragments is direct', () => {
  const text = '“We were never told,” said Mirela Dostal, “not once.”';
  const a = { start: 0, end: text.indexOf(',”') + 2 };
  const b = { start: text.lastIndexOf('“'), end: text.length };
  assert.equal(quoteKind(text, [a, b]), 'direct');
});
