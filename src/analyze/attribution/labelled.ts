// Labelled statements: a paragraph that opens with a speaker's name and a colon, the headline
// convention ("Senator Vale: Budget Talks Have Collapsed.") and the transcript one ("WALLACE: Let's
// start…"). The tagger rarely learns them (the colon is a cue in under half its training
// occurrences), yet the form is unambiguous once section labels ("UPDATE:", "Q:", "Editor's note:")
// are set aside.
import { lines, type RuleFind } from './rule-lines.ts';

// Section labels and kickers that are not speakers (lowercased, curly apostrophes straightened).
const NOT_SPEAKERS = new Set([
  'q', 'a', 'update', 'updated', 'updates', 'correction', 'corrections', 'clarification', 'breaking', 'breaking news', 'developing',
  'watch', 'video', 'videos', 'photo', 'photos', 'image', 'images', 'gallery', 'audio', 'listen', 'podcast', 'exclusive',
  'the latest', 'latest', 'live', 'live updates', "editor's note", 'editors note', 'note', 'notes', 'related', 'read more',
  'more', 'see also', 'also', 'also read', 'contributing', 'source', 'sources', 'credit', 'credits', 'byline', 'opinion',
  'analysis', 'review', 'transcript', 'video transcript', 'partial transcript', 'warning', 'spoiler', 'caption', 'map', 'chart',
  'graphic', 'subscribe', 'advertisement', 'sponsored', 'tags', 'topics', 'filed under', 'share', 'email', 'twitter',
  'facebook', 'instagram', 'from', 'via', 'previously', 'plus', 'bonus', 'wow', 'look', 'boom', 'bombshell', 'busted',
  'just in', 'just leaked', 'so', 'step', 'part', 'chapter', 'question', 'answer', 'tip', 'fact', 'facts', 'quote', 'quotes',
  'bottom line', 'the bottom line', 'why it matters', "what's next", 'what happened', 'background', 'context',
  'the big picture', 'big picture', 'key points', 'timeline', 'paid notice', 'disclosure', 'disclaimer', 'summary',
  'highlights', 'fact check', 'verdict', 'rating', 'the claim', 'claim', 'our ruling', 'ruling', 'the facts', 'location',
  'when', 'where', 'what', 'who', 'why', 'how', 'date', 'time', 'price', 'cost', 'tickets', 'info', 'details', 'contact',
  'phone', 'website', 'web', 'online', 'follow', 'follow us', 'click here', 'here', 'and', 'but', 'now', 'then', 'today',
  'tonight', 'yesterday', 'tomorrow', 'morning', 'evening', 'afternoon', 'name', 'age', 'title', 'status', 'result',
  'results', 'score', 'final', 'winner', 'winners', 'lesson', 'lessons', 'the lesson', 'the takeaway', 'takeaway',
  'revealed', 'confirmed', 'exposed', 'leaked', 'stat of the week', 'quote of the day', 'number of the day', 'fun fact',
]);
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d.*|[ap]\.?m\.?)$/i;
// a label of up to six words, each capitalised (or a small joining word), then a colon
const LABEL = /^(["“'‘]?)((?:[A-Z][\p{L}.'’-]*|[A-Z]{2,}|de|van|von|al|of|the|on|for|and)(?:\s+(?:[A-Z][\p{L}.'’-]*|[A-Z]{2,}|de|van|von|al|of|the|on|for|and|[0-9]+)){0,5}):[ \t]+(?=\S)/u;
const WORD = /\p{L}{2,}/gu;

/** The labelled statements of `text`, one per paragraph at most. */
export function labelledStatements(text: string): RuleFind[] {
  const out: RuleFind[] = [];
  for (const { start, end } of lines(text)) {
    const found = labelled(text, start, end);
    if (found) out.push(found);
  }
  return out;
}

function labelled(text: string, start: number, end: number): RuleFind | null {
  const para = text.slice(start, end);
  const m = LABEL.exec(para);
  if (!m) return null;
  const label = m[2]!;
  const key = label.toLowerCase().replace(/’/g, "'");
  if (NOT_SPEAKERS.has(key) || label.split(/\s+/).every((w) => TIME_WORD.test(w))) return null;
  const last = label.split(/\s+/).pop()!;
  if (/^(?:follow|read|see|watch|click|sign|subscribe|listen)\b/i.test(label)) return null; // "Follow Jo Vale on Twitter:"

  if (/^(?:of|the|on|for|and|de|van|von|al)$/.test(last)) return null;
  const rest = para.slice(m[0].length);
  // a statement, not a list entry or a score ("Iowa: Trump 24%, Cruz 20%")
  const words = rest.match(WORD) ?? [];
  if (words.length < 4 || /\d%/.test(rest)) return null;
  // nor a list of names ("North Ward: Ann Petit, Lou Garner, Tim Oduya")
  if ((rest.match(/,/g) ?? []).length >= 2 && words.every((w) => w === 'and' || /^\p{Lu}/u.test(w))) return null;
  const sourceStart = start + m[1]!.length;
  const colon = sourceStart + label.length;
  let contentEnd = end;
  while (contentEnd > colon && /\s/.test(text[contentEnd - 1]!)) contentEnd--;
  return {
    source: { start: sourceStart, end: colon },
    cue: { start: colon, end: colon + 1 },
    content: { start: start + m[0].length, end: contentEnd },
  };
}
