import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashString, mix, mix3 } from './hash.ts';

describe('hashString', () => {
  it('should be deterministic 32-bit and tell different strings apart', () => {
    assert.equal(hashString('said'), hashString('said'));
    assert.notEqual(hashString('said'), hashString('says'));
    assert.equal(hashString('said'), hashString('said') | 0);
  });
});

describe('mix', () => {
  it('should be order-sensitive', () => {
    assert.notEqual(mix(1, 2), mix(2, 1));
    assert.notEqual(mix3(1, 2, 3), mix3(1, 3, 2));
  });
});
