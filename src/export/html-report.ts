// One self-contained HTML report to send or archive: header with counts, the claim table, a provenance
// graph per claim, a coverage timeline, the articles with their SHA-256, and a note on method. It loads
// nothing (inline CSS and SVG, no script) and its Content-Security-Policy forbids loading anything else.
// All article text is untrusted and goes through the escaping `html` template; links are made only
// for http(s) URLs.
import { VERSION } from '../version.ts';
import { graphLegend, provenanceSvg } from './html-graph.ts';
import { REPORT_CSS } from './html-style.ts';
import { timelineSvg } from './html-timeline.ts';
import { Html, html } from './html.ts';
import { articleInfo, CONTESTED, shownTime, stamp, timeOf, utc, webUrl, type ArticleInfo, type ExportOptions, type TraceJson } from './types.ts';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const anchor = (i: number) => `claim-${i + 1}`;
const timeText = (a: ArticleInfo | undefined) => shownTime(a) ?? (a?.published ? `${a.published} (unreadable)` : 'not recorded');

function link(url: string | null): Html {
  const safe = webUrl(url);
  if (safe) return html`<a class="url" href="${safe}" rel="noopener noreferrer nofollow">${url}</a>`;
  return url ? html`<span class="url muted">${url} (not a web address; not linked)</span>` : html`<span class="muted">not recorded</span>`;
}

function claimTable(trace: TraceJson, info: Map<string, ArticleInfo>): Html {
  const rows = trace.claims.map((c, i) => {
    const first = c.firstAppearance ? info.get(c.firstAppearance) : undefined;
    const kinds = [...new Set(c.drift.map((d) => d.kind))];
    const disputed = c.appearances.filter((a) => CONTESTED.has(a.stance)).length;
    return html`<tr><td><a href="#${anchor(i)}">${c.id}</a></td><td>${c.text}</td><td class="num">${c.appearances.length}</td><td class="num">${c.independentSources}</td><td>${c.primarySources.map((p, j) => html`${j ? '; ' : ''}${p.kind === 'anonymous' ? 'anonymous source' : p.name} <span class="muted">(${p.kind})</span>`)}</td><td>${first?.outlet ?? c.firstAppearance}<br><span class="muted">${first ? timeText(first) : ''}</span></td><td class="drift">${kinds.join(', ')}</td><td class="num">${disputed || ''}</td></tr>`;
  });
  return html`<div class="scroll"><table class="claims"><thead><tr><th>#</th><th>Claim</th><th class="num">Articles</th><th class="num">Independent sources</th><th>Primary sources</th><th>First appearance</th><th>Drift</th><th class="num">Disputed</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function claimSections(trace: TraceJson, info: Map<string, ArticleInfo>): Html[] {
  return trace.claims.map((c, i) => {
    const outlet = (id: string) => info.get(id)?.outlet ?? id;
    const notes = c.drift.map((d) => html`<li><span class="drift">${d.kind}</span> in ${outlet(d.article)}: “${d.span.text}” — ${d.note} <span class="muted">(origin: ${outlet(d.source.article)}, “${d.source.span.text}”)</span></li>`);
    const contested = c.appearances.filter((a) => CONTESTED.has(a.stance)).map((a) => html`<li>${outlet(a.article)} ${a.stance === 'denied' ? 'reports a denial' : 'disputes it'}: “${a.span.text}”</li>`);
    return html`<section class="claim" id="${anchor(i)}"><h3>${c.id} · ${c.text}</h3><p class="stats">${plural(c.appearances.length, 'article')} · ${plural(c.independentSources, 'independent source')}${c.story ? html` · story ${c.story}` : ''}</p><div class="scroll">${provenanceSvg(c, info)}</div>${notes.length || contested.length ? html`<ul class="notes">${notes}${contested}</ul>` : ''}</section>`;
  });
}

function articleTable(trace: TraceJson, info: Map<string, ArticleInfo>): Html {
  const copyOf = new Map(trace.copies.map((c) => [c.article, c]));
  const rows = [...info.values()]
    .sort((a, b) => (a.time ?? Infinity) - (b.time ?? Infinity) || (a.id < b.id ? -1 : 1))
    .map((a) => {
      const cp = copyOf.get(a.id);
      return html`<tr><td>${a.id}</td><td>${a.outlet ?? html`<span class="muted">unknown</span>`}</td><td>${a.title ?? ''}${cp ? html`<br><span class="muted">copy of ${cp.of} (${Math.round(cp.similarity * 100)}% shared text)</span>` : ''}</td><td>${timeText(a)}</td><td>${link(a.url)}</td><td class="hash">${a.sha256 ?? html`<span class="muted">not recorded</span>`}</td></tr>`;
    });
  return html`<div class="scroll"><table class="articles"><thead><tr><th>Id</th><th>Outlet</th><th>Title</th><th>Published</th><th>URL</th><th>SHA-256 of the captured source</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

const METHOD = html`<section class="method"><h2>Method</h2>
<p>hearsay analysed each article for attributions (who is said to have said what, directly, indirectly or "according to" an outlet), hedges and certainty, and the outlets it cites. It then grouped articles into stories, found copies (articles sharing most of their prose, such as a wire story and its reprints) and matched the same claim across articles.</p>
<ul>
<li><b>Primary sources</b> are the first-hand sources at the start of each chain of repetition: a named person or organisation, an anonymous source, or the outlet itself when it asserts the claim without a source.</li>
<li><b>Independent sources</b> counts primary sources after collapsing copies and citation chains: ten articles repeating one wire story that quotes one minister count as one.</li>
<li><b>Drift</b> compares each article with the origin of its chain: <i>hardened</i> or <i>softened</i> (certainty changed), <i>misattributed</i> (a different speaker), <i>altered-quote</i> (quoted words differ), <i>number-changed</i>.</li>
<li>Times are shown in UTC as given by the input; SHA-256 digests are of the bytes as captured, so anyone holding the source can check it is the one analysed.</li>
</ul>
<p>This is automatic analysis: it points to where to look, not to a verdict. Check each finding against the articles before relying on it.</p>
</section>`;

export function toHtmlReport(trace: TraceJson, opts: ExportOptions = {}): string {
  const info = articleInfo(trace, opts);
  const generated = stamp(opts);
  const generatedAt = timeOf(generated);
  const title = opts.title ?? 'hearsay trace report';
  const outlets = new Set([...info.values()].map((a) => a.outlet).filter(Boolean));
  const counts = [
    plural(trace.articles.length, 'article'), plural(outlets.size, 'outlet'), plural(trace.stories.length, 'story', 'stories'),
    plural(trace.claims.length, 'claim'), plural(trace.copies.length, 'copy', 'copies'), plural(trace.claims.filter((c) => c.drift.length).length, 'claim with drift', 'claims with drift'),
  ].map((s) => s.split(/ (.*)/s) as [string, string]);
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${`hearsay ${VERSION}`}">
<title>${title}</title>
<style>${new Html(REPORT_CSS)}</style>
</head>
<body>
<header><h1>${title}</h1><p class="meta">Generated ${generatedAt !== null ? utc(generatedAt) : generated} by hearsay ${VERSION}</p>
<ul class="counts">${counts.map(([n, label]) => html`<li><b>${n}</b>${label}</li>`)}</ul></header>
<main>
<h2 id="claims">Claims</h2>
${trace.claims.length ? claimTable(trace, info) : html`<p class="muted">No claims were found.</p>`}
<h2 id="provenance">Provenance of each claim</h2>
${graphLegend()}
${claimSections(trace, info)}
<h2 id="timeline">Coverage timeline</h2>
<div class="scroll">${timelineSvg(trace, info)}</div>
<h2 id="articles">Articles</h2>
${articleTable(trace, info)}
${METHOD}
</main>
<footer>hearsay ${VERSION} · this file is self-contained: it loads nothing and runs no script.</footer>
</body>
</html>
`;
  return page.value;
}
