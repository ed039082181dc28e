// The options a caller holding the whole `Trace` (not only its JSON) can give every export: what the
// input said about each article, and the SHA-256 of its captured bytes. Pure; the CLI and server use it.
import type { Trace } from '../trace/trace.ts';
import type { ArticleMeta, ExportOptions } from './types.ts';

export function exportOptionsOf(t: Trace): Pick<ExportOptions, 'articles' | 'hashes'> {
  const articles: Record<string, ArticleMeta> = {};
  const hashes: Record<string, string> = {};
  for (const input of t.inputs) {
    const a = input.analysis.article;
    articles[a.id] = {
      url: input.url ?? a.meta.canonicalUrl?.value ?? null,
      title: a.meta.title?.value ?? null,
      published: input.published ?? a.meta.published?.value ?? null,
    };
    if (a.captureSha256) hashes[a.id] = a.captureSha256;
  }
  return { articles, hashes };
}
