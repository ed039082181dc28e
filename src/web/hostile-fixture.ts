// Invented articles whose title, byline, outlet, text and links carry script and HTML payloads, told
// so that they share a claim (two outlets quote the same inspector; a third cites one of them). The
// byline of the HTML one comes from its <meta name="author">.
export const PAYLOADS = {
  script: '<script>alert("script")</script>',
  img: '<img src=x onerror=alert("img")>',
  js: 'javascript:alert("href")',
  svg: '"><svg onload=alert("svg")>',
};
const P = PAYLOADS;

const body = (outlet: string) => `Reservoir inspector warns of ${P.script} cracks

Chief inspector Mara Quell said on Tuesday that the Lowfen dam ${P.img} had not been inspected for eleven years and could fail within months.

"We found cracks in the spillway wall that nobody had measured since 2014," Quell told reporters at ${outlet}. She said her office would publish the full report ${P.svg} next week.

The Lowfen dam holds back the upper Marrow river above the town of Eastby, where about 12,000 people live.`;

export const HOSTILE_RECORDS = [
  { id: 'hostile-1', url: 'https://lowfen-post.example/dam', outlet: `Lowfen Post ${P.img}`, byline: `By ${P.script} Ana Vell`, title: `Dam not inspected in years ${P.script}`, published: '2025-06-03T08:00Z', text: body('the Lowfen Post') },
  { id: 'hostile-2', url: 'https://marrow-times.example/dam', outlet: 'Marrow Times', byline: P.svg, title: `Inspector: Lowfen dam ${P.img} could fail`, published: '2025-06-03T12:00Z',
    text: `Inspector: Lowfen dam ${P.img} could fail

The Lowfen dam ${P.img} had not been inspected for eleven years and could fail within months, chief inspector Mara Quell said on Tuesday.

Quell told reporters that her office had found cracks in the spillway wall ${P.script} and would publish a full report next week.

Eastby, below the dam, has about 12,000 residents.` },
  { id: 'hostile-3', url: 'https://eastby-daily.example/dam', outlet: 'Eastby Daily', title: `Lowfen dam "could fail within months" ${P.js}`, published: '2025-06-04T09:00Z',
    html: `<html><head><title>Lowfen dam "could fail within months"</title><meta name="author" content="${P.svg.replace(/"/g, '&quot;')} Ivo Brand"></head><body><article><h1>Lowfen dam "could fail within months" ${P.js.replace(/"/g, '&quot;')}</h1>
<p>The Lowfen dam had not been inspected for eleven years and could fail within months, chief inspector Mara Quell said on Tuesday, according to the <a href='javascript:alert("link")'>Lowfen Post</a>.</p>
<p>Residents of Eastby said they had not been told. &lt;script&gt;alert("escaped")&lt;/script&gt; <a href="https://example.org/report">The report</a> is due next week.</p></article></body></html>` },
];
