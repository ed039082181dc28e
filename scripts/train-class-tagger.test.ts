import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extraTexts } from './train-class-tagger.ts';

function dataDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-extra-')) + '/';
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

describe('extraTexts', () => {
  it('should read the texts that are present, and group the short claims fifty to a text', () => {
    const claims = Array.from({ length: 51 }, (_, k) => JSON.stringify({ title: `Claim ${k}`, text: `Body ${k}.` })).join('\n');
    const dir = dataDir({
      'basil/dev.jsonl': '{"text":"Ferries stop in May."}\n\n{"title":"no text"}\n',
      'article-extraction/dev/ground-truth.json': JSON.stringify({ a: { articleBody: 'The pier reopened.' }, b: {} }),
      'checkthat2020/verified_claims.jsonl': claims,
    });
    const out = extraTexts(dir);
    assert.deepEqual(out.slice(0, 2), ['Ferries stop in May.', 'The pier reopened.']);
    assert.equal(out.length, 4); // NeuS is absent; 51 claims make two texts
    assert.ok(out[2]!.startsWith('Claim 0\n\nBody 0.\n\nClaim 1') && out[2]!.includes('Claim 49') && !out[2]!.includes('Claim 50'));
    assert.equal(out[3], 'Claim 50\n\nBody 50.');
  });
  it('should name the file and line of a record that is not JSON', () => {
    const dir = dataDir({ 'neus/dev.jsonl': '{"text":"fine"}\n{broken\n' });
    assert.throws(() => extraTexts(dir), /neus\/dev\.jsonl:2: not JSON/);
  });
});
