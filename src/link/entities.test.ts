import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EntityResolver } from './entities.ts';

test('"the Lantern" is the one outlet whose name ends in Lantern; a word two outlets end in stays itself', () => {
  const r = new EntityResolver();
  const lantern = r.resolve('The Weekend Lantern', 'outlet');
  const courier = r.resolve('The Saltmarsh Courier', 'outlet');
  r.resolve('The Daily Beacon', 'outlet');
  r.resolve('The Harbour Beacon', 'outlet');
  assert.equal(r.resolve('the Lantern', 'outlet').key, lantern.key);
  assert.equal(r.resolve('Lantern', 'unknown').key, lantern.key);
  assert.equal(r.resolve('the Courier', 'outlet').key, courier.key);
  assert.equal(r.resolve('The Weekend Lantern', 'outlet').name, 'The Weekend Lantern');
  const beacon = r.resolve('the Beacon', 'outlet').key;
  assert.ok(beacon !== r.resolve('The Daily Beacon', 'outlet').key && beacon !== r.resolve('The Harbour Beacon', 'outlet').key, beacon);
});
