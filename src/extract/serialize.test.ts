import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { serialize } from './serialize.ts';

function ser(html: string) {
  const { document } = parseHTML(`<html><body><div id="r">${html}</div></body></html>`);
  return serialize(document.getElementById('r')!);
}

test('should make one paragraph per block, separated by a blank line', () => {
  const s = ser('<p>First   line\n here.</p><div>Second <b>bold</b> part.</div><ul><li>One</li><li>Two</li></ul>');
  assert.equal(s.text, 'First line here.\n\nSecond bold part.\n\nOne\n\nTwo');
  assert.deepEqual(s.paragraphs.map((p) => s.text.slice(p.start, p.end)), ['First line here.', 'Second bold part.', 'One', 'Two']);
});

test('should break paragraphs at <br> and never output scripts, styles or form controls', () => {
  const s = ser('<p>Line one<br>Line two<script>alert(1)</script><style>p{}</style><button>Share</button></p>');
  assert.equal(s.text, 'Line one\n\nLine two');
});

test('should keep the span of each link on its anchor text, without surrounding spaces', () => {
  const s = ser('<p>The <a href="https://example.org/report"> county report </a>said so, <a href="/b">per <i>the</i> office</a>.</p>');
  assert.equal(s.text, 'The county report said so, per the office.');
  assert.deepEqual(s.links, [
    { href: 'https://example.org/report', span: { start: 4, end: 17 } },
    { href: '/b', span: { start: 27, end: 41 } },
  ]);
  assert.equal(s.text.slice(27, 41), 'per the office');
});

test('should normalise text to NFC with offsets on the normalised text', () => {
  const s = ser('<p>Cafe\u0301 <a href="/x">Ame\u0301lie</a></p>');
  assert.equal(s.text, 'Caf\u00e9 Am\u00e9lie');
  assert.deepEqual(s.links[0].span, { start: 5, end: 11 });
});

test('should keep line structure inside <pre>', () => {
  const s = ser('<pre>a  b\n\nc</pre>');
  assert.equal(s.text, 'a  b\n\nc');
});

test('should give empty output for an empty subtree', () => {
  assert.deepEqual(ser('<p> </p>'), { text: '', paragraphs: [], links: [] });
});
