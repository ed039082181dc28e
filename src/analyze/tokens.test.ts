import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitParagraphs, splitSentences, tokenize, tokenText } from './tokens.ts';

const words = (text: string): string[] => {
  const t = tokenize(text);
  return Array.from({ length: t.length }, (_, i) => tokenText(t, i));
};
const sentences = (text: string): string[] => splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

describe('tokenize', () => {
  it('should split punctuation, quotes and possessives but keep initialisms, numbers and hyphenated words', () => {
    assert.deepEqual(words('“Zorvan’s plan,” said the U.S. envoy, costs $1,200.50 — a well-known fact.'), [
      '“', 'Zorvan', '’s', 'plan', ',', '”', 'said', 'the', 'U.S.', 'envoy', ',', 'costs', '$', '1,200.50', '—', 'a',
      'well-known', 'fact', '.',
    ]);
  });
  it('should keep party-state labels whole', () => {
    assert.deepEqual(words('Rep. Ana Pell (D-N.C.) said'), ['Rep', '.', 'Ana', 'Pell', '(', 'D-N.C.', ')', 'said']);
  });
  it('should give offsets into the text', () => {
    const text = '  Hi, Kelm!';
    const t = tokenize(text);
    assert.deepEqual([...t.starts], [2, 4, 6, 10]);
    assert.deepEqual([...t.ends], [4, 5, 10, 11]);
  });
});

describe('splitSentences', () => {
  it('should not split after titles, months and initials', () => {
    assert.deepEqual(sentences('Mr. Dalby met Sen. Orrin V. Pask on Sept. 4 in Tulsa. They spoke.'), [
      'Mr. Dalby met Sen. Orrin V. Pask on Sept. 4 in Tulsa.',
      'They spoke.',
    ]);
  });
  it('should keep a closing quote with its sentence', () => {
    assert.deepEqual(sentences('She said, “We will win.” Then she left.'), ['She said, “We will win.”', 'Then she left.']);
  });
  it('should end a sentence at an initialism before a sentence opener, and at line breaks', () => {
    assert.deepEqual(sentences('Aid reached the U.S. The talks went on\n\nNew paragraph here'), [
      'Aid reached the U.S.',
      'The talks went on',
      'New paragraph here',
    ]);
  });
  it('should split at a paragraph break after a closing quote, and leave an opening quote to its sentence', () => {
    assert.deepEqual(sentences('Kelm called the harvest “a small miracle.”\n\nIf rain comes, we wait. "Blue sky," Ora said.'), [
      'Kelm called the harvest “a small miracle.”',
      'If rain comes, we wait.',
      '"Blue sky," Ora said.',
    ]);
  });
  it('should not split before a lowercase word', () => {
    assert.deepEqual(sentences('It was 5 p.m. when they met.'), ['It was 5 p.m. when they met.']);
  });
});

describe('splitParagraphs', () => {
  it('should return trimmed non-empty lines', () => {
    const text = 'One.\n\n  Two. \nThree';
    assert.deepEqual(splitParagraphs(text).map((s) => text.slice(s.start, s.end)), ['One.', 'Two.', 'Three']);
  });
});
