// The API described as OpenAPI 3.1, written by hand as a typed object. A test holds it and the app's
// routes to each other: every route is here and everything here is a route.
import { EXPORT_FORMATS } from '../export/index.ts';

type Schema = Record<string, unknown>;
interface Operation {
  summary: string;
  parameters?: { name: string; in: 'path' | 'query'; required?: boolean; schema: Schema; description?: string }[];
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
        Story: { type: 'object', properties: { id: { type: 'string' }, articleCount: { type: 'integer' }, articles: { type: 'array', items: { type: 'string' } }, outlets: { type: 'array', items: { type: 'string' } }, first: { type: ['string', 'null'], format: 'date-time' }, last: { type: ['string', 'null'], format: 'date-time' }, terms: { type: 'array', items: { type: 'string' } }, claimCount: { type: 'integer' } } },
        ClaimRow: { type: 'object', properties: { id: { type: 'string' }, story: { type: ['string', 'null'] }, text: { type: 'string' }, appearances: { type: 'integer' }, independentSources: { type: 'integer' }, primarySources: { type: 'array' }, firstAppearance: { type: ['string', 'null'] }, drift: { type: 'array', items: { type: 'string' } } } },
        Claim: { type: 'object', description: 'The trace JSON claim: appearances with spans and parents ("from"), primary sources, independent count, first appearance, drift with both sides, plus the articles it touches' },
        Article: { type: 'object', description: 'Text, metadata, story, and the analysis JSON (spans into text)', properties: { id: { type: 'string' }, text: { type: 'string' }, analysis: { type: ['object', 'null'] } } },
        IngestAnswer: { type: 'object', properties: { tally: { type: 'object' }, articles: { type: 'array', items: { type: 'string' }, description: 'Ids of the articles added' }, errors: { type: 'array', items: { type: 'string' } }, stories: { type: 'integer' }, claims: { type: 'integer' } } },
      },
    },
    security: [{}, { bearer: [] }],
    paths: {
      '/': { get: { summary: 'A small web page over the API (no data in it; it reads the API)', responses: { '200': { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } } } } },
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': ok('OpenAPI 3.1', { type: 'object' }) } } },
      '/api/stories': { get: { summary: 'Stories: article count, outlets, first and last date, terms', responses: { '200': ok('Stories', { type: 'object', properties: { stories: { type: 'array', items: ref('Story') } } }), '400': errors['400'] } } },
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
      '/api/export/{format}': {
        get: {
          summary: 'An export of the workspace as a download (logged in the custody log)',
          parameters: [{ name: 'format', in: 'path', required: true, schema: { enum: [...EXPORT_FORMATS] } }, { name: 'table', in: 'query', schema: { enum: ['claims', 'appearances'] }, description: 'csv only' }, { name: 'title', in: 'query', schema: { type: 'string' } }],
          responses: { '200': { description: 'The export, with its media type and a Content-Disposition file name' }, ...errors },
        },
      },
      '/api/ingest': {
        post: {
          summary: 'Ingest URLs or records, then relink',
          requestBody: { required: true, content: json({ oneOf: [{ type: 'object', properties: { urls: { type: 'array', items: { type: 'string', format: 'uri' } } }, required: ['urls'] }, { type: 'object', properties: { records: { type: 'array', items: { type: 'object', required: ['id'], properties: { id: { type: ['string', 'integer'] }, text: { type: 'string' }, html: { type: 'string' }, url: { type: 'string' }, title: { type: 'string' }, published: { type: 'string' }, outlet: { type: 'string' } } } } }, required: ['records'] }] }) },
          responses: { '200': ok('What was ingested, and the new counts', ref('IngestAnswer')), '400': errors['400'], '401': errors['401'], '413': error('Body or item count too large'), '415': error('Not application/json') },
        },
      },
    },
  };
}
