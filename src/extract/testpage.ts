// Synthetic news pages for the extract tests: an invented outlet, invented people, our own words.

export interface PageParts {
  head?: string;
  /** Extra markup inside <article>, after the story paragraphs. */
  extra?: string;
  /** Markup before the story paragraphs, inside <article>. */
  before?: string;
  paragraphs?: string[];
  htmlAttrs?: string;
}

export const STORY = [
  'The Millbrook town council voted on Tuesday to close the old river bridge for six months of repairs, ending a debate that had run since the spring floods.',
  'Council member Ines Varga said the structure had "no more winters left in it" and that engineers had warned of cracks in two of the four piers.',
  'Shop owners on Quay Street said the closure would cut their trade, and several asked the council to run a free shuttle across the temporary footbridge.',
  'The mayor, Tomas Reyle, told reporters after the vote that a shuttle would be considered at the next meeting, but that the budget for the year was already tight.',
  'Work is expected to start in March, according to the county roads office, which will publish a detour map for drivers two weeks beforehand.',
];

export function page(parts: PageParts = {}): string {
  const paras = (parts.paragraphs ?? STORY).map((p) => `<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html>
<html ${parts.htmlAttrs ?? 'lang="en"'}>
<head>
<meta charset="utf-8">
<title>Bridge to close for repairs | The Millbrook Ledger</title>
${parts.head ?? ''}
</head>
<body>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main>
<article class="story">
<h1>Bridge to close for repairs</h1>
${parts.before ?? ''}
<div class="story-body">
${paras}
${parts.extra ?? ''}
</div>
</article>
</main>
<footer class="site-footer"><p>© 2026 The Millbrook Ledger. All rights reserved.</p></footer>
</body>
</html>`;
}
