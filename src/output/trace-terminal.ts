// The terminal view of a trace: stories, then each claim with its first appearance, primary sources,
// independent-source count, the chain of repetition and drift flags.
import { styleText } from 'node:util';
import type { Trace } from '../trace/trace.ts';

type Style = Parameters<typeof styleText>[0];

export function renderTrace(t: Trace, opts: { color: boolean }): string {
  const paint = (style: Style, s: string) => (opts.color ? styleText(style, s) : s);
  const ids = t.articles.map((a) => a.id);
  const texts = t.inputs.map((i) => i.analysis.article.text);
  const clip = (s: string, n = 160) => {
    const one = s.replace(/\s+/g, ' ').trim();
    return one.length > n ? `${one.slice(0, n - 1)}…` : one;
  };
  const lines: string[] = [];
  lines.push(paint('bold', `${t.articles.length} articles · ${t.stories.length} stories · ${t.claims.length} claims · ${t.copies.length} copies`));
  for (const c of t.copies) lines.push(paint('dim', `  copy: ${c.article} ← ${c.of} (${Math.round(c.similarity * 100)}% shared)`));
  for (const claim of t.claims) {
    const s = claim.statement;
    lines.push('', `${paint('bold', claim.id)} ${clip(texts[s.article]!.slice(s.span.start, s.span.end))}`);
    const sources = claim.primarySources.map((p) => `${p.name} (${p.kind})`).join(', ') || 'unknown';
    const independent = claim.independentSources === 1 ? paint('yellow', '1 independent source') : `${claim.independentSources} independent sources`;
    lines.push(`  primary: ${paint('cyan', sources)} · ${independent} · first: ${ids[claim.firstAppearance]} · ${claim.appearances.length} articles`);
    for (const a of claim.appearances) {
      const from = a.parent ? paint('dim', ` ← ${ids[a.parent.article]} (${a.parent.rule})`) : paint('dim', ' (root)');
      lines.push(`    ${ids[a.article]} ${paint('dim', `[${a.stance}]`)}${a.speaker ? ` ${a.speaker}` : ''}${from}`);
    }
    for (const d of claim.drift) {
      const here = texts[d.article]!.slice(d.span.start, d.span.end);
      lines.push(`    ${paint('red', `⚠ ${d.kind}`)} in ${ids[d.article]}: "${clip(here, 90)}" — ${d.note}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
