// The report's only stylesheet, inline (the page loads nothing). System fonts only; prints in black on
// white with graphs kept whole on a page where they fit.
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1180px; padding: 24px 28px 48px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1b1f24; background: #fff; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #1f4e8c; }
h3 { font-size: 15px; margin: 0 0 6px; }
header .meta { color: #4a5565; margin: 0; }
.counts { display: flex; flex-wrap: wrap; gap: 8px 22px; margin: 12px 0 0; padding: 0; list-style: none; }
.counts li b { font-size: 18px; margin-right: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
td:first-child { white-space: nowrap; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid #dde1e7; }
th { background: #f3f5f8; font-weight: 600; }
table.claims td:nth-child(2) { width: 42%; min-width: 16em; }
table.articles td:nth-child(3) { min-width: 12em; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.drift { color: #c0161b; font-weight: 600; }
.muted { color: #6a7483; }
.hash { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 11px; word-break: break-all; }
.url { word-break: break-all; }
a { color: #1f4e8c; }
.claim { margin: 18px 0 26px; padding: 12px 14px; border: 1px solid #dde1e7; border-radius: 6px; }
.claim .stats { margin: 0 0 8px; color: #4a5565; }
.claim ul.notes { margin: 6px 0 0; padding-left: 18px; }
.scroll { overflow-x: auto; }
svg text { font: 11px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; fill: #1b1f24; }
svg text.n1 { font-weight: 600; }
svg text.n2 { fill: #3d4653; }
svg text.dl { font-weight: 700; fill: #c0161b; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
svg.graph, svg.timeline, svg.legend { max-width: 100%; height: auto; display: block; }
.method p, .method li { max-width: 80ch; }
footer { margin-top: 36px; color: #6a7483; font-size: 12px; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  .claim, svg, tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  .scroll { overflow: visible; }
  a { color: inherit; text-decoration: none; }
}
@page { margin: 14mm; }
`;
