// Signed quotations: a quotation followed by a dash and the speaker's name, the convention of
// testimonials, epigraphs and fact-check roundups:
//   “He represents our greatest shame.” ― Ana Ruiz
//   "I will look into it."
//   - Hillary Clinton.
// The dash is the cue (as PolNeAR annotates it), the name the source and the quotation the content.
// The tagger rarely learns it: a dash is a cue in a handful of its training sentences.
import type { Span } from '../../types.ts';
import { lines, type RuleFind } from './rule-lines.ts';

const OPEN = `"“”„«‘'`;
const CLOSE = `"“”»’'`;
const DASH = String.raw`(?:--|[-–—―])`;
// A name: capitalised words (initials, particles allowed) or a handle.
const NAME = String.raw`(?:@\w{1,30}|\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}'’.-]*|de|da|del|la|le|van|von|al|bin|ibn)){0,5})`;
// What may follow the name on its line: ", a nurse from Tucson." / " (@handle)" / "."
const TAIL = String.raw`(?:[^\S\n]*(?:[,(][^\n]{0,120}|\.))?[^\S\n]*`;
const SAME_LINE = new RegExp(String.raw`^([${OPEN}][^\n]*[${CLOSE}])[^\S\n]*(${DASH})[^\S\n]*(${NAME})${TAIL}$`, 'u');
const OWN_LINE = new RegExp(String.raw`^(${DASH})[^\S\n]*(${NAME})${TAIL}$`, 'u');
const WHOLE_QUOTE = new RegExp(String.raw`^[${OPEN}][^\n]*[${CLOSE}]\.?$`, 'u');
const WORD = /\p{L}{2,}/gu;
const MIN_WORDS = 3;

/** The signed quotations of `text`, in order (at most one per paragraph). */
export function signedQuotations(text: string): RuleFind[] {
  const out: RuleFind[] = [];
  let prev: Span | null = null;
  for (const line of lines(text)) {
    const found = sameLine(text, line) ?? (prev ? ownLine(text, line, prev) : null);
    if (found) out.push(found);
    prev = line;
  }
  return out;
}

function sameLine(text: string, line: Span): RuleFind | null {
  const para = text.slice(line.start, line.end);
  const m = SAME_LINE.exec(para);
  if (!m || !enoughWords(m[1]!)) return null;
  const dash = line.start + para.indexOf(m[2]!, m[1]!.length);
  const source = line.start + para.indexOf(m[3]!, dash - line.start + m[2]!.length);
  return {
    source: nameSpan(text, source, m[3]!),
    cue: { start: dash, end: dash + m[2]!.length },
    content: { start: line.start, end: line.start + m[1]!.length },
  };
}

function ownLine(text: string, line: Span, prev: Span): RuleFind | null {
  const para = text.slice(line.start, line.end);
  const m = OWN_LINE.exec(para);
  if (!m) return null;
  const quote = text.slice(prev.start, prev.end);
  if (!WHOLE_QUOTE.test(quote) || !enoughWords(quote)) return null;
  const source = line.start + para.indexOf(m[2]!, m[1]!.length);
  let contentEnd = prev.end;
  if (text[contentEnd - 1] === '.') contentEnd--;
  return {
    source: nameSpan(text, source, m[2]!),
    cue: { start: line.start, end: line.start + m[1]!.length },
    content: { start: prev.start, end: contentEnd },
  };
}

// A name's last full stop ends the sentence, not an initial ("Edwin G. Monroy." → "Edwin G. Monroy").
function nameSpan(text: string, start: number, name: string): Span {
  let end = start + name.length;
  if (text[end - 1] === '.' && !/(?:^|\s)\p{Lu}\.$/u.test(name)) end--;
  return { start, end };
}

function enoughWords(s: string): boolean {
  return (s.match(WORD) ?? []).length >= MIN_WORDS;
}
