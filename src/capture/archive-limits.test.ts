import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_ARCHIVE_LIMITS, captureLimitsOf, resolveArchiveLimits } from './archive-limits.ts';
import { DEFAULT_LIMITS } from './limits.ts';

describe('resolveArchiveLimits', () => {
  test('should fill in defaults and take overrides of both kinds', () => {
    const limits = resolveArchiveLimits({ maxRecords: 5, maxFileBytes: 10 });
    assert.equal(limits.maxRecords, 5);
    assert.equal(limits.maxFileBytes, 10);
    assert.equal(limits.maxFeedItems, DEFAULT_ARCHIVE_LIMITS.maxFeedItems);
    assert.equal(limits.fetchTimeoutMs, DEFAULT_LIMITS.fetchTimeoutMs);
  });

  test('should reject unknown names and values that would disable a limit', () => {
    assert.throws(() => resolveArchiveLimits({ maxRecord: 1 } as never), /Unknown archive limit `maxRecord`/);
    assert.throws(() => resolveArchiveLimits({ maxRecords: -1 }), /must be a non-negative integer, got -1/);
    assert.throws(() => resolveArchiveLimits({ maxFileBytes: Number.NaN }), /Capture limit `maxFileBytes`/);
  });

  test('captureLimitsOf should keep only the capture limits', () => {
    assert.deepEqual(captureLimitsOf({ maxRecords: 5, maxFileBytes: 10 }), { maxFileBytes: 10 });
  });
});
