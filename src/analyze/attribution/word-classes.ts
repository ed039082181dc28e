// The coarse word classes (parts of speech) the attribution features read: numbered 1 … 13, 0 unknown.
// A 'tagger' model reads them in context with its class tagger (class-tagger.ts), which training teaches
// to read them the way wink-nlp's tagger does (scripts/wink-classes.ts); a 'lexicon' model looks each
// word up instead.

/** Coarse classes (1 … 13, 0 unknown); a lexicon model's table uses the same numbers. */
export const WORD_CLASS: Readonly<Record<string, number>> = {
  NOUN: 1, PROPN: 2, VERB: 3, AUX: 4, ADJ: 5, ADV: 6, ADP: 7, DET: 8, PRON: 9, PART: 10, CCONJ: 11, SCONJ: 11, NUM: 12,
};
export const OTHER_CLASS = 13;
/** A lexicon entry packs a word's two commonest classes as first + CLASS_STRIDE × second. */
export const CLASS_STRIDE = OTHER_CLASS + 1;
