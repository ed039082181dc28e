// The API described as OpenAPI 3.1, written by hand as a typed object. A test holds it and the app's
// routes to each other: every route is here and everything here is a route.
import { EXPORT_FORMATS } from '../export/index.ts';

type Schema = Record<string, unknown>;
interface Operation {
  summary: string;
  parameters?: { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema: Schema; description?: string }[];
  requestBody?: { required: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
}
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  components: { schemas: Record<string, Schema>; securitySchemes: Record<string, Schema> };
  security: Record<string, string[]>[];
  paths: Record<string, Partial<Record<'get' | 'post', Operation>>>;
}

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Schema) => ({ 'application/json': { schema } });
const ok = (description: string, schema: Schema) => ({ description, content: json(schema) });
const error = (description: string) => ({ description, content: json(ref('Error')) });
const id = (what: string) => ({ name: 'id', in: 'path' as const, required: true, schema: { type: 'string', pattern: '^[1-9][0-9]*$' }, description: `${what} id` });
const sha256 = { name: 'sha256', in: 'path' as const, required: true, schema: { type: 'string', pattern: '^[0-9a-f]{64}$' }, description: 'SHA-256 of the bytes, hex' };
const errors = { '400': error('Malformed id or query'), '401': error('Missing or wrong bearer token'), '404': error('Unknown id') };
const span = { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' } }, required: ['start', 'end'] };

export function openApiDocument(version: string): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: { title: 'hearsay', version, description: 'Stories, claims and their provenance in a hearsay workspace. Spans are UTF-16 offsets {start, end} (end exclusive) into the article text.' },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Required when the server listens on a non-loopback address' } },
      schemas: {
        Error: { type: 'object', properties: { status: { type: 'integer' }, message: { type: 'string' } }, required: ['status', 'message'] },
        Span: span,
        Story: { type: 'object', properties: { id: { type: 'string' }, title: { type: ['string', 'null'], description: 'Headline of its earliest article' }, articleCount: { type: 'integer' }, articles: { type: 'array', items: { type: 'string' } }, outlets: { type: 'array', items: { type: 'string' } }, first: { type: ['string', 'null'], format: 'date-time' }, last: { type: ['string', 'null'], format: 'date-time' }, terms: { type: 'array', items: { type: 'string' } }, claimCount: { type: 'integer' } } },
        ClaimRow: { type: 'object', properties: { id: { type: 'string' }, story: { type: ['string', 'null'] }, text: { type: 'string' }, appearances: { type: 'integer' }, independentSources: { type: 'integer' }, primarySources: { type: 'array' }, firstAppearance: { type: ['string', 'null'] }, drift: { type: 'array', items: { type: 'string' } }, disputed: { type: 'boolean' } } },
        Claim: { type: 'object', description: 'The trace JSON claim: appearances with spans and parents ("from"), primary sources, independent count, first appearance, drift with both sides, plus the articles it touches' },
        Article: { type: 'object', description: 'Text, metadata, story, the claims appearing in it (span and stance here), and the analysis JSON (spans into text)', properties: { id: { type: 'string' }, text: { type: 'string' }, captures: { type: 'array', items: { type: 'string' } }, claims: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, text: { type: 'string' }, stance: { type: 'string' }, speaker: { type: ['string', 'null'] }, span } } }, analysis: { type: ['object', 'null'] } } },
        Capture: { type: 'object', properties: { sha256: { type: 'string' }, size: { type: 'integer' }, contentType: { type: ['string', 'null'] }, capturedAt: { type: 'string', format: 'date-time' }, origin: { type: 'object', description: 'How it arrived: {kind: file, path} | {kind: url, url, finalUrl, status} | {kind: jsonl, path, line} | {kind: stdin}' } } },
        Correction: {
          type: 'object',
          description: 'A correction as stored (src/trace/corrections.ts): kind and its fields, id ("k3"), by, at, note; withdrawnAt is null while it is in force; applied says whether the last link used it (false when what it names is no longer in the coverage, or once withdrawn)',
          properties: { id: { type: 'string' }, kind: { enum: ['merge-entities', 'split-entity', 'copy', 'citation', 'speaker', 'split-claim'] }, by: { type: 'string' }, at: { type: 'string', format: 'date-time' }, note: { type: 'string' }, withdrawnAt: { type: ['string', 'null'], format: 'date-time' }, applied: { type: 'boolean' } },
          required: ['id', 'kind', 'by', 'at', 'withdrawnAt', 'applied'],
        },
        NewCorrection: {
          description: 'A correction without id and at. by: who makes it (else the X-Hearsay-User header, else the server\'s user on loopback). A split claim may be named by "claim" (its id) instead of "article" and "offset"; a speaker correction may give "words" of the source or cue instead of "offset".',
          oneOf: [
            { type: 'object', required: ['kind', 'names'], properties: { kind: { const: 'merge-entities' }, names: { type: 'array', minItems: 2, items: { type: 'string' }, description: 'The first is the canonical name' } } },
            { type: 'object', required: ['kind', 'form'], properties: { kind: { const: 'split-entity' }, form: { type: 'string' } } },
            { type: 'object', required: ['kind', 'article', 'of', 'verdict'], properties: { kind: { const: 'copy' }, article: { type: 'string' }, of: { type: 'string' }, verdict: { enum: ['confirm', 'reject'] } } },
            { type: 'object', required: ['kind', 'article', 'outlet', 'verdict'], properties: { kind: { const: 'citation' }, article: { type: 'string' }, outlet: { type: 'string' }, verdict: { enum: ['confirm', 'reject'] } } },
            { type: 'object', required: ['kind', 'article', 'speaker'], properties: { kind: { const: 'speaker' }, article: { type: 'string' }, offset: { type: 'integer', minimum: 0, description: 'UTF-16 offset into the article text' }, words: { type: 'string', description: 'Instead of offset: words of the source or cue (their first place in the text)' }, speaker: { type: 'string' }, speakerKind: { enum: ['person', 'organization', 'outlet', 'group', 'place', 'unknown'] }, anonymous: { type: 'boolean' } } },
            { type: 'object', required: ['kind', 'articles'], properties: { kind: { const: 'split-claim' }, claim: { type: 'string', description: 'Instead of article and offset: the claim id' }, article: { type: 'string' }, offset: { type: 'integer', minimum: 0 }, articles: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'The articles carrying the second claim' } } },
          ],
        },
        CorrectionAnswer: { type: 'object', properties: { correction: ref('Correction'), stories: { type: 'integer' }, claims: { type: 'integer' } }, description: 'The correction after the relink, and the new counts' },
        IngestAnswer: { type: 'object', properties: { tally: { type: 'object' }, articles: { type: 'array', items: { type: 'string' }, description: 'Ids of the articles added' }, errors: { type: 'array', items: { type: 'string' } }, stories: { type: ['integer', 'null'], description: 'null with link=later' }, claims: { type: ['integer', 'null'] } } },
      },
    },
    security: [{}, { bearer: [] }],
    paths: {
      '/': { get: { summary: 'A small web page over the API (no data in it; it reads the API)', responses: { '200': { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } } } } },
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': ok('OpenAPI 3.1', { type: 'object' }) } } },
      '/api/stories': {
        get: {
          summary: 'Stories a page at a time: headline, article count, outlets, first and last date, terms; with q, the stories whose articles match, best first',
          parameters: [
            { name: 'q', in: 'query', schema: { type: 'string', maxLength: 500 }, description: 'Full-text query (as /api/search)' },
            { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0 } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } },
          ],
          responses: { '200': ok('Stories', { type: 'object', properties: { total: { type: 'integer' }, offset: { type: 'integer' }, stories: { type: 'array', items: ref('Story') } } }), '400': errors['400'] },
        },
      },
      '/api/stories/{id}': { get: { summary: "A story with its articles and claims", parameters: [id('Story')], responses: { '200': ok('Story', ref('Story')), ...errors } } },
      '/api/articles/{id}': { get: { summary: 'Article text, metadata and analysis JSON', parameters: [id('Article')], responses: { '200': ok('Article', ref('Article')), ...errors } } },
      '/api/claims': {
        get: {
          summary: 'The claim table, filterable',
          parameters: [
            { name: 'story', in: 'query', schema: { type: 'string' } },
            { name: 'minIndependent', in: 'query', schema: { type: 'integer', minimum: 0 } },
            { name: 'maxIndependent', in: 'query', schema: { type: 'integer', minimum: 0 } },
            { name: 'drift', in: 'query', schema: { enum: ['hardened', 'softened', 'misattributed', 'altered-quote', 'number-changed'] } },
          ],
          responses: { '200': ok('Claims', { type: 'object', properties: { claims: { type: 'array', items: ref('ClaimRow') } } }), '400': errors['400'] },
        },
      },
      '/api/claims/{id}': { get: { summary: "A claim's provenance", parameters: [id('Claim')], responses: { '200': ok('Claim', ref('Claim')), ...errors } } },
      '/api/search': {
        get: {
          summary: 'Full-text search; hits as offsets into each article text and title',
          parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 500 } }, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } }],
          responses: { '200': ok('Hits', { type: 'object', properties: { query: { type: 'string' }, hits: { type: 'array', items: { type: 'object', properties: { article: { type: 'string' }, title: { type: ['string', 'null'] }, spans: { type: 'array', items: span }, titleSpans: { type: 'array', items: span } } } } } }), '400': errors['400'] },
        },
      },
      '/api/captures/{sha256}': { get: { summary: 'An original capture: hash, size, media type, time, origin', parameters: [sha256], responses: { '200': ok('Capture', ref('Capture')), ...errors } } },
      '/api/captures/{sha256}/raw': { get: { summary: "An original capture's bytes, as a download", parameters: [sha256], responses: { '200': { description: 'The bytes', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }, ...errors } } },
      '/api/export/{format}': {
        get: {
          summary: 'An export of the workspace as a download (logged in the custody log)',
          parameters: [{ name: 'format', in: 'path', required: true, schema: { enum: [...EXPORT_FORMATS] } }, { name: 'table', in: 'query', schema: { enum: ['claims', 'appearances'] }, description: 'csv only' }, { name: 'title', in: 'query', schema: { type: 'string' } }],
          responses: { '200': { description: 'The export, with its media type and a Content-Disposition file name' }, ...errors },
        },
      },
      '/api/corrections': {
        get: { summary: 'Every correction, in the order made: who, when, in force or withdrawn, applied or not', responses: { '200': ok('Corrections', { type: 'object', properties: { corrections: { type: 'array', items: ref('Correction') } } }), '400': errors['400'], '401': errors['401'] } },
        post: {
          summary: 'Make a correction (kept, logged in the custody log), then relink',
          parameters: [{ name: 'X-Hearsay-User', in: 'header', schema: { type: 'string' }, description: 'Who makes it, when the body has no "by"' }],
          requestBody: { required: true, content: json(ref('NewCorrection')) },
          responses: { '200': ok('Made, and applied or not (it may name nothing in the coverage)', ref('CorrectionAnswer')), '400': error('A bad correction: the message names the field'), '401': errors['401'], '413': error('Body too large'), '415': error('Not application/json') },
        },
      },
      '/api/corrections/{id}/withdraw': {
        post: {
          summary: 'Withdraw a correction (it stays on record), then relink',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^k[1-9][0-9]*$' }, description: 'Correction id' }],
          responses: { '200': ok('The withdrawn correction', ref('CorrectionAnswer')), '400': errors['400'], '401': errors['401'], '404': error('Unknown correction'), '409': error('Already withdrawn') },
        },
      },
      '/api/ingest/progress': { get: { summary: 'The ingest running now, if any: its source and what it has stored so far', responses: { '200': ok('Progress', { type: 'object', properties: { running: { type: 'boolean' }, source: { type: ['string', 'null'] }, tally: { type: ['object', 'null'] } } }), '400': errors['400'] } } },
      '/api/link': { post: { summary: 'Link stories and claims again (after ingests with link=later)', responses: { '200': ok('The new counts', { type: 'object', properties: { stories: { type: 'integer' }, claims: { type: 'integer' } } }), '401': errors['401'] } } },
      '/api/ingest': {
        post: {
          summary: 'Ingest URLs, records or one file, then relink (unless link=later)',
          parameters: [
            { name: 'name', in: 'query', schema: { type: 'string' }, description: 'With an application/octet-stream body: the file name, whose extension says what it is (.html .htm .txt .md .jsonl .ndjson .xml .rss .atom .warc .warc.gz .wacz)' },
            { name: 'link', in: 'query', schema: { enum: ['now', 'later'] }, description: 'later: skip the link (POST /api/link when the batch is in)' },
          ],
          requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary', description: "One file's bytes (64 MiB at most by default)" } }, ...json({ oneOf: [{ type: 'object', properties: { urls: { type: 'array', items: { type: 'string', format: 'uri' } } }, required: ['urls'] }, { type: 'object', properties: { records: { type: 'array', items: { type: 'object', required: ['id'], properties: { id: { type: ['string', 'integer'] }, text: { type: 'string' }, html: { type: 'string' }, url: { type: 'string' }, title: { type: 'string' }, published: { type: 'string' }, outlet: { type: 'string' } } } } }, required: ['records'] }] }) } },
          responses: { '200': ok('What was ingested, and the new counts', ref('IngestAnswer')), '400': errors['400'], '401': errors['401'], '413': error('Body, file or item count too large'), '415': error('Neither application/json nor application/octet-stream') },
        },
      },
    },
  };
}
