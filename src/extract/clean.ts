// Removes page furniture that Readability keeps inside the article container. Generic rules only
// (tags, class/id words, hidden elements, link density, whole-block phrases, short blocks at the
// edges), each guarded so it can never take a large share of the body with it.

import { KEEP_ATTR } from './preclean.ts';
import { DROP_TAGS, isBoilerplateText, isCaptionText, isFurniture, isHidden } from './boilerplate.ts';

const CONTAINER_TAGS = new Set(['UL', 'OL', 'TABLE', 'DL']);
const LEAF_TAGS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'DT', 'DD', 'DIV', 'SECTION', 'HEADER', 'TD', 'TH']);

const INLINE_TEXT = new Set(['A', 'B', 'STRONG', 'EM', 'I', 'U', 'MARK', 'Q', 'CITE', 'ABBR', 'SUB', 'SUP']);

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += textLength(a);
  return n;
}

/** An inline wrapper around one in-text link (hover cards, tooltips): the link is prose. */
function isLinkWrapper(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'SPAN') return false;
  const links = el.querySelectorAll('a');
  return links.length === 1 && textLength(links[0]) === textLength(el) && textLength(el) > 0;
}

/** Removes el unless it holds more than `share` of the body's text (then it is the body). */
function removeGuarded(el: Element, total: number, share = 0.25): boolean {
  if (textLength(el) > total * share) return false;
  el.remove();
  return true;
}

/** Innermost text blocks in document order (paragraph-like elements without block descendants). */
function leafBlocks(root: Element): Element[] {
  const all = [...root.querySelectorAll('*')];
  // One bottom-up pass marks every element that contains a block, so the whole walk stays linear.
  const containsBlock = new Set<Element>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i];
    const parent = el.parentElement;
    if (!parent) continue;
    const tag = el.tagName.toUpperCase();
    if (containsBlock.has(el) || LEAF_TAGS.has(tag) || CONTAINER_TAGS.has(tag)) containsBlock.add(parent);
  }
  return all.filter((el) => LEAF_TAGS.has(el.tagName.toUpperCase()) && !containsBlock.has(el) && textLength(el) > 0);
}

function looksLikeProse(text: string): boolean {
  const t = text.trim();
  const wordCount = t.split(/\s+/).length;
  // CJK scripts have no spaces: count characters instead of words.
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(t);
  return cjk ? t.length >= 40 : wordCount >= 12 && /[.!?"”’)]/.test(t);
}

/** A heading, or a short line that is not a sentence, outside list items and table cells (data). */
function isEdgeFurniture(b: Element): boolean {
  if (/^(LI|TD|TH|DD|DT)$/.test(b.tagName.toUpperCase())) return false;
  // Headings above the first paragraph are the title, deck or kicker, not the body.
  if (/^H[1-6]$/.test(b.tagName.toUpperCase())) return true;
  const t = (b.textContent ?? '').replace(/\s+/g, ' ').trim();
  return t.length < 120 && !/[.!?"”’。！？」]$/.test(t);
}

export interface CleanOptions {
  edges?: boolean;
  linkDense?: boolean;
}

/** Cleans the Readability content element in place. */
export function cleanContent(root: Element, opts: CleanOptions = {}): void {
  const total = textLength(root);
  // 1. Structural furniture: tags, class/id words, hidden elements.
  // Kept embeds and everything around them are exempt.
  const kept = new Set<Element>();
  for (const k of root.querySelectorAll(`[${KEEP_ATTR}]`)) {
    for (let p: Element | null = k; p && p !== root; p = p.parentElement) kept.add(p);
  }
  // Reverse document order: children before their parents, so a wrapper is judged on what is left
  // (and an element is never visited after an ancestor of it was removed).
  for (const el of [...root.querySelectorAll('*')].reverse()) {
    if (kept.has(el)) continue;
    const tag = el.tagName.toUpperCase();
    // Anchors inside prose carry tracking classes ("auto-tag") that say nothing about their text.
    const furniture = !INLINE_TEXT.has(tag) && isFurniture(el) && !isLinkWrapper(el);
    if (DROP_TAGS.has(tag) || isHidden(el) || furniture) removeGuarded(el, total);
  }
  // 2. Link lists (related stories, tag clouds, nav).
  if (opts.linkDense !== false) {
    for (const list of [...root.querySelectorAll('ul, ol')]) {
      const len = textLength(list);
      if (len > 0 && linkTextLength(list) / len > 0.5) removeGuarded(list, total);
    }
  }
  // 3. Leaf blocks: boilerplate phrases, link-only promos.
  for (const el of leafBlocks(root)) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (isBoilerplateText(text) || isCaptionText(text)) {
      el.remove();
      continue;
    }
    if (opts.linkDense !== false && text.length < 200 && linkTextLength(el) / text.length > 0.8) el.remove();
  }
  // 4. Short non-prose blocks before the first prose paragraph: datelines, bylines, kickers,
  // "Posted …" lines. (The same rule after the last paragraph cost more than it saved on the dev
  // set: stories end with fact boxes, credits and data lines that readers count as the story.)
  if (opts.edges !== false) {
    const blocks = leafBlocks(root);
    const first = blocks.findIndex((b) => looksLikeProse(b.textContent ?? ''));
    for (let i = 0; i < first; i++) if (isEdgeFurniture(blocks[i])) blocks[i].remove();
  }
}
