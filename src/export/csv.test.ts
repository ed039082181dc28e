import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvField, toCsv, toCsvAppearances } from './csv.ts';
import { greymoorTrace, smallTrace, SMALL_OPTS } from './test-support.ts';

/** A small RFC 4180 reader, to check that what we write reads back field for field. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', i = 0, quoted = false;
  while (i < s.length) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') (field += '"'), (i += 2);
      else if (ch === '"') (quoted = false), i++;
      else (field += ch), i++;
    } else if (ch === '"' && field === '') (quoted = true), i++;
    else if (ch === ',') row.push(field), (field = ''), i++;
    else if (ch === '\r' && s[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    else if (ch === '"' || ch === '\r' || ch === '\n') throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    else (field += ch), i++;
  }
  assert.equal(field, '', 'the last record ends in CRLF');
  assert.equal(row.length, 0);
  return rows;
}

test('fields are quoted per RFC 4180 and guarded against formulas', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a, b'), '"a, b"');
  assert.equal(csvField('say "no"'), '"say ""no"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('=HYPERLINK("http://x.example")'), `"'=HYPERLINK(""http://x.example"")"`);
  assert.equal(csvField('+1'), "'+1");
  assert.equal(csvField('-2+3'), "'-2+3");
  assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvField('\tcmd'), "'\tcmd");
  assert.equal(csvField('a=b'), 'a=b');
  assert.equal(csvField(-3), '-3');
  assert.equal(csvField(null), '');
});

test('should write one row per claim', () => {
  const csv = toCsv(smallTrace());
  assert.equal(
    csv,
    'id,story,text,appearances,articles,primary_sources,independent_sources,first_appearance,drift_kinds,disputed\r\n' +
      'c1,s1,the Lowmarsh bridge had been closed twice for cracks,4,a1; a2; a3; a4,Ada Penhallow (person),1,a1,hardened,1\r\n' +
      'c2,s1,repairs would cost 4 million,2,a1; a3,Lowmarsh Transit Authority (organization),1,a1,number-changed,0\r\n',
  );
});

test('should write one row per appearance, with offsets', () => {
  const rows = parseCsv(toCsvAppearances(smallTrace(), SMALL_OPTS));
  assert.deepEqual(rows[0], ['claim', 'article', 'outlet', 'published', 'start', 'end', 'text', 'stance', 'speaker', 'from_article', 'from_rule', 'drift_kinds']);
  assert.equal(rows.length, 7);
  assert.deepEqual(rows[3], ['c1', 'a3', 'Harrow Daily', '2025-05-02T12:30Z', '0', '58', 'The Lowmarsh bridge was definitely closed twice for cracks', 'asserted', '', 'a1', 'citation', 'hardened']);
  assert.deepEqual(rows[2]!.slice(9, 11), ['a1', 'copy']);
});

test('hostile text reads back as text, one record per appearance', () => {
  const t = smallTrace();
  const nasty = '=cmd|\' /C calc\'!A0, "quoted"\r\nnext line';
  t.claims[0]!.text = nasty;
  t.claims[0]!.appearances[0]!.span.text = nasty;
  const claims = parseCsv(toCsv(t));
  assert.equal(claims.length, 3);
  assert.equal(claims[1]![2], `'${nasty}`);
  const apps = parseCsv(toCsvAppearances(t));
  assert.equal(apps[1]![6], `'${nasty}`);
});

test('the Greymoor pack exports a row per claim and per appearance', { skip: greymoorTrace() ? false : 'attribution model not trained yet' }, () => {
  const g = greymoorTrace()!;
  const claims = parseCsv(toCsv(g.trace));
  assert.equal(claims.length, g.trace.claims.length + 1);
  for (const r of claims) assert.equal(r.length, 10);
  const apps = parseCsv(toCsvAppearances(g.trace, g.opts));
  assert.equal(apps.length, 1 + g.trace.claims.reduce((n, c) => n + c.appearances.length, 0));
  for (const r of apps.slice(1)) assert.ok(Number(r[5]) > Number(r[4]), 'end after start');
});
