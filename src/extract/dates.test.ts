import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toIsoDate } from './dates.ts';

test('should keep ISO dates, normalising offsets and fractions', () => {
  assert.equal(toIsoDate('2026-03-03'), '2026-03-03');
  assert.equal(toIsoDate('2026-03-03T09:41:00Z'), '2026-03-03T09:41:00Z');
  assert.equal(toIsoDate('2026-03-03T09:41:00+0100'), '2026-03-03T09:41:00+01:00');
  assert.equal(toIsoDate('2026-03-03T09:41:00.123456-05:00'), '2026-03-03T09:41:00.123-05:00');
  assert.equal(toIsoDate(' 2026-03-03 09:41 '), '2026-03-03T09:41:00');
});

test('should read compact and slashed dates', () => {
  assert.equal(toIsoDate('20260303'), '2026-03-03');
  assert.equal(toIsoDate('2026/3/3'), '2026-03-03');
});

test('should read written dates, converting to UTC only when a zone is given', () => {
  assert.equal(toIsoDate('Tue, 03 Mar 2026 09:41:00 GMT'), '2026-03-03T09:41:00Z');
  assert.equal(toIsoDate('March 3, 2026'), '2026-03-03');
  assert.equal(toIsoDate('March 3, 2026 9:41 AM'), '2026-03-03T09:41:00');
});

test('should refuse impossible or unreadable dates', () => {
  assert.equal(toIsoDate('2026-13-40'), undefined);
  assert.equal(toIsoDate('yesterday'), undefined);
  assert.equal(toIsoDate(''), undefined);
  assert.equal(toIsoDate('0001-01-01T00:00:00Z'), undefined);
});
