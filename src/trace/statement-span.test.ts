import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentencesHolding } from './statement-span.ts';

const cut = (text: string, content: string): string => {
  const start = text.indexOf(content);
  const s = sentencesHolding(text, { start: 0, end: text.length }, { start, end: start + content.length });
  return text.slice(s.start, s.end);
};

describe('sentencesHolding', () => {
  it('should keep the sentence of the content, not the one that named the speaker before it', () => {
    const text = '“The pier stays open,” Mayor Arden wrote. “I expect the ferry to run all winter.” He did not say how.';
    assert.equal(cut(text, 'I expect the ferry to run all winter'), '“I expect the ferry to run all winter.”');
  });
  it('should not end a sentence at a title or an initial', () => {
    const text = 'The council met. Mr. Dane said the fee was dropped, according to J. R. Vale of the Ledger. Then it rained.';
    assert.equal(cut(text, 'the fee was dropped'), 'Mr. Dane said the fee was dropped, according to J. R. Vale of the Ledger.');
  });
  it('should keep every sentence a content runs over', () => {
    const text = 'She said: “The fee is gone. The wardens are gone too.” Nobody believed her.';
    assert.equal(cut(text, 'The fee is gone. The wardens are gone too'), 'She said: “The fee is gone. The wardens are gone too.”');
  });
});
