// Limits for the archive and feed readers, on top of the capture limits in limits.ts. Archives come
// from strangers: every count, size, ratio and depth that grows with the input has a ceiling here.

import { DEFAULT_LIMITS, resolveLimits, type CaptureLimits } from './limits.ts';

export interface ArchiveLimits extends CaptureLimits {
  /** Largest WARC record block kept in memory (a page); bigger records are reported and skipped. */
  maxRecordBytes: number;
  /** Largest WARC or HTTP header section of one record. */
  maxHeaderBytes: number;
  /** Records read from one WARC before giving up on the rest. */
  maxRecords: number;
  /** Bytes a compressed archive (or one zip entry) may inflate to, all records together. */
  maxDecompressedBytes: number;
  /** Inflated / compressed above this is a bomb, once past maxRatioFloorBytes (HTML compresses ~5–15×). */
  maxCompressionRatio: number;
  /** Below this many inflated bytes the ratio is not checked (tiny inputs have silly ratios). */
  ratioFloorBytes: number;
  /** Entries in a zip (WACZ) central directory. */
  maxZipEntries: number;
  /** Sum of the declared uncompressed sizes of the zip entries we read. */
  maxZipTotalBytes: number;
  /** Items or entries read from one feed. */
  maxFeedItems: number;
  /** Entity expansions in one feed (billion-laughs guard). */
  maxEntityExpansions: number;
  /** Folder depth of a walk below the folder given. */
  maxWalkDepth: number;
  /** Files a single folder or glob argument may yield. */
  maxWalkFiles: number;
}

const MB = 1024 * 1024;
const GB = 1024 * MB;

export const DEFAULT_ARCHIVE_LIMITS: Readonly<ArchiveLimits> = Object.freeze({
  ...DEFAULT_LIMITS,
  maxRecordBytes: 50 * MB,
  maxHeaderBytes: 64 * 1024,
  maxRecords: 10_000_000,
  maxDecompressedBytes: 64 * GB,
  maxCompressionRatio: 200,
  ratioFloorBytes: 16 * MB,
  maxZipEntries: 100_000,
  maxZipTotalBytes: 64 * GB,
  maxFeedItems: 10_000,
  maxEntityExpansions: 10_000,
  maxWalkDepth: 32,
  maxWalkFiles: 1_000_000,
});

/** The defaults with the caller's overrides, validated the way resolveLimits validates its own. */
export function resolveArchiveLimits(overrides: Partial<ArchiveLimits> = {}): ArchiveLimits {
  const own: Partial<ArchiveLimits> = {};
  const base: Partial<CaptureLimits> = {};
  for (const [key, value] of Object.entries(overrides) as [keyof ArchiveLimits, unknown][]) {
    if (value === undefined) continue;
    if (Object.hasOwn(DEFAULT_LIMITS, key)) {
      (base as Record<string, unknown>)[key] = value;
      continue;
    }
    if (!Object.hasOwn(DEFAULT_ARCHIVE_LIMITS, key)) throw new TypeError(`Unknown archive limit \`${key}\``);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || !Number.isInteger(value)) {
      throw new TypeError(`Archive limit \`${key}\` must be a non-negative integer, got ${String(value)}`);
    }
    (own as Record<string, number>)[key] = value;
  }
  return { ...DEFAULT_ARCHIVE_LIMITS, ...resolveLimits(base), ...own };
}

/** Only the capture limits, for functions that reject keys they do not know (decodeCapture, fetchUrl). */
export function captureLimitsOf(limits: Partial<ArchiveLimits>): Partial<CaptureLimits> {
  const out: Partial<CaptureLimits> = {};
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof CaptureLimits)[]) if (limits[key] !== undefined) out[key] = limits[key];
  return out;
}
