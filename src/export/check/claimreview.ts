// Test-only. A small validator for Google's ClaimReview structured data (required and recommended properties of
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

export interface Report { errors: string[]; incomplete: string[]; missingRecommended: string[] }

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

export function checkClaimReview(doc: unknown): Report {
  const r: Report = { errors: [], incomplete: [], missingRecommended: [] };
  const d = doc as Record<string, unknown>;
  if (d['@context'] !== 'https://schema.org') r.errors.push('@context must be https://schema.org');
  if (d['@type'] !== 'ClaimReview') r.errors.push('@type must be ClaimReview');
  else validate(d, 'ClaimReview', '', r);
  return r;
}
