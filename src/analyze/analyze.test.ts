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

test('quote kind reads the marks around a content that stops inside them, as the tagger\'s do', () => {
  const within = (text: string, inner: string) => {
    const start = text.indexOf(inner);
    return quoteKind(text, [{ start, end: start + inner.length }]);
  };
  assert.equal(within('“We cannot keep it running,” Brandt said.', 'We cannot keep it running'), 'direct');
  assert.equal(within('Brandt said: "The ferry is finished."', 'The ferry is finished'), 'direct');
  assert.equal(within('Mayor Arden: ‘The sunset is ours’', 'The sunset is ours'), 'direct');
  // an apostrophe is no quotation mark; nor is a lone single mark
  assert.equal(within('She said it was the players’ choice.', 'it was the players'), 'indirect');
  assert.equal(within('He said the ‘fee’ was a joke.', 'the ‘fee’ was a joke'), 'indirect');
  assert.equal(within('Kell said “the board” had erred.', 'the board” had erred'), 'mixed');
  const text = '“We were never told,” said Mirela Dostal, “not once.”';
  const a = { start: 1, end: text.indexOf(',”') };
  const b = { start: text.lastIndexOf('“') + 1, end: text.length - 2 };
  assert.equal(quoteKind(text, [a, b]), 'direct');
});

test('nesting never loops, even when two contents contain each other\'s cues', async () => {
  const { loadAttributionModel } = await import('./attribution/load-node.ts');
  const { extractText } = await import('../extract/index.ts');
  const { analyzeArticle } = await import('./analyze.ts');
  const text = '"The board said the audit was wrong," said Ana Kell, "and the board said so again," she said.';
  const a = analyzeArticle(extractText(text, { id: 'n' }), { model: loadAttributionModel() });
  for (const x of a.attributions) {
    const seen = new Set<number>();
    for (let p = x.parent; p !== null; p = a.attributions[p]!.parent) {
      assert.ok(!seen.has(p), 'a cycle in nesting');
      seen.add(p);
    }
  }
});
