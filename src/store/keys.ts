// The Ed25519 key that signs custody heads. It lives outside the workspace (default
// $XDG_CONFIG_HOME/hearsay or ~/.config/hearsay), so whoever holds a copy of the workspace cannot
// re-sign a rewritten log; it is created on first use, readable by its owner only (0600).
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { canonicalJson } from './canonical.ts';
import { StoreError, type Head, type SignedHead } from './types.ts';

export const KEY_FILE = 'custody-ed25519.pem';

export function defaultKeyDir(): string {
  return join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'hearsay');
}

/** The signing key in keyDir, created there (0600) when absent. */
export function loadOrCreateKey(keyDir: string, workspacePath?: string): KeyObject {
  const dir = resolve(keyDir);
  if (workspacePath && workspacePath !== ':memory:' && dir === dirname(resolve(workspacePath))) {
    throw new StoreError(`${dir}: the signing key must not sit beside the workspace it signs; choose another directory`, 'bad-key');
  }
  const file = join(dir, KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    // 'wx': never overwrite a key another process created a moment ago.
    try {
      writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  const mode = statSync(file).mode & 0o777;
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new StoreError(`${file}: signing key is readable by others (mode ${mode.toString(8)}); run chmod 600 on it`, 'bad-key');
  }
  return createPrivateKey(readFileSync(file));
}

const headBytes = (h: Head) => Buffer.from(canonicalJson({ seq: h.seq, hash: h.hash }));

export function signHeadWith(head: Head, key: KeyObject): SignedHead {
  const publicKey = createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
  return { head, signature: sign(null, headBytes(head), key).toString('base64'), publicKey };
}

/** Whether the signature over the head is valid for the given key (PEM). */
export function signatureValid(signed: SignedHead, publicKeyPem: string): boolean {
  try {
    return verify(null, headBytes(signed.head), createPublicKey(publicKeyPem), Buffer.from(signed.signature, 'base64'));
  } catch {
    return false;
  }
}
