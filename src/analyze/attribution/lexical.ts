// Cheap word normalisations used as features: a suffix-stripping lemma and a word shape.

const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', told: 'tell', wrote: 'write', written: 'write', thought: 'think',
  thinks: 'think', knew: 'know', known: 'know', felt: 'feel', made: 'make', gave: 'give', given: 'give',
  took: 'take', taken: 'take', spoke: 'speak', spoken: 'speak', found: 'find', saw: 'see', seen: 'see',
  heard: 'hear', meant: 'mean', held: 'hold', led: 'lead', began: 'begin', got: 'get', went: 'go',
  is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', am: 'be', has: 'have', had: 'have',
  does: 'do', did: 'do', done: 'do', according: 'accord', insisted: 'insist', agreed: 'agree',
};

export function lemma(lower: string): string {
  const irr = IRREGULAR[lower];
  if (irr) return irr;
  const n = lower.length;
  if (n > 5 && lower.endsWith('ing')) return lower.slice(0, n - 3);
  if (n > 4 && lower.endsWith('ied')) return lower.slice(0, n - 3) + 'y';
  if (n > 4 && lower.endsWith('ies')) return lower.slice(0, n - 3) + 'y';
  if (n > 4 && lower.endsWith('ed')) return lower.endsWith('eed') ? lower : lower.slice(0, n - (lower[n - 3] === 'e' ? 1 : 2));
  if (n > 4 && /(?:ss|sh|ch|x)es$/.test(lower)) return lower.slice(0, n - 2);
  if (n > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us') && !lower.endsWith('is')) {
    return lower.slice(0, n - 1);
  }
  return lower;
}

/** "Obama" → "Xx", "NRA" → "X", "2015" → "d", "U.S." → "X.X.", "—" → "—": runs collapsed. */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length && out.length < 6; i++) {
    const ch = word[i]!;
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c !== last || (c !== 'x' && c !== 'X' && c !== 'd')) out += c;
    last = c;
  }
  return out;
}
