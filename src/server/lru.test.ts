import assert from 'node:assert/strict';
import { it } from 'node:test';
import { Lru } from './lru.ts';

it('should keep the most recently used entries up to its size', () => {
  const l = new Lru<string, number>(2);
  l.set('a', 1);
  l.set('b', 2);
  assert.equal(l.get('a'), 1);
  l.set('c', 3);
  assert.deepEqual([l.get('a'), l.get('b'), l.get('c'), l.size], [1, undefined, 3, 2]);
  const epoch = l.epoch;
  l.clear();
  assert.equal(l.get('a'), undefined);
  assert.notEqual(l.epoch, epoch);
});
