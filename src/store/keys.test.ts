import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { KEY_FILE, loadOrCreateKey, signatureValid, signHeadWith } from './keys.ts';

const head = { seq: 3, hash: 'a'.repeat(64) };

test('should create the key on first use, owner-only, and reuse it after', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'hearsay-keys-')), 'config', 'hearsay');
  const signed = signHeadWith(head, loadOrCreateKey(dir));
  assert.equal(statSync(join(dir, KEY_FILE)).mode & 0o777, 0o600);
  const again = signHeadWith(head, loadOrCreateKey(dir));
  assert.equal(again.publicKey, signed.publicKey);
  assert.equal(signatureValid(signed, signed.publicKey), true);
  assert.equal(signatureValid({ ...signed, head: { seq: 4, hash: head.hash } }, signed.publicKey), false);
  const other = signHeadWith(head, loadOrCreateKey(mkdtempSync(join(tmpdir(), 'hearsay-keys-'))));
  assert.equal(signatureValid(signed, other.publicKey), false);
});

test('should refuse a key readable by others, and a key directory beside the workspace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-keys-'));
  loadOrCreateKey(dir);
  chmodSync(join(dir, KEY_FILE), 0o644);
  assert.throws(() => loadOrCreateKey(dir), /readable by others \(mode 644\); run chmod 600/);
  assert.throws(() => loadOrCreateKey(dir, join(dir, 'hearsay.db')), /must not sit beside the workspace/);
});
