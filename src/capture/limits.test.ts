import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveArchiveLimits } from './archive-limits.ts';
import { resolveLimits } from './limits.ts';

test('built-in object names are not limits', () => {
  for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
    assert.throws(() => resolveLimits({ [name]: 1 } as never), /Unknown capture limit/);
    assert.throws(() => resolveArchiveLimits({ [name]: 1 } as never), /Unknown archive limit/);
  }
  assert.equal(resolveArchiveLimits({ maxFileBytes: 10 }).maxFileBytes, 10);
});
