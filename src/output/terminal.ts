// The terminal view of an analysis: metadata, then each attribution as source → cue → content, with
// colour on a terminal and plain text when piped (or NO_COLOR is set).
import { styleText } from 'node:util';
import type { Analysis, Attribution, Span } from '../types.ts';

type Style = Parameters<typeof styleText>[0];

export interface TerminalOptions {
  color: boolean;
  /** Longest content excerpt shown before it is elided. */
  width?: number;
}

const KIND_LABEL: Record<Attribution['kind'], string> = {
  direct: 'direct quote',
  indirect: 'indirect',
  mixed: 'mixed',
  'according-to': 'according to',
  'outlet-report': 'outlet report',
};

export function renderAnalysis(a: Analysis, opts: TerminalOptions): string {
  const paint = (style: Style, s: string) => (opts.color ? styleText(style, s) : s);
  const { article } = a;
  const text = article.text;
  const slice = (s: Span) => text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  const clip = (s: string, n = opts.width ?? 220) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const at = (s: Span) => paint('dim', `@${s.start}-${s.end}`);
  const lines: string[] = [];

  const m = article.meta;
  lines.push(paint('bold', m.title?.value ?? article.id));
  const facts = [
    m.outlet && `outlet: ${m.outlet.value}`,
    m.byline && `by ${m.byline.value}`,
    m.published && `published ${m.published.value}${m.published.from !== 'input' ? paint('dim', ` (${m.published.from})`) : ''}`,
    m.modified && `modified ${m.modified.value}`,
    m.canonicalUrl && m.canonicalUrl.value,
    `language ${article.language.code}`,
    `${text.length.toLocaleString('en')} characters, ${article.paragraphs.length} paragraphs`,
  ].filter(Boolean);
  lines.push(paint('dim', facts.join(' · ')));
  const flags = Object.entries(article.flags).filter(([, v]) => v).map(([k]) => k);
  if (flags.length) lines.push(paint('yellow', `flags: ${flags.join(', ')}`));
  for (const msg of a.messages) lines.push(paint(msg.severity === 'error' ? 'red' : 'yellow', `${msg.severity}: ${msg.reason} [${msg.rule}]`));
  lines.push('');

  lines.push(paint('bold', `Attributions (${a.attributions.length})`));
  for (const x of a.attributions) {
    const who = x.speaker
      ? `${paint('cyan', x.speaker.name)}${x.source && slice(x.source) !== x.speaker.name ? paint('dim', ` ← "${slice(x.source)}"`) : ''}`
      : paint('dim', '(no source)');
    const anon = x.speaker?.anonymous ? paint('magenta', ' ⚑ anonymous') : '';
    const cue = x.cue ? paint('yellow', slice(x.cue)) : paint('dim', '(no cue)');
    const nest = x.parent !== null ? paint('dim', ` within #${x.parent + 1}`) : '';
    lines.push(`${String(x.id + 1).padStart(3)}. ${who}${anon} ${cue} ${paint('dim', `[${KIND_LABEL[x.kind]}]`)}${nest} ${x.cue ? at(x.cue) : ''}`);
    const content = x.content.map(slice).join(' … ');
    lines.push(`     ${paint('green', clip(content))}`);
    if (x.hedges.length) {
      lines.push(`     ${paint('dim', 'certainty:')} ${x.hedges.map((h) => `${slice(h.span)} (${h.class} ${h.certainty})`).join(', ')}`);
    }
  }
  if (a.citedOutlets.length) {
    lines.push('', paint('bold', `Outlets cited as sources (${a.citedOutlets.length})`));
    for (const c of a.citedOutlets) lines.push(`  ${paint('cyan', c.name)} ${paint('dim', `via ${c.via.join(', ')} ${c.spans.map(at).join(' ')}`)}`);
  }
  const unattributed = a.claims.filter((c) => c.unattributed);
  if (unattributed.length) {
    lines.push('', paint('bold', `Unattributed claims (${unattributed.length})`));
    for (const c of unattributed) {
      const hedge = c.hedges.length ? paint('dim', ` [${c.hedges.map((h) => slice(h.span)).join(', ')}]`) : '';
      lines.push(`  - ${clip(slice(c.span))}${hedge} ${at(c.span)}`);
    }
  }
  return lines.join('\n') + '\n';
}
