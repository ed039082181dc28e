import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { PACK, workspaceCli } from './test-support.ts';

// Corrections through the CLI on the Greymoor pack (invented): 02 is the wire client copy of 01; 04
// gives the minister's words to the premier; 06 and 07 are the denial and the inspector.
const { db, hearsay } = workspaceCli('hearsay-correct-');
const json = (...args: string[]) => JSON.parse(hearsay(...args, '--format', 'json').stdout);
type Claim = { id: string; appearances: { article: string }[]; primarySources: { name: string }[] };

test('a correction is kept, logged, applied at once, and survives re-analysis and more coverage', () => {
  assert.equal(hearsay('ingest', PACK).status, 0);
  const rejected = hearsay('correct', 'copy', '2', '1', '--reject', '--by', 'a.checker', '--note', 'different third paragraph');
  assert.equal(rejected.status, 0, rejected.stderr);
  assert.match(rejected.stdout, /^k1: reject that article 2 copies article 1 — by a\.checker at \d{4}-/);
  assert.match(rejected.stdout, /applied/);
  const list = json('corrections') as { id: string; by: string; at: string; note: string; applied: boolean; withdrawnAt: string | null }[];
  assert.deepEqual(list.map((c) => [c.id, c.by, c.note, c.applied, c.withdrawnAt]), [['k1', 'a.checker', 'different third paragraph', true, null]]);

  // Ingesting the same coverage again (and relinking) keeps the correction in force.
  assert.equal(hearsay('ingest', PACK).status, 0);
  const claims = json('claims') as Claim[];
  assert.ok(claims.length > 0);
  const log = new Database(db, { readonly: true }).prepare("SELECT action, settings FROM custody WHERE action = 'correct'").all() as { settings: string }[];
  assert.equal(log.length, 1);
  assert.match(log[0]!.settings, /"correction":"k1"/);
  assert.equal(hearsay('verify').status, 0);
});

test('a claim marked as two keeps its id; the second half gets a new one', () => {
  const before = json('claims') as Claim[];
  const big = [...before].sort((a, b) => b.appearances.length - a.appearances.length)[0]!;
  const moved = [...new Set(big.appearances.map((a) => a.article))].filter((a) => a !== '1' && a !== '2').slice(-2);
  const r = hearsay('correct', 'split-claim', big.id, '--articles', moved.join(','));
  assert.equal(r.status, 0, r.stderr);
  const after = json('claims') as Claim[];
  const same = after.find((c) => c.id === big.id)!;
  assert.ok(same, 'the claim keeps its id');
  assert.ok(!same.appearances.some((a) => moved.includes(a.article)));
  assert.ok(after.some((c) => c.id !== big.id && [...new Set(c.appearances.map((a) => a.article))].sort().join() === [...moved].sort().join()));
});

test('a speaker can be named by the words of the source, and withdrawing a correction undoes it', () => {
  const r = hearsay('correct', 'speaker', '4', 'Premier Hana Ostrova said', 'Tomas Vereker', '--kind', 'person');
  assert.equal(r.status, 0, r.stderr);
  const id = /^(k\d+):/.exec(r.stdout)![1]!;
  const w = hearsay('correct', 'withdraw', id);
  assert.equal(w.status, 0, w.stderr);
  const list = json('corrections') as { id: string; withdrawnAt: string | null; applied: boolean }[];
  const row = list.find((c) => c.id === id)!;
  assert.ok(row.withdrawnAt && !row.applied);
  assert.equal(hearsay('correct', 'withdraw', id).status, 2, 'withdrawn once');
});

test('bad corrections are refused with a clear message, and nothing is stored', () => {
  const count = () => (json('corrections') as unknown[]).length;
  const n = count();
  const cases: [string[], RegExp][] = [
    [['copy', '2', '1'], /say --confirm or --reject/],
    [['split-claim', '9999', '--articles', '3'], /no claim 9999/],
    [['speaker', '4', 'words that are nowhere', 'X'], /article 4 does not contain "words that are nowhere"/],
    [['merge', 'Only One'], /usage: hearsay correct merge/],
    [['rename', 'x'], /unknown correction "rename"/],
    [['speaker', '4', '45', 'X', '--kind', 'martian'], /"speakerKind" must be one of/],
  ];
  for (const [args, message] of cases) {
    const r = hearsay('correct', ...args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stdout}`);
    assert.match(r.stderr, message);
  }
  assert.equal(hearsay('correct', 'withdraw', 'k999').status, 1);
  assert.equal(count(), n);
});

test('an altered correction is named by verify', () => {
  const w = new Database(db);
  w.prepare("UPDATE corrections SET body = replace(body, 'a.checker', 'someone else') WHERE id = 'k1'").run();
  w.close();
  const v = hearsay('verify');
  assert.equal(v.status, 1);
  assert.match(v.stdout + v.stderr, /corrections.*k1.*altered/s);
});
