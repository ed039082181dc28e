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

// Reporting, writing, belief and evidence words (a closed list, with their inflections): a word class
// that lets cue features generalise to words never seen inside a training cue. 1 = verb form, 2 = noun
// (a word that is both, such as "poll", counts as a verb).
const REPORT_VERBS = (
  'say tell claim argue insist warn note add report write tweet post believe think expect hope fear estimate ' +
  'state announce declare explain suggest acknowledge admit deny confirm reveal assert contend maintain predict ' +
  'promise pledge vow urge ask answer reply respond comment remark observe point stress emphasize emphasise ' +
  'describe call accuse charge criticize criticise blame praise complain question wonder doubt know feel worry ' +
  'want plan intend agree disagree dispute reject dismiss concede recall recount testify show find indicate ' +
  'conclude mention allege caution threaten propose recommend demand suspect assume understand realize realise ' +
  'recognize consider see view hear learn read cite quote joke quip boast brag concur counter rebut retort shout ' +
  'yell chant scream whisper sign support oppose endorse attack slam blast decry denounce condemn defend lament ' +
  'muse speculate guess imply signal hint email text poll survey calculate project forecast disclose inform ' +
  'notify remind assure reassure advise brief explain elaborate clarify concede grant admire applaud hail ' +
  'welcome accept acknowledge praise mock ridicule deride dismiss scoff insinuate speak talk discuss debate ' +
  'announce proclaim tout promote push press lobby petition appeal plead beg pray wish desire seek aim ' +
  'decide choose refuse decline reckon figure suppose presume trust bet worry regret'
).split(' ');
const REPORT_NOUNS = (
  'statement announcement interview poll survey report claim argument warning belief view opinion estimate ' +
  'according remark comment speech letter tweet post memo email testimony suggestion assertion allegation ' +
  'criticism promise pledge vow plan proposal concern fear hope expectation idea analysis study research data ' +
  'filing document record headline source release message note video ad advertisement op-ed editorial column ' +
  'essay book account transcript briefing conference hearing debate rally address remarks words view stance ' +
  'position argument accusation charge complaint denial admission confession acknowledgment acknowledgement ' +
  'prediction forecast projection finding result conclusion verdict ruling decision demand request call appeal ' +
  'question doubt suspicion worry belief conviction insistence explanation response reply answer quote'
).split(' ');
const IRREGULAR_FORMS: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], think: ['thought'], know: ['knew', 'known'],
  feel: ['felt'], see: ['saw', 'seen'], hear: ['heard'], find: ['found'], read: ['read'], show: ['shown'],
  understand: ['understood'], speak: ['spoke', 'spoken'], forecast: ['forecast'], bet: ['bet'], seek: ['sought'],
  choose: ['chose', 'chosen'], learn: ['learnt'],
};

function verbForms(v: string): string[] {
  const out = [v, ...(IRREGULAR_FORMS[v] ?? [])];
  const e = v.endsWith('e'), y = /[^aeiou]y$/.test(v);
  out.push(/(?:s|sh|ch|x|z|o)$/.test(v) ? v + 'es' : y ? v.slice(0, -1) + 'ies' : v + 's');
  out.push(e ? v + 'd' : y ? v.slice(0, -1) + 'ied' : v + 'ed');
  out.push(e && !v.endsWith('ee') ? v.slice(0, -1) + 'ing' : v + 'ing');
  // doubled final consonant (admit → admitted, plan → planned)
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(v) && v.length <= 6) {
    const c = v[v.length - 1]!;
    out.push(v + c + 'ed', v + c + 'ing');
  }
  return out;
}

const REPORT_CLASS = new Map<string, number>();
for (const n of REPORT_NOUNS) { REPORT_CLASS.set(n, 2); REPORT_CLASS.set(n.endsWith('s') ? n : n + 's', 2); }
for (const v of REPORT_VERBS) for (const f of verbForms(v)) REPORT_CLASS.set(f, 1);

/** 1 for a reporting / belief verb form, 2 for such a noun, 0 otherwise (lowercased word). */
export function reportClass(lower: string): number {
  return REPORT_CLASS.get(lower) ?? 0;
}
