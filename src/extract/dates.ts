// Dates found in pages, to ISO 8601. We never invent a time zone: a local time without an offset
// stays without one, a bare date stays a date. Unparseable strings yield undefined (the raw string
// is kept by the caller either way).

const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z)?$/;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const MONTHS = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function fromParts(p: string[]): string | undefined {
  const [y, mo, d, h, mi, s, frac, zone] = p;
  if (!validDate(+y, +mo, +d)) return undefined;
  const date = `${y}-${mo}-${d}`;
  if (h === undefined) return date;
  if (+h > 23 || +mi > 59 || +(s ?? 0) > 60) return undefined;
  const local = `${date}T${h}:${mi}:${s ?? '00'}${frac ? '.' + frac.slice(0, 3).padEnd(3, '0') : ''}`;
  if (!zone) return local;
  if (/^z$/i.test(zone)) return `${local}Z`;
  const z = zone.replace(':', '');
  return `${local}${z.slice(0, 3)}:${z.length > 3 ? z.slice(3, 5) : '00'}`;
}

/** ISO 8601 form of a date string from a page, or undefined when it cannot be read. */
export function toIsoDate(raw: string): string | undefined {
  const s = raw.trim();
  if (!s || s.length > 100) return undefined;
  const iso = ISO_LIKE.exec(s);
  if (iso) return fromParts(iso.slice(1));
  const slashed = SLASHED.exec(s);
  if (slashed) return fromParts([slashed[1], pad(+slashed[2]), pad(+slashed[3])]);
  const compact = COMPACT.exec(s);
  if (compact) return fromParts(compact.slice(1));
  // Written dates ("Tue, 19 Nov 2019 10:48:00 GMT", "November 19, 2019 6:55 AM EST"): the JS
  // parser reads RFC 2822 and common English forms; we accept it only when a month name is there
  // and a zone is explicit (otherwise it would silently use the machine's zone).
  if (!MONTHS.test(s)) return undefined;
  const zoned = /\b(GMT|UTC|Z|[+-]\d{4})\b|\b(E|C|M|P)[SD]T\b/.test(s);
  const t = Date.parse(s.replace(/\bat\b/i, ' '));
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  if (zoned) return d.toISOString().replace('.000Z', 'Z');
  // No zone: keep the calendar date (and the wall-clock time when one was written).
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  if (!validDate(d.getFullYear(), d.getMonth() + 1, d.getDate())) return undefined;
  return /\d:\d\d/.test(s) ? `${date}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` : date;
}
