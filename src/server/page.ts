// GET /: the web app (src/web/), bundled once per process by esbuild (which tsx already brings) into one
// inline script and one inline style, both allowed by their hashes in the page's CSP: nothing else can
// run, whatever an article's text holds. The page itself holds no data; it reads the API.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const WEB = (file: string) => fileURLToPath(new URL(`../web/${file}`, import.meta.url));
const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

export interface Page {
  html: string;
  csp: string;
  script: string;
  style: string;
}

/** The browser code as one script; `</script` never appears in it (esbuild escapes it in strings). */
export function bundleWebApp(): string {
  const out = buildSync({ entryPoints: [WEB('main.ts')], bundle: true, write: false, format: 'iife', target: 'es2022', minify: true, legalComments: 'none', charset: 'utf8' });
  const code = out.outputFiles[0]!.text;
  if (/<\/script/i.test(code)) throw new Error('the bundled script contains "</script"');
  return code;
}

let cached: Page | undefined;

export function page(): Page {
  if (cached) return cached;
  const script = bundleWebApp();
  const style = readFileSync(WEB('style.css'), 'utf8');
  const csp = [
    "default-src 'none'",
    `script-src ${hash(script)}`,
    `style-src ${hash(style)}`,
    "connect-src 'self'",
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<title>hearsay</title>
<style>${style}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
<a class="brand" href="#/">hearsay</a>
<nav aria-label="Views"><a href="#/" data-view="stories">Stories</a><a href="#/add" data-view="add">Add coverage</a><a href="#/export" data-view="export">Export</a><a href="#/corrections" data-view="corrections">Corrections</a></nav>
</header>
<main id="main" tabindex="-1"><p>Loading…</p><noscript>This page needs JavaScript; the API is at /api/openapi.json.</noscript></main>
<script>${script}</script>
</body>
</html>
`;
  cached = { html, csp, script, style };
  return cached;
}
