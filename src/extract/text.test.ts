import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText, paragraphSpans } from './text.ts';
import { STORY } from './testpage.ts';

test('should keep the text verbatim, with paragraph spans between blank lines', () => {
  const input = 'Bridge to close for repairs\n\n  ' + STORY[0] + '  \r\n\r\n' + STORY[1] + '\nstill the same paragraph.\n\n\n';
  const a = extractText(input, { id: 'x' });
  assert.equal(a.text, input);
  assert.deepEqual(
    a.paragraphs.map((p) => a.text.slice(p.start, p.end)),
    ['Bridge to close for repairs', STORY[0], STORY[1] + '\nstill the same paragraph.'],
  );
  assert.deepEqual(a.meta.title, { value: 'Bridge to close for repairs', raw: 'Bridge to close for repairs', from: 'input' });
  assert.deepEqual(a.language, { code: 'eng', english: true });
  assert.deepEqual(a.links, []);
  assert.deepEqual(a.messages, []);
});

test('should split on single newlines when there are no blank lines', () => {
  assert.deepEqual(paragraphSpans('One.\nTwo.\r\nThree.'), [{ start: 0, end: 4 }, { start: 5, end: 9 }, { start: 11, end: 17 }]);
});

test('should not normalise: offsets refer to the input exactly (decomposed accents, NBSP)', () => {
  const input = 'Cafe\u0301 owners\u00a0met.\n\nThey agreed.';
  const a = extractText(input, { id: 'x' });
  assert.equal(a.text, input);
  assert.deepEqual(a.paragraphs, [{ start: 0, end: 17 }, { start: 19, end: 31 }]);
});

test('should not take a sentence as the title', () => {
  assert.equal(extractText(STORY.join('\n\n'), { id: 'x' }).meta.title, undefined);
  assert.equal(extractText('Just one line of text here', { id: 'x' }).meta.title, undefined);
});

test('should report empty and very short texts', () => {
  const empty = extractText(' \n ', { id: 'x' });
  assert.deepEqual(empty.paragraphs, []);
  assert.deepEqual(empty.messages.map((m) => m.rule), ['extract:no-body']);
  const short = extractText('Bridge closed.', { id: 'x' });
  assert.deepEqual(short.messages.map((m) => [m.rule, m.severity]), [['extract:short-body', 'warning'], ['extract:language-unknown', 'info']]);
});
