import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DRAFT_NOTE, toClaimReview } from './claimreview.ts';
import { greymoorTrace, smallTrace, SMALL_OPTS } from './test-support.ts';

// A small validator for Google's ClaimReview structured data (required and recommended properties of
// its fact-check documentation) over schema.org's types: every property used belongs to its type,
// every value has the expected type.
type Expect = 'Text' | 'URL' | 'Date' | 'Number' | 'Claim' | 'Rating' | 'Agent' | 'Work' | 'Work|URL';
interface Prop { expect: Expect; need?: 'required' | 'recommended'; many?: boolean }
const AGENT: Record<string, Prop> = { name: { expect: 'Text' }, url: { expect: 'URL' }, sameAs: { expect: 'URL', many: true } };
const TYPES: Record<string, Record<string, Prop>> = {
  ClaimReview: {
    claimReviewed: { expect: 'Text', need: 'required' },
    reviewRating: { expect: 'Rating', need: 'required' },
    url: { expect: 'URL', need: 'required' },
    author: { expect: 'Agent', need: 'recommended' },
    datePublished: { expect: 'Date', need: 'recommended' },
    itemReviewed: { expect: 'Claim', need: 'recommended' },
    creativeWorkStatus: { expect: 'Text' },
  },
  Claim: {
    appearance: { expect: 'Work|URL', need: 'recommended', many: true },
    author: { expect: 'Agent', need: 'recommended', many: true },
    datePublished: { expect: 'Date', need: 'recommended' },
    firstAppearance: { expect: 'Work|URL', need: 'recommended' },
    description: { expect: 'Text' },
  },
  Rating: {
    alternateName: { expect: 'Text', need: 'required' },
    bestRating: { expect: 'Number' }, worstRating: { expect: 'Number' }, ratingValue: { expect: 'Number' },
    name: { expect: 'Text' }, description: { expect: 'Text' }, ratingExplanation: { expect: 'Text' },
  },
  CreativeWork: { url: { expect: 'URL' }, identifier: { expect: 'Text' }, headline: { expect: 'Text' }, datePublished: { expect: 'Date' }, publisher: { expect: 'Agent' } },
  Person: AGENT,
  Organization: AGENT,
};
const TYPE_OF: Partial<Record<Expect, string[]>> = { Claim: ['Claim'], Rating: ['Rating'], Agent: ['Person', 'Organization'], Work: ['CreativeWork'], 'Work|URL': ['CreativeWork'] };

interface Report { errors: string[]; incomplete: string[]; missingRecommended: string[] }

function validate(node: Record<string, unknown>, type: string, path: string, r: Report): void {
  const props = TYPES[type]!;
  for (const [k, v] of Object.entries(node)) {
    if (k === '@type' || k === '@context') continue;
    const p = props[k];
    if (!p) { r.errors.push(`${path}${k}: not a property of ${type} here`); continue; }
    if (Array.isArray(v) && !p.many) r.errors.push(`${path}${k}: one value expected`);
    for (const x of Array.isArray(v) ? v : [v]) value(x, p.expect, `${path}${k}`, r);
  }
  for (const [k, p] of Object.entries(props)) {
    const v = node[k];
    if (p.need === 'required' && (v === undefined || v === '')) r.incomplete.push(`${path}${k}`);
    if (p.need === 'recommended' && v === undefined) r.missingRecommended.push(`${path}${k}`);
  }
}

function value(v: unknown, expect: Expect, path: string, r: Report): void {
  const bad = (why: string): void => void r.errors.push(`${path}: ${why}`);
  if (expect === 'Text') return void (typeof v !== 'string' && bad('Text expected'));
  if (expect === 'Number') return void (typeof v !== 'number' && bad('Number expected'));
  if (expect === 'Date') return void ((typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(Date.parse(v))) && bad('ISO 8601 date expected'));
  const isUrl = (s: unknown) => typeof s === 'string' && /^https?:\/\/[^\s]+$/.test(s);
  if (expect === 'URL') return void (!isUrl(v) && bad('absolute URL expected'));
  if (expect === 'Work|URL' && isUrl(v)) return;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return bad('object expected');
  const t = (v as Record<string, unknown>)['@type'];
  if (typeof t !== 'string' || !TYPE_OF[expect]!.includes(t)) return bad(`@type ${String(t)} is not ${TYPE_OF[expect]!.join(' or ')}`);
  validate(v as Record<string, unknown>, t, `${path}.`, r);
}

function check(doc: unknown): Report {
  const r: Report = { errors: [], incomplete: [], missingRecommended: [] };
  const d = doc as Record<string, unknown>;
  if (d['@context'] !== 'https://schema.org') r.errors.push('@context must be https://schema.org');
  if (d['@type'] !== 'ClaimReview') r.errors.push('@type must be ClaimReview');
  else validate(d, 'ClaimReview', '', r);
  return r;
}

test('the validator catches what it should', () => {
  const r = check({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 3, url: 'javascript:x', verdict: 'x', reviewRating: { '@type': 'Review' } });
  assert.deepEqual(r.errors, ['claimReviewed: Text expected', 'url: absolute URL expected', 'verdict: not a property of ClaimReview here', 'reviewRating: @type Review is not Rating']);
});

test('should draft one ClaimReview per claim, with no verdict', () => {
  const docs = JSON.parse(toClaimReview(smallTrace(), SMALL_OPTS));
  assert.equal(docs.length, 2);
  const r = check(docs[0]);
  assert.deepEqual(r.errors, []);
  // A draft: the reviewer still has to rate, give the page URL, sign and date it.
  assert.deepEqual(r.incomplete, ['reviewRating.alternateName', 'url']);
  assert.deepEqual(r.missingRecommended, ['author', 'datePublished']);
  assert.deepEqual(docs[0].reviewRating, { '@type': 'Rating', alternateName: '', description: DRAFT_NOTE });
  assert.equal(docs[0].creativeWorkStatus, 'Draft');
  assert.equal(docs[0].claimReviewed, 'the Lowmarsh bridge had been closed twice for cracks');
  assert.deepEqual(docs[0].itemReviewed.author, { '@type': 'Person', name: 'Ada Penhallow' });
  assert.equal(docs[0].itemReviewed.datePublished, '2025-05-02T08:00Z');
  assert.equal(docs[0].itemReviewed.firstAppearance.url, 'https://quillwire.example/lowmarsh-bridge');
  // The copy and the citing article; not the article disputing it.
  assert.deepEqual(docs[0].itemReviewed.appearance.map((w: { url: string }) => w.url), ['https://fenwickpost.example/news/bridge', 'https://harrowdaily.example/bridge']);
  assert.match(docs[0].itemReviewed.description, /^Carried by 4 articles; 1 independent source\. 1 article dispute or deny it\. Wording drifted: hardened\.$/);
  assert.deepEqual(docs[1].itemReviewed.author, { '@type': 'Organization', name: 'Lowmarsh Transit Authority' });
});

test('with an organisation and page, only the verdict and date are left to the reviewer', () => {
  const opts = { ...SMALL_OPTS, organization: { name: 'Fenland Checks', url: 'https://fenlandchecks.example/' }, reviewUrl: 'https://fenlandchecks.example/2025/bridge' };
  const docs = JSON.parse(toClaimReview(smallTrace(), opts));
  const r = check(docs[1]);
  assert.deepEqual(r, { errors: [], incomplete: ['reviewRating.alternateName'], missingRecommended: ['datePublished'] });
  assert.equal(docs[1].url, 'https://fenlandchecks.example/2025/bridge#claim-c2');
  assert.deepEqual(docs[1].author, { '@type': 'Organization', name: 'Fenland Checks', url: 'https://fenlandchecks.example/' });
  // Completed by the reviewer, the draft passes with nothing missing.
  docs[1].reviewRating.alternateName = 'Misleading';
  docs[1].datePublished = '2025-06-02';
  assert.deepEqual(check(docs[1]), { errors: [], incomplete: [], missingRecommended: [] });
});

test('articles without a web URL appear by id; a javascript: URL is never used', () => {
  const docs = JSON.parse(toClaimReview(smallTrace(), { articles: { a1: { url: 'javascript:alert(1)' } }, reviewUrl: 'javascript:alert(2)' }));
  assert.deepEqual(docs[0].itemReviewed.firstAppearance, { '@type': 'CreativeWork', identifier: 'a1', publisher: { '@type': 'Organization', name: 'Quill Wire' } });
  assert.equal('url' in docs[0], false);
  assert.deepEqual(check(docs[0]).errors, []);
});

test('the Greymoor drafts validate', { skip: greymoorTrace() ? false : 'attribution model not trained yet' }, () => {
  const g = greymoorTrace()!;
  const docs = JSON.parse(toClaimReview(g.trace, { ...g.opts, organization: { name: 'Fenland Checks' }, reviewUrl: 'https://fenlandchecks.example/greymoor' }));
  assert.equal(docs.length, g.trace.claims.length);
  for (const d of docs) {
    const r = check(d);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.incomplete, ['reviewRating.alternateName']);
  }
});
