import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchIds } from './ids.ts';

const old = (id: number, ...m: string[]) => ({ id, members: new Set(m) });

test('a group keeps the id of the old group it overlaps most', () => {
  assert.deepEqual(matchIds([['a', 'b', 'c', 'x'], ['d', 'e']], [old(1, 'd'), old(2, 'a', 'b'), old(3, 'e', 'f')]), [2, 1]);
});

test('an old id goes to the group with the greatest overlap; the other gets the next best or a new id', () => {
  // Group 0 shares 1 with story 5, group 1 shares 3: group 1 wins 5; group 0 has no other match.
  assert.deepEqual(matchIds([['a', 'q'], ['b', 'c', 'd']], [old(5, 'a', 'b', 'c', 'd')]), [null, 5]);
});

test('ties go to the older id, then to the earlier group', () => {
  assert.deepEqual(matchIds([['a', 'b']], [old(9, 'a'), old(4, 'b')]), [4]);
  assert.deepEqual(matchIds([['a'], ['a']], [old(2, 'a')]), [2, null]);
});

test('no overlap: new ids for every group', () => {
  assert.deepEqual(matchIds([['a'], ['b']], []), [null, null]);
});
