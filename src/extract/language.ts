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
  const code = franc(sample, { minLength: MIN_LANGUAGE_CHARS });
  return { code, english: code === 'eng' || code === 'und' };
}
