import assert from 'node:assert/strict';
import { it } from 'node:test';
import { parseRoute, routeHref, spanParam } from './route.ts';

it('should read every view from the fragment', () => {
  const r = (h: string) => { const x = parseRoute(h); return [x.view, x.id, x.query.toString()]; };
  assert.deepEqual(r(''), ['stories', null, '']);
  assert.deepEqual(r('#/'), ['stories', null, '']);
  assert.deepEqual(r('#/?q=calder&page=2'), ['stories', null, 'q=calder&page=2']);
  assert.deepEqual(r('#/story/3'), ['story', '3', '']);
  assert.deepEqual(r('#/claim/17'), ['claim', '17', '']);
  assert.deepEqual(r('#/article/5?span=10-40&claim=17'), ['article', '5', 'span=10-40&claim=17']);
  assert.deepEqual(r('#/add'), ['add', null, '']);
  assert.deepEqual(r('#/export'), ['export', null, '']);
  for (const bad of ['#/story/x', '#/story/0', '#/story', '#/claim/1/2', '#/toString', '#/__proto__/1', '#/nowhere']) assert.equal(parseRoute(bad).view, 'missing', bad);
});

it('should write links that read back the same', () => {
  assert.equal(routeHref('article', '5', { span: '10-40', claim: '17', empty: '' }), '#/article/5?span=10-40&claim=17');
  assert.equal(routeHref('stories', null, { q: 'a "b"' }), '#/?q=a+%22b%22');
  assert.equal(parseRoute(routeHref('stories', null, { q: 'a "b"' })).query.get('q'), 'a "b"');
});

it('should read a span as start-end, end after start', () => {
  assert.deepEqual(spanParam('10-40'), { start: 10, end: 40 });
  for (const bad of [null, '', '40-10', '5-5', '1-2-3', '-1-4', 'a-b']) assert.equal(spanParam(bad), null, String(bad));
});
