// Whether two speakers' names may stand for one body: the test misattribution and provenance share
// before they call a claim given to someone else.
import type { Speaker } from '../types.ts';

/**
 * Whether two bodies (not people) may be the same one under different names, so that giving the claim to
 * one rather than the other is no misattribution: one name holds the other ("Brindle Cove" and "Brindle
 * Cove Council"), or a description shares the name's head word ("the town's council" and "Brindle Cove
 * Council"). Two proper names with one head ("Health Ministry", "Defence Ministry") stay apart, and so do
 * people, whom the coverage-wide resolver has already matched by name.
 */
export function mayBeSameBody(a: Speaker, b: Speaker): boolean {
  if (a.kind === 'person' || b.kind === 'person') return false;
  const words = (s: Speaker): string[] => s.name.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w && w !== 'the');
  const x = words(a), y = words(b);
  if (!x.length || !y.length) return false;
  const holds = (p: string[], q: string[]) => ` ${p.join(' ')} `.includes(` ${q.join(' ')} `);
  if (holds(x, y) || holds(y, x)) return true;
  const described = (s: Speaker) => /^(?:the\s|\p{Ll})/u.test(s.name);
  return (described(a) || described(b)) && x[x.length - 1] === y[y.length - 1];
}
