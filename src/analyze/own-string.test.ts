import assert from 'node:assert/strict';
import { test } from 'node:test';
import { own } from './own-string.ts';

test('own gives the same characters, short and long, without the text around them', () => {
  const text = 'The Tarrow Harbour Trust said on Monday that the ferry fee would stay.';
  const name = text.slice(4, 23);
  assert.equal(own(name), 'Tarrow Harbour Trust'.slice(0, 19));
  assert.equal(own('Vale'), 'Vale');
  assert.equal(own(''), '');
});
