// Invented names for synthetic coverage: people, outlets, bodies and places built from syllables, so a
// corpus of any size has no real person or outlet in it and no two stories share a cast by accident.
import type { Rng } from './rng.ts';

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'gr', 'kl', 'st', 'tr', 'th', 'sh', 'ch', 'pl'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'ia', 'y'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'k', 'th', 'nd', 'rt', 'ck', 'm', 'sh'];

export function word(rng: Rng, syllables = rng.int(2, 3)): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += rng.pick(ONSETS) + rng.pick(VOWELS) + (i === syllables - 1 ? rng.pick(CODAS) : '');
  return w[0]!.toUpperCase() + w.slice(1);
}

export const person = (rng: Rng) => `${word(rng, 2)} ${word(rng, rng.int(2, 3))}`;

const OUTLET_SHAPES = [
  (w: string) => `The ${w} Herald`, (w: string) => `${w} Today`, (w: string) => `The ${w} Post`,
  (w: string) => `${w} News`, (w: string) => `The ${w} Courier`, (w: string) => `${w} Daily`,
  (w: string) => `The ${w} Ledger`, (w: string) => `${w} Wire`, (w: string) => `The ${w} Tribune`,
  (w: string) => `${w} Insider`, (w: string) => `The ${w} Observer`, (w: string) => `${w} Dispatch`,
];
export const outlet = (rng: Rng) => rng.pick(OUTLET_SHAPES)(word(rng, 2));

const BODY_SHAPES = [
  (w: string) => `${w} Water Authority`, (w: string) => `Ministry of ${w} Affairs`, (w: string) => `${w} Transport Board`,
  (w: string) => `${w} Health Directorate`, (w: string) => `${w} Mining Company`, (w: string) => `${w} Police Service`,
  (w: string) => `${w} Electoral Commission`, (w: string) => `${w} University`, (w: string) => `${w} Port Authority`,
];
export const body = (rng: Rng) => rng.pick(BODY_SHAPES)(word(rng, 2));

export const place = (rng: Rng) => word(rng, rng.int(2, 3));

export const hostOf = (outletName: string) =>
  `${outletName.replace(/^The /, '').toLowerCase().replace(/[^a-z]+/g, '')}.example`;
