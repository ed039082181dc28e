import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchQueries } from './search-queries.ts';

test('should make distinct queries from headlines and texts, the same for the same seed, none of those to avoid', () => {
  const titles = ['The rail crash: Mayor Breizim accuses Ziahuk Port Authority', 'The dam collapse: Governor Zeklour questions the board'];
  const texts = ['Inspectors concealed the budget figures in March. The board reviewed the safety reports, officials said.'];
  const take = (n: number, avoid: string[] = []) => {
    const g = searchQueries(titles, texts, { avoid });
    return Array.from({ length: n }, () => g.next().value as string);
  };
  const qs = take(200, ['Breizim']);
  assert.equal(new Set(qs.map((q) => q.toLowerCase())).size, 200);
  assert.deepEqual(qs, take(200, ['Breizim']));
  assert.ok(!qs.some((q) => q.toLowerCase() === 'breizim'));
  for (const form of [/^\w+$/, /^\w+ \w+$/, /^"\w+ \w+"$/, /^\w+\*$/, / OR /]) assert.ok(qs.some((q) => form.test(q)), String(form));
  assert.ok(!qs.some((q) => /^(the|a|of)$/i.test(q)));
});
