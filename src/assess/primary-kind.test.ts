import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Speaker } from '../types.ts';
import { primaryKindOf } from './primary-kind.ts';

const s = (name: string, kind: Speaker['kind'], anonymous = false): Speaker => ({ name, key: `k:${name}`, kind, anonymous });

test('a description headed by a text is a document or a post; names keep their kind', () => {
  assert.deepEqual(
    [s('the indictment', 'unknown'), s('A Harbour Trust report', 'unknown'), s('her viral post', 'unknown'), s('the tweets', 'unknown'),
      s('Ana Vale', 'person'), s('Ferry Union', 'organization'), s('Tarrow Ledger', 'outlet'), s('officials', 'group', true), s('Republicans', 'group'), s('Vale', 'unknown')].map(primaryKindOf),
    ['document', 'document', 'post', 'post', 'person', 'organization', 'outlet', 'anonymous', 'organization', 'person'],
  );
});
