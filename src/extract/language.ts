// Detected language of a text, by franc-min trigram scoring over a bounded prefix (the prefix keeps
// the cost flat on huge inputs; 2,000 characters is plenty for a trigram profile).

import { franc } from 'franc-min';
import type { Language } from '../types.ts';

const PREFIX = 2000;
/** Below this many characters franc cannot tell languages apart reliably. */
export const MIN_LANGUAGE_CHARS = 40;

/**
 * ISO 639-3 code and whether the English analysis applies. Text too short to tell gives "und",
 * treated as English (the analysis can still run; callers should say the language is unknown).
 */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, PREFIX).trim();
  if (sample.length < MIN_LANGUAGE_CHARS) return { code: 'und', english: true };
  if (plainlyEnglish(sample)) return { code: 'eng', english: true };
  const code = franc(sample, { minLength: MIN_LANGUAGE_CHARS });
  return { code, english: code === 'eng' || code === 'und' };
}

// English function words. Running prose in English has a quarter or more of its words among these,
// and no other language franc-min knows comes close, so such text skips the slower trigram scoring.
const FUNCTION_WORDS = new Set(
  'the of and to a in that is was for on it with as by he she they at from his her said have has be are were this not but an or which who had been would their will its also'.split(' '),
);

function plainlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length < 40) return false;
  let hits = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) hits++;
  // Letters outside ASCII in bulk mean another script or language even when some English is quoted.
  const nonAscii = (sample.match(/[^\x00-\x7f’‘“”—–…]/g) ?? []).length;
  return hits / words.length >= 0.25 && nonAscii < sample.length * 0.02;
}
