import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeCapture } from './capture.ts';
import { looksLikeFeed, readFeed, type FeedOptions } from './feed.ts';
import type { SourceCapture, SourceItem } from './sources.ts';

const RSS_FULL = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Daily Example</title><link>https://daily.example/</link>
<item><title>Envoy &amp; council</title><link>https://daily.example/envoy</link>
<pubDate>Wed, 18 Feb 2015 10:00:00 GMT</pubDate><description>Short &lt;b&gt;summary&lt;/b&gt;.</description>
<content:encoded><![CDATA[<p>The ambassador said the council had heard the claim.</p>]]></content:encoded></item>
<item><title>Second</title><guid isPermaLink="true">https://daily.example/second</guid><description>&lt;p&gt;Only a summary.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://daily.example/empty</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire Example</title>
<entry><title>Full html</title><link rel="self" href="https://wire.example/api/1"/><link rel="alternate" href="https://wire.example/1"/>
<published>2015-02-18T10:00:00Z</published><content type="html">&lt;p&gt;Officials said &amp;quot;no proof&amp;quot;.&lt;/p&gt;</content><summary>s</summary></entry>
<entry><title>Xhtml</title><link href="https://wire.example/2"/><updated>2015-02-19T10:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi <b>there</b> you</p></div></content></entry>
<entry><title>Summary only</title><link href="https://wire.example/3"/><summary type="text">Plain &lt;summary&gt; text</summary></entry>
</feed>`;

function read(xml: string, options?: FeedOptions): SourceItem[] {
  return [...readFeed(makeCapture(Buffer.from(xml, 'utf8'), { kind: 'file', path: 'feed.xml' }, 'application/xml', new Date('2026-01-01T00:00:00Z')), 'feed.xml', options)];
}

const body = (item: SourceItem): string => Buffer.from((item as SourceCapture).capture.bytes).toString('utf8');
const meta = (item: SourceItem): Omit<SourceCapture, 'capture'> => {
  const { capture: _capture, ...rest } = item as SourceCapture;
  return rest;
};

describe('readFeed', () => {
  test('should read an RSS feed with full content, a summary-only item, and report an item with neither', () => {
    const items = read(RSS_FULL);
    assert.equal(items.length, 3);
    assert.deepEqual(meta(items[0]!), {
      kind: 'html',
      via: 'feed.xml#item 1',
      url: 'https://daily.example/envoy',
      title: 'Envoy & council',
      published: 'Wed, 18 Feb 2015 10:00:00 GMT',
      outlet: 'Daily Example',
    });
    assert.equal(body(items[0]!), '<p>The ambassador said the council had heard the claim.</p>');
    assert.equal((items[0] as SourceCapture).capture.capturedAt, '2026-01-01T00:00:00.000Z');
    assert.deepEqual(meta(items[1]!), { kind: 'html', via: 'feed.xml#item 2', url: 'https://daily.example/second', title: 'Second', outlet: 'Daily Example', summary: true });
    assert.equal(body(items[1]!), '<p>Only a summary.</p>');
    assert.equal((items[2] as { error: Error }).error.message, 'feed.xml: item 3: no content or summary (link https://daily.example/empty)');
  });

  test('should read an Atom feed: html content, xhtml content kept as markup, text summary marked', () => {
    const items = read(ATOM);
    assert.deepEqual(items.map(meta), [
      { kind: 'html', via: 'feed.xml#item 1', url: 'https://wire.example/1', title: 'Full html', published: '2015-02-18T10:00:00Z', outlet: 'Wire Example' },
      { kind: 'html', via: 'feed.xml#item 2', url: 'https://wire.example/2', title: 'Xhtml', published: '2015-02-19T10:00:00Z', outlet: 'Wire Example' },
      { kind: 'text', via: 'feed.xml#item 3', url: 'https://wire.example/3', title: 'Summary only', outlet: 'Wire Example', summary: true },
    ]);
    assert.deepEqual(items.map(body), [
      '<p>Officials said &quot;no proof&quot;.</p>',
      '<div xmlns="http://www.w3.org/1999/xhtml"><p>Hi <b>there</b> you</p></div>',
      'Plain <summary> text',
    ]);
  });

  test('should read RSS 1.0 (RDF), where items sit beside the channel', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Old Wire</title></channel><item><title>R</title><link>https://old.example/r</link><dc:date>2015-02-18</dc:date><description>Text.</description></item></rdf:RDF>`;
    assert.deepEqual(read(rdf).map(meta), [{ kind: 'html', via: 'feed.xml#item 1', url: 'https://old.example/r', title: 'R', published: '2015-02-18', outlet: 'Old Wire', summary: true }]);
  });

  test('should refuse a billion-laughs feed without expanding it', () => {
    let doctype = '<!DOCTYPE rss [<!ENTITY lol "lol">';
    for (let i = 1; i < 10; i++) doctype += `<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`;
    const items = read(`<?xml version="1.0"?>${doctype}]><rss><channel><item><title>&lol9;</title><description>x</description></item></channel></rss>`);
    assert.equal(items.length, 1);
    assert.equal((items[0] as { error: Error }).error.message, 'feed.xml: refused: entity declarations that expand other entities (billion-laughs pattern)');
  });

  test('should stop a quadratic-blowup feed at the expansion limit', () => {
    const xml = `<!DOCTYPE rss [<!ENTITY a "${'a'.repeat(9000)}">]><rss><channel><item><title>t</title><description>${'&a;'.repeat(500)}</description></item></channel></rss>`;
    const [only] = read(xml, { limits: { maxEntityExpansions: 100 } });
    assert.match((only as { error: Error }).error.message, /^feed\.xml: entity expansion over the limit: /);
  });

  test('should stop at maxFeedItems', () => {
    const items = read(RSS_FULL, { limits: { maxFeedItems: 1 } });
    assert.equal(items.length, 2);
    assert.equal((items[1] as { error: Error }).error.message, 'feed.xml: more than 1 items (limit maxFeedItems); the rest is not read');
  });

  test('should say when XML is not a feed', () => {
    const [only] = read('<?xml version="1.0"?><html><body>x</body></html>');
    assert.equal((only as { error: Error }).error.message, 'feed.xml: not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)');
  });

  test('looksLikeFeed should see past the prolog', () => {
    assert.equal(looksLikeFeed('<?xml version="1.0"?>\n<!-- c --><?xml-stylesheet href="x"?><rss version="2.0">'), true);
    assert.equal(looksLikeFeed('<feed xmlns="http://www.w3.org/2005/Atom">'), true);
    assert.equal(looksLikeFeed('<html><body><rss>'), false);
  });
});
