// Every reader of hostile input has a size and time limit. They live here, in one place, so the CLI
// and the server can show and override them; callers pass a Partial and get the rest filled in.

export interface CaptureLimits {
  /** Largest file readFileCapture accepts. Real articles and saved pages are a few MB at most. */
  maxFileBytes: number;
  /** Largest input read from stdin. */
  maxStdinBytes: number;
  /** Largest response body fetchUrl accepts, counted both on the wire and after decompression. */
  maxFetchBytes: number;
  /** Whole fetch, all redirects included, in milliseconds. */
  fetchTimeoutMs: number;
  /** Redirects followed before fetchUrl gives up. */
  maxRedirects: number;
  /** Longest single JSONL line; a longer line is reported as that record's error and skipped. */
  maxJsonlLineBytes: number;
  /** How far into an HTML page we look for <meta charset> (the HTML spec prescans 1024 bytes). */
  charsetScanBytes: number;
  /** How much of the start of the input the binary-data check looks at. */
  binaryScanBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<CaptureLimits> = Object.freeze({
  maxFileBytes: 50 * MB,
  maxStdinBytes: 50 * MB,
  maxFetchBytes: 20 * MB,
  fetchTimeoutMs: 30_000,
  maxRedirects: 5,
  maxJsonlLineBytes: 20 * MB,
  charsetScanBytes: 8192,
  binaryScanBytes: 1024,
});

/** The defaults with the caller's overrides; rejects nonsense so a typo cannot disable a limit. */
export function resolveLimits(overrides: Partial<CaptureLimits> = {}): CaptureLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(overrides) as [keyof CaptureLimits, unknown][]) {
    if (value === undefined) continue;
    if (!Object.hasOwn(DEFAULT_LIMITS, key)) throw new TypeError(`Unknown capture limit \`${key}\``);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || !Number.isInteger(value)) {
      throw new TypeError(`Capture limit \`${key}\` must be a non-negative integer, got ${String(value)}`);
    }
    limits[key] = value;
  }
  return limits;
}

/** "20 MB", "512 bytes": sizes in limit messages. */
export function formatBytes(n: number): string {
  if (n >= MB && n % MB === 0) return `${n / MB} MB`;
  if (n >= MB) return `${(n / MB).toFixed(1)} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} bytes`;
}
