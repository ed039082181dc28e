// A report whose cue is a participle or a verb joined by "and" after another report in its sentence
// has that report's source: "Vell said the levee held, adding that …", "Reed denied it and said …".
// The role tagger reads a source near its cue and so leaves these without one; PolNeAR, like a
// reader, gives them the main clause's subject.
import { tokenText } from '../tokens.ts';
import type { Doc } from './document.ts';
import type { TokenReport } from './fragments.ts';

/** Fills in, in place, the source of each sourceless participle or coordinated cue from the report before it. */
export function shareSources(doc: Doc, reports: TokenReport[]): void {
  for (const r of reports) {
    if (r.source) continue;
    const c = r.cue[0];
    const first = tokenText(doc.tokens, c).toLowerCase();
    const participle = first.length > 4 && first.endsWith('ing');
    const joined = c > 0 && tokenText(doc.tokens, c - 1).toLowerCase() === 'and';
    if (!participle && !joined) continue;
    let main: TokenReport | null = null;
    for (const o of reports) {
      if (o === r || !o.source || o.cue[1] > c || doc.sentOf[o.cue[0]] !== doc.sentOf[c]) continue;
      if (!main || o.cue[0] > main.cue[0]) main = o;
    }
    if (main) r.source = main.source;
  }
}
