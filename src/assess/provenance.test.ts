import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClaimUnit } from '../link/claim-units.ts';
import type { EntityKind, Speaker } from '../types.ts';
import { provenanceOf, type TracedArticle } from './provenance.ts';

const sp = (name: string, kind: EntityKind): Speaker => ({ name, key: name.toLowerCase(), kind, anonymous: false });
const unit = (article: number, speaker: Speaker | null, terms: string): ClaimUnit => ({
  article, span: { start: 0, end: 10 }, context: { start: 0, end: 10 }, terms: terms.split(' '), speaker, viaOutlet: null,
  attribution: 0, cue: 'said', hedges: [], stance: 'attributed',
});
// 0: the wire's story; 1: a paper that credits the wire for something; 2: a site that credits it too
const articles: TracedArticle[] = [
  { id: 'wire', published: 1, outletKey: 'wire', outletName: 'Tallin Wire', cites: new Set(), copyOf: null },
  { id: 'paper', published: 2, outletKey: 'paper', outletName: 'Dales Ledger', cites: new Set(['wire']), copyOf: null },
  { id: 'site', published: 3, outletKey: 'site', outletName: 'Hill Post', cites: new Set(['wire']), copyOf: null },
];
const origin = unit(0, sp('Fenmoor Rescue Service', 'organization'), 'four people die landslide oskar pass road worker brack');

test('a body that gives the claim with details of its own, in an article crediting the wire, is a second source', () => {
  const hospital = unit(1, sp('Fenmoor General Hospital', 'organization'), 'four people dead arrival overnight three brack one tillholm');
  const p = provenanceOf([origin, hospital], articles);
  assert.equal(p.appearances.find((a) => a.unit === hospital)!.parent, null);
  assert.deepEqual(p.primarySources.map((s) => s.name).sort(), ['Fenmoor General Hospital', 'Fenmoor Rescue Service']);
  assert.equal(p.independentSources, 2);
});

test('the details may lie in its sentence beyond where the tagger ended the content', () => {
  // "… has confirmed that four people were dead on arrival overnight[, three from Brack and one from Tillholm]"
  const cut = { ...unit(1, sp('Fenmoor General Hospital', 'organization'), 'four people die overnight'), detail: 'four people dead arrival overnight three brack one tillholm'.split(' ') };
  const p = provenanceOf([origin, cut], articles);
  assert.equal(p.appearances.find((a) => a.unit === cut)!.parent, null);
  assert.equal(p.independentSources, 2);
});

test('the wire\'s words given to someone else, in an article crediting the wire, are a re-report of it', () => {
  const premier = unit(2, sp('Ivo Marek', 'person'), 'four people die landslide oskar pass road worker brack');
  const p = provenanceOf([origin, premier], articles);
  assert.deepEqual(p.appearances.find((a) => a.unit === premier)!.parent, { article: 0, rule: 'citation' });
  assert.deepEqual(p.primarySources.map((s) => s.name), ['Fenmoor Rescue Service']);
});
