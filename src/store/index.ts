// The workspace store: one SQLite file holding originals, articles and their versions, analyses,
// stories and claims with stable ids, full-text search and a hash-chained custody log.
export { canonicalJson, hashOf, sha256 } from './canonical.ts';
export { wordDiff } from './diff.ts';
export { claimsFromTrace, storiesFromTrace, type TraceLinks } from './from-trace.ts';
export { defaultKeyDir, KEY_FILE, loadOrCreateKey, signatureValid } from './keys.ts';
export { normaliseText, normaliseUrl, textHash } from './normalize.ts';
export { MIGRATIONS } from './schema.ts';
export { ftsQuery } from './search.ts';
export { DEFAULT_WORKSPACE, openWorkspace, SqliteWorkspace, type CurrentAnalysis, type OpenOptions } from './sqlite.ts';
export * from './types.ts';
