import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenText } from '../tokens.ts';
import { buildDoc } from './document.ts';

const quoted = (text: string): string[] => {
  const d = buildDoc(text);
  return d.quotes.map(([a, b]) => text.slice(d.tokens.starts[a]!, d.tokens.ends[b - 1]!));
};

describe('buildDoc quotations', () => {
  it('should find curly and straight quotations, marks included', () => {
    assert.deepEqual(quoted('“We won,” said Ada Brill. Then "it rained" on us.'), ['“We won,”', '"it rained"']);
  });
  it('should read doubled apostrophes as quote marks', () => {
    assert.deepEqual(quoted("''The orchard is ours,'' Pell wrote."), ["''The orchard is ours,''"]);
  });
  it('should close a quotation at the end of its paragraph', () => {
    assert.deepEqual(quoted('“First part.\n\n“Second part,” she said.'), ['“First part.', '“Second part,”']);
  });
  it('should mark tokens inside quotations', () => {
    const d = buildDoc('He said “no way” today.');
    const inside = Array.from({ length: d.n }, (_, i) => (d.quote[i]! >= 0 ? tokenText(d.tokens, i) : null)).filter(Boolean);
    assert.deepEqual(inside, ['“', 'no', 'way', '”']);
  });
});
