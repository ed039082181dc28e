// GET /: one self-contained page (no build step) over the API. The script and style are inline and
// allowed by their hashes in the page's CSP, so nothing else can run even if data were ever misused.
import { createHash } from 'node:crypto';
import { PAGE_SCRIPT, PAGE_STYLE } from './page-script.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

export const PAGE_CSP = [
  "default-src 'none'",
  `script-src ${hash(PAGE_SCRIPT)}`,
  `style-src ${hash(PAGE_STYLE)}`,
  "connect-src 'self'",
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>hearsay</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<h1>hearsay</h1>
<p>Stories in this workspace. Pick a story for its claims, a claim for where it appeared.</p>
<section id="stories"><p>Loading…</p></section>
<section id="claims"></section>
<section id="claim"></section>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
