// The analyze stage: Article → Analysis. Pure TypeScript, no I/O, so it also runs in a browser; the
// attribution model is passed in by the caller (loaded once, from a file in Node).
import type { Analysis, Article, Attribution, AttributionKind, Message, Span, Speaker } from '../types.ts';
import { findAttributions, type AttributionModel, type RawAttribution } from './attribution/index.ts';
import { findCitedOutlets } from './citations.ts';
import { findClaims } from './claims.ts';
import { findHedges, hedgesWithin } from './hedges.ts';
import { findMentions } from './mentions.ts';
import { nestAttributions } from './nesting.ts';
import { resolveSpeaker } from './speakers.ts';
import { splitSentences, tokenize } from './tokens.ts';

const OPEN_QUOTES = /["“”„«»]/;

/**
 * A content fragment widened over the quotation marks around it: the tagger's spans stop inside them
 * (PolNeAR's, which it learnt from, leave the marks out). Single marks count only as a pair, so that an
 * apostrophe ("the players’") is not taken for a quotation; they are read as double ones.
 */
function withMarks(text: string, s: Span): string {
  let start = s.start, end = s.end;
  while (end < text.length && /[,.;:!?…]/.test(text[end]!)) end++;
  const open = start > 0 ? text[start - 1]! : '', close = end < text.length ? text[end]! : '';
  if (open === '‘' && close === '’') return `“${text.slice(start, end)}”`;
  if (/["“„«]/.test(open)) start--;
  if (/["”»]/.test(close)) end++;
  return text.slice(start, end);
}

/** Direct when the content is all quotation, mixed when it quotes in part, else indirect. */
export function quoteKind(text: string, content: Span[]): 'direct' | 'indirect' | 'mixed' {
  const body = content.map((c) => withMarks(text, c)).join(' ').trim();
  if (!OPEN_QUOTES.test(body)) return 'indirect';
  const stripped = body.replace(/^[\s,.;:—–-]+|[\s,.;:—–-]+$/g, '');
  if (/^["“„«]/.test(stripped) && /["”»]$/.test(stripped.replace(/[.,]$/, ''))) {
    // One quotation from start to end, not two quoted islands with prose between them.
    const inner = stripped.slice(1, -1);
    if (!/["”»][^"“„«]{3,}["“„«]/.test(inner)) return 'direct';
  }
  return 'mixed';
}

function kindOf(text: string, a: RawAttribution, speaker: Speaker | null): AttributionKind {
  const cue = a.cue ? text.slice(a.cue.start, a.cue.end).toLowerCase().replace(/\s+/g, ' ').trim() : '';
  if (cue === 'according to') return 'according-to';
  if (speaker?.kind === 'outlet') return 'outlet-report';
  return quoteKind(text, a.content);
}

export interface AnalyzeOptions {
  model: AttributionModel;
  /** The article's own host, so links to itself are not counted as citations. */
  host?: string;
}

export function analyzeArticle(article: Article, opts: AnalyzeOptions): Analysis {
  const { text } = article;
  const messages: Message[] = [...article.messages];
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const hedges = findHedges(text);
  if (!article.language.english) {
    messages.push({
      rule: 'analyze:not-english',
      severity: 'warning',
      reason: `text is in "${article.language.code}", not English: attribution analysis knows only English and was not applied`,
    });
    return { article, sentences, mentions: [], attributions: [], hedges: [], claims: [], citedOutlets: [], messages };
  }
  const mentions = findMentions(text);
  const { items: raw, parents } = nestAttributions(text, findAttributions(text, opts.model, tokens).sort(
    (a, b) => (a.cue ?? a.content[0] ?? { start: 0 }).start - (b.cue ?? b.content[0] ?? { start: 0 }).start,
  ));
  const history: Array<{ speaker: Speaker; at: number }> = [];
  const attributions: Attribution[] = raw.map((r, id) => {
    const speaker = r.source ? resolveSpeaker(r.source, r.cue, { text, mentions, history, sentences }) : null;
    if (speaker) history.push({ speaker, at: r.source!.start });
    const hull = [r.source, r.cue, ...r.content].filter((s): s is Span => s !== null);
    const region = { start: Math.min(...hull.map((s) => s.start)), end: Math.max(...hull.map((s) => s.end)) };
    return {
      id,
      source: r.source,
      cue: r.cue,
      content: r.content,
      kind: kindOf(text, r, speaker),
      speaker,
      parent: parents[id]!,
      hedges: hedgesWithin(hedges, [region]),
      score: r.score,
      ...(r.rule ? { rule: r.rule } : {}),
    };
  });
  const claims = findClaims(text, sentences, attributions, hedges);
  const host = opts.host ?? hostOf(article.meta.canonicalUrl?.value);
  const citedOutlets = findCitedOutlets(text, attributions, mentions, article.links, host);
  const publicMentions = mentions.map(({ span, kind, key, form }) => ({ span, kind, key, form }));
  return { article, sentences, mentions: publicMentions, attributions, hedges, claims, citedOutlets, messages };
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
