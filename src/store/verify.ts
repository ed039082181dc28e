// verify(): the custody log is the authority. Its chain is re-hashed entry by entry; replaying it gives
// the hash every record should have now; each stored row is re-hashed and compared, and every original
// is re-hashed against its sha256. Each finding names the table, the key and what is wrong.
import type Database from 'better-sqlite3';
import { sha256 } from './canonical.ts';
import { entries, entryHash, GENESIS } from './custody.ts';
import { signatureValid } from './keys.ts';
import { analysisHash, analysisKey, articleHash, captureHash, claimHash, correctionHash, storyHash, type AnalysisRow, type ArticleRow, type CaptureRow } from './records.ts';
import type { CustodyRecord, Finding, Head, VerifyOptions } from './types.ts';

type Expected = Map<string, { hash: string | null; seq: number }>;

function checkChain(db: Database.Database, findings: Finding[]): { expected: Expected; hashes: Map<number, string> } {
  const expected: Expected = new Map();
  const hashes = new Map<number, string>();
  let prev = GENESIS;
  let seq = 0;
  for (const { entry, error } of entries(db)) {
    const key = `seq ${entry.seq}`;
    if (entry.seq !== seq + 1) findings.push({ table: 'custody', key, problem: `entries ${seq + 1}..${entry.seq - 1} are missing` });
    if (error) findings.push({ table: 'custody', key, problem: error });
    if (entry.prevHash !== prev) findings.push({ table: 'custody', key, problem: 'prev_hash does not match the previous entry: an entry before it was altered, removed or inserted' });
    if (entryHash(entry) !== entry.hash) findings.push({ table: 'custody', key, problem: 'altered: the entry does not match its hash' });
    for (const r of entry.records) expected.set(`${r.table}\u0000${r.key}`, { hash: r.hash, seq: entry.seq });
    hashes.set(entry.seq, entry.hash);
    prev = entry.hash;
    seq = entry.seq;
  }
  return { expected, hashes };
}

/** Every row of the workspace as a (table, key, hash) record. */
function* actualRecords(db: Database.Database, findings: Finding[]): Generator<CustodyRecord> {
  for (const r of db.prepare('SELECT * FROM captures').iterate() as Iterable<CaptureRow>) {
    if (sha256(r.bytes) !== r.sha256) findings.push({ table: 'captures', key: r.sha256, problem: 'altered: the stored bytes do not match their sha256' });
    if (r.bytes.length !== r.size) findings.push({ table: 'captures', key: r.sha256, problem: `size ${r.size} does not match the ${r.bytes.length} stored bytes` });
    yield { table: 'captures', key: r.sha256, hash: captureHash(r) };
  }
  const links = new Map<number, string[]>();
  for (const l of db.prepare('SELECT article, capture FROM article_captures').iterate() as Iterable<{ article: number; capture: string }>) {
    const list = links.get(l.article);
    if (list) list.push(l.capture);
    else links.set(l.article, [l.capture]);
  }
  for (const r of db.prepare('SELECT * FROM articles').iterate() as Iterable<ArticleRow>) {
    yield { table: 'articles', key: String(r.id), hash: articleHash(r, links.get(r.id) ?? []) };
  }
  for (const r of db.prepare('SELECT * FROM analyses').iterate() as Iterable<AnalysisRow>) {
    yield { table: 'analyses', key: analysisKey(r), hash: analysisHash(r) };
  }
  for (const id of db.prepare('SELECT id FROM stories').pluck().all() as number[]) yield { table: 'stories', key: String(id), hash: storyHash(db, id) };
  for (const id of db.prepare('SELECT id FROM claims').pluck().all() as number[]) yield { table: 'claims', key: String(id), hash: claimHash(db, id) };
  for (const id of db.prepare('SELECT id FROM corrections').pluck().all() as string[]) yield { table: 'corrections', key: id, hash: correctionHash(db, id) };
}

function checkHead(kept: Head, hashes: Map<number, string>, findings: Finding[]): void {
  const now = hashes.get(kept.seq);
  if (now === undefined) findings.push({ table: 'custody', key: `seq ${kept.seq}`, problem: 'the kept head is no longer in the log: entries were removed' });
  else if (now !== kept.hash) findings.push({ table: 'custody', key: `seq ${kept.seq}`, problem: 'differs from the kept head: the log was rewritten up to here' });
}

export function verifyWorkspace(db: Database.Database, options: VerifyOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const { expected, hashes } = checkChain(db, findings);
  const seen = new Set<string>();
  for (const rec of actualRecords(db, findings)) {
    const id = `${rec.table}\u0000${rec.key}`;
    seen.add(id);
    const want = expected.get(id);
    if (!want || want.hash === null) findings.push({ table: rec.table, key: rec.key, problem: want ? `present, but its deletion was logged at seq ${want.seq}` : 'not in the custody log: added outside hearsay' });
    else if (want.hash !== rec.hash) findings.push({ table: rec.table, key: rec.key, problem: `altered: does not match the hash logged at seq ${want.seq}` });
  }
  for (const [id, want] of expected) {
    if (want.hash === null || seen.has(id)) continue;
    const [table, key] = id.split('\u0000');
    findings.push({ table: table!, key: key!, problem: `missing: logged at seq ${want.seq}, no deletion logged` });
  }
  if (options.signed) {
    const pem = options.publicKey ?? options.signed.publicKey;
    if (options.publicKey && options.publicKey.trim() !== options.signed.publicKey.trim()) {
      findings.push({ table: 'custody', key: `seq ${options.signed.head.seq}`, problem: 'the signed head carries a different public key than the one given' });
    }
    if (!signatureValid(options.signed, pem)) findings.push({ table: 'custody', key: `seq ${options.signed.head.seq}`, problem: 'the signature over the head is not valid for the public key' });
    checkHead(options.signed.head, hashes, findings);
  }
  if (options.head) checkHead(options.head, hashes, findings);
  return findings;
}
