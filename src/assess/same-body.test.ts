import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityKind, Speaker } from '../types.ts';
import { mayBeSameBody } from './same-body.ts';

const sp = (name: string, kind: EntityKind = 'organization'): Speaker => ({ name, key: name.toLowerCase(), kind, anonymous: false });

test('a body under another of its names is not a different speaker: misattribution needs two', () => {
  assert.ok(mayBeSameBody(sp('Brindle Cove', 'place'), sp('Brindle Cove Council')));
  assert.ok(mayBeSameBody(sp('the town’s council'), sp('Brindle Cove Council')));
  assert.ok(mayBeSameBody(sp('Harrow Vale Council'), sp('the council')));
});

test('two bodies with proper names of one head word, and people, stay different speakers', () => {
  assert.ok(!mayBeSameBody(sp('Health Ministry'), sp('Defence Ministry')));
  assert.ok(!mayBeSameBody(sp('Corvana General Hospital'), sp('Civil Protection Directorate')));
  assert.ok(!mayBeSameBody(sp('Jane Smith', 'person'), sp('Smith', 'person')));
  assert.ok(!mayBeSameBody(sp('the minister', 'person'), sp('Interior Ministry')));
});
