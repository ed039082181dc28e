// Certainty words: what an article says about how sure a statement is. The lexicon follows the hedging
// literature (Hyland's hedges and boosters) and the verification desk's vocabulary: "reportedly" and
// "allegedly" keep distance, "confirmed" and "proving" close it, "denied" and "debunked" contest it.
import type { CertaintyClass, Hedge, Span } from '../types.ts';

interface Entry {
  class: CertaintyClass;
  certainty: number;
}

const H = (certainty: number): Entry => ({ class: 'hedge', certainty });
const B = (certainty: number): Entry => ({ class: 'booster', certainty });
const R = (certainty: number): Entry => ({ class: 'report', certainty });
const D = (certainty: number): Entry => ({ class: 'denial', certainty });

// Multi-word entries are matched before their parts (longest first).
const LEXICON: Record<string, Entry> = {
  // distance: the writer does not vouch for it
  reportedly: H(0.4), allegedly: H(0.3), alleged: H(0.3), allegation: H(0.3), allegations: H(0.3),
  purportedly: H(0.3), accused: H(0.35), accuses: H(0.35), accusing: H(0.35), accusation: H(0.35), alleges: H(0.3), alleging: H(0.3), purported: H(0.3), supposedly: H(0.3), ostensibly: H(0.35), apparently: H(0.45),
  seemingly: H(0.45), possibly: H(0.35), perhaps: H(0.35), maybe: H(0.35), may: H(0.4), might: H(0.35),
  could: H(0.4), likely: H(0.6), unlikely: H(0.25), probably: H(0.6), presumably: H(0.55),
  unconfirmed: H(0.25), unverified: H(0.25), rumored: H(0.2), rumoured: H(0.2), rumor: H(0.2), rumour: H(0.2),
  claimed: H(0.4), claims: H(0.4), claim: H(0.4), claiming: H(0.4), suggests: H(0.5), suggested: H(0.5),
  appears: H(0.5), appeared: H(0.5), seems: H(0.5), seemed: H(0.5), suspected: H(0.4), believed: H(0.5),
  'it is believed': H(0.45), 'it is thought': H(0.45), 'it is understood': H(0.55), 'is said to': H(0.4),
  'are said to': H(0.4), 'was said to': H(0.4), 'were said to': H(0.4), 'according to': R(0.5),
  // closeness: stated as settled
  evidently: B(0.75), clearly: B(0.85), obviously: B(0.85), undeniably: B(0.95), undoubtedly: B(0.95),
  definitely: B(0.9), certainly: B(0.9), indeed: B(0.8), 'in fact': B(0.85), confirmed: B(0.9),
  confirms: B(0.9), confirm: B(0.9), confirming: B(0.9), confirmation: B(0.9), proved: B(1), proven: B(1),
  proving: B(1), proves: B(1), proof: B(1), established: B(0.9), revealed: B(0.85), reveals: B(0.85),
  showed: B(0.85), shows: B(0.85), demonstrated: B(0.9), demonstrates: B(0.9), verified: B(0.95),
  'beyond doubt': B(1), 'no doubt': B(0.95), admitted: B(0.85), admits: B(0.85), acknowledged: B(0.8),
  // contest: the statement is denied or doubted
  denied: D(0.1), denies: D(0.1), deny: D(0.1), denial: D(0.1), disputed: D(0.2), disputes: D(0.2),
  dispute: D(0.2), rejected: D(0.15), rejects: D(0.15), refuted: D(0.1), debunked: D(0.05), false: D(0.05),
  baseless: D(0.05), unfounded: D(0.05), 'no evidence': D(0.1), 'no proof': D(0.1), retracted: D(0.1),
  'not true': D(0.05), misleading: D(0.15), fabricated: D(0.05), hoax: D(0.05),
  // plain report: neutral
  said: R(0.5), says: R(0.5), stated: R(0.55), told: R(0.5), reported: R(0.5), reports: R(0.5),
};

const PHRASES = Object.keys(LEXICON).sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PHRASES.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** Certainty words in text[range], as spans into text. */
export function findHedges(text: string, range: Span = { start: 0, end: text.length }): Hedge[] {
  const out: Hedge[] = [];
  PATTERN.lastIndex = range.start;
  const slice = text.slice(0, range.end);
  for (let m = PATTERN.exec(slice); m; m = PATTERN.exec(slice)) {
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    let entry: Entry | undefined = LEXICON[word];
    if (entry && CONFIRM.test(word)) entry = confirmSense(text, m.index, m.index + m[0].length, entry);
    if (entry) out.push({ span: { start: m.index, end: m.index + m[0].length }, ...entry });
  }
  return out;
}

// "Confirm" also names the vote that installs a nominee ("was confirmed 98-0", "the confirmation
// hearings", "votes to confirm Judge Vale"), which says nothing about how sure a statement is; and
// "all but confirmed" keeps a distance.
const CONFIRM = /^confirm/;
const APPOINTED_AFTER = /^\s*(?:\d+\s*[-–]\s*\d+|by\s+(?:the\s+)?(?:full\s+)?senate\b|(?:hearings?|votes?|process|battles?|fights?|proceedings)\b)/i;
const NOMINEE_AFTER = /^\s+(?:judge|justice|nominees?|the\s+nominee|(?:his|her|their|a|the)\s+(?:nominees?|pick|choice))\b/i;
const NOMINEE_BEFORE = /\b(?:nominee|nominees|nomination|justice|judge|senate)\b[^.;]{0,40}\b(?:be|been|being|was|were|is|are|get|gets|got)\s+$/i;
function confirmSense(text: string, start: number, end: number, entry: Entry): Entry | undefined {
  const after = text.slice(end, end + 40), before = text.slice(Math.max(0, start - 80), start);
  if (APPOINTED_AFTER.test(after) || NOMINEE_AFTER.test(after) || NOMINEE_BEFORE.test(before)) return undefined;
  if (/\ball\s+but\s+$/i.test(before)) return H(0.7);
  return entry;
}

/** Hedges inside a span, from an already computed list. */
export function hedgesWithin(hedges: Hedge[], spans: Span[]): Hedge[] {
  return hedges.filter((h) => spans.some((s) => h.span.start >= s.start && h.span.end <= s.end));
}

/** The certainty a sentence conveys: the strongest booster or denial wins over a hedge, else the lowest hedge. */
export function certaintyOf(hedges: Hedge[]): number | null {
  const denial = hedges.find((h) => h.class === 'denial');
  if (denial) return denial.certainty;
  const boosters = hedges.filter((h) => h.class === 'booster');
  if (boosters.length) return Math.max(...boosters.map((h) => h.certainty));
  const hedged = hedges.filter((h) => h.class === 'hedge');
  if (hedged.length) return Math.min(...hedged.map((h) => h.certainty));
  return null;
}
