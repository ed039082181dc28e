// A passive cue names no source before it: "Delaware and Maryland are widely seen as Clinton strongholds"
// says something of its subject, seen by no one named; "Rubio was asked to name an achievement" has its
// subject as the one asked. The role tagger often takes that subject for a source. PolNeAR, like a
// reader, gives the first the subject as the start of the content, and the second no source at all.
import { tokenText } from '../tokens.ts';
import type { Doc } from './document.ts';
import type { TokenReport } from './decode.ts';

const PASSIVE = /^(?:is|are|was|were|be|been|being|has been|have been|had been|will be|would be|is being|are being)(?: \w+ly)? (?:\w+ed|seen|known|thought|said|held|shown|told|given|taken)\b/i;
// passives whose subject is the one addressed, not what is said
const ADDRESSED = /\b(?:asked|questioned|told|challenged|prompted|pressed|urged|shown|criticized|criticised)\b/i;

/** Moves, in place, the subject the tagger took for a passive cue's source into its content, or drops it. */
export function passiveSubjects(doc: Doc, reports: TokenReport[]): void {
  next: for (const r of reports) {
    const s = r.source;
    if (!s || s[1] > r.cue[0] || r.content.length === 0 || r.content[0]![0] < r.cue[1]) continue;
    // the subject stands just before the cue, or before a comma ("Delaware and Maryland, …, are seen")
    for (let i = s[1]; i < r.cue[0]; i++) if (tokenText(doc.tokens, i) !== ',') continue next;
    const cue = Array.from({ length: r.cue[1] - r.cue[0] }, (_, k) => tokenText(doc.tokens, r.cue[0] + k)).join(' ');
    if (!PASSIVE.test(cue)) continue;
    r.source = null;
    if (!ADDRESSED.test(cue)) r.content = [s, ...r.content];
  }
}
