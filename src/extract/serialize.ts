// DOM subtree → plain text with paragraph spans and link spans. We walk the tree ourselves instead of
// using textContent so block boundaries become paragraph breaks and every anchor's offsets are known
// while the text is built (no searching for the anchor text afterwards).

import type { Link, Span } from '../types.ts';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR',
  'UL', 'CENTER',
]);
// Never text: code, styling, embedded objects, form controls.
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS',
  'SELECT', 'TEXTAREA', 'BUTTON', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK', 'VIDEO', 'AUDIO',
]);
const CELL = new Set(['TD', 'TH']);

export interface Serialized {
  text: string;
  paragraphs: Span[];
  links: Link[];
}

interface Builder {
  /** Finished paragraphs joined so far by "\n\n"; current paragraph appended at the end. */
  out: string;
  paraStart: number;
  /** Whether a space is pending before the next word of the current paragraph. */
  space: boolean;
  paragraphs: Span[];
  links: Link[];
  pre: number;
}

function breakParagraph(b: Builder): void {
  b.space = false;
  // Trim trailing spaces of the paragraph being closed (spaces are only ever added before words).
  if (b.out.length > b.paraStart) {
    b.paragraphs.push({ start: b.paraStart, end: b.out.length });
    b.out += '\n\n';
    b.paraStart = b.out.length;
  }
}

function addText(b: Builder, raw: string): void {
  // NFC per text node so offsets are computed on the normalised text as it is built; control
  // characters (NUL and friends from broken pages) are not text.
  raw = raw.normalize('NFC').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  if (b.pre > 0) {
    const lines = raw.split('\n');
    lines.forEach((line, i) => {
      if (i > 0) breakParagraph(b);
      if (line.trim() === '') return;
      if (b.space && b.out.length > b.paraStart) b.out += ' ';
      b.space = false;
      b.out += line.replace(/\s+$/, '');
    });
    return;
  }
  // Collapse HTML whitespace (incl. no-break spaces used as filler) as a browser would.
  const parts = raw.split(/[\s\u00a0]+/);
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) b.space = true;
    const w = parts[i];
    if (!w) continue;
    if (b.space && b.out.length > b.paraStart) b.out += ' ';
    b.space = false;
    b.out += w;
  }
}

function walk(node: Node, b: Builder, depth: number): void {
  if (depth > 400) return; // hostile nesting: stop descending rather than overflow the stack
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      addText(b, child.nodeValue ?? '');
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      breakParagraph(b);
      continue;
    }
    if (tag === 'IMG') continue;
    const block = BLOCK.has(tag);
    if (block) breakParagraph(b);
    if (CELL.has(tag)) b.space = true;
    if (tag === 'PRE') b.pre++;
    if (tag === 'A') {
      const startLen = b.out.length;
      walk(el, b, depth + 1);
      // Spaces and paragraph breaks written inside the anchor are not part of its text.
      let start = startLen;
      let end = b.out.length;
      while (start < end && /\s/.test(b.out[start])) start++;
      while (end > start && /\s/.test(b.out[end - 1])) end--;
      const href = el.getAttribute('href');
      if (href && end > start && !b.out.slice(start, end).includes('\n\n')) {
        b.links.push({ href, span: { start, end } });
      }
    } else {
      walk(el, b, depth + 1);
    }
    if (tag === 'PRE') b.pre--;
    if (CELL.has(tag)) b.space = true;
    if (block) breakParagraph(b);
  }
}

/** Plain text of a subtree: one paragraph per block, paragraphs separated by a blank line. */
export function serialize(root: Node): Serialized {
  const b: Builder = { out: '', paraStart: 0, space: false, paragraphs: [], links: [], pre: 0 };
  walk(root, b, 0);
  breakParagraph(b);
  const text = b.out.endsWith('\n\n') ? b.out.slice(0, -2) : b.out;
  return { text, paragraphs: b.paragraphs, links: b.links };
}
