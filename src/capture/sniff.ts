// What kind of bytes are these? Magic numbers first (a .html file that is really gzip is gzip), then
// the file extension, then a look at the text itself.

interface Magic {
  kind: string;
  mime: string;
  /** Byte values at offset `at` (default 0); null matches any byte. */
  bytes: (number | null)[];
  at?: number;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const MAGICS: Magic[] = [
  { kind: 'gzip', mime: 'application/gzip', bytes: [0x1f, 0x8b] },
  { kind: 'zip', mime: 'application/zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'zip', mime: 'application/zip', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'PDF', mime: 'application/pdf', bytes: ascii('%PDF-') },
  { kind: 'PNG', mime: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'JPEG', mime: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF', mime: 'image/gif', bytes: ascii('GIF8') },
  { kind: 'WebP', mime: 'image/webp', bytes: ascii('WEBP'), at: 8 },
  { kind: 'bzip2', mime: 'application/x-bzip2', bytes: ascii('BZh') },
  { kind: 'xz', mime: 'application/x-xz', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { kind: 'zstd', mime: 'application/zstd', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { kind: '7z', mime: 'application/x-7z-compressed', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'ELF', mime: 'application/x-executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: 'WebAssembly', mime: 'application/wasm', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { kind: 'SQLite', mime: 'application/vnd.sqlite3', bytes: ascii('SQLite format 3\0') },
];

function magicOf(bytes: Uint8Array): Magic | undefined {
  return MAGICS.find((m) => {
    const at = m.at ?? 0;
    if (bytes.length < at + m.bytes.length) return false;
    return m.bytes.every((b, i) => b === null || bytes[at + i] === b);
  });
}

/** A byte-order mark, if the bytes start with one. UTF-32 BOMs are not text we read. */
export function bomOf(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) {
    return { encoding: 'utf-16le', length: 2 };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * Why these bytes are not text: a known format ("gzip", "PNG") or "binary" for NUL bytes or many
 * control characters near the start. null when they may be text. Call after BOM detection: UTF-16
 * text is full of NUL bytes.
 */
export function binaryKind(bytes: Uint8Array, scanBytes = 1024): string | null {
  const magic = magicOf(bytes);
  if (magic) return magic.kind;
  const n = Math.min(bytes.length, scanBytes);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary';
    // Tab, LF, FF, CR and ESC (ISO-2022-JP uses it) occur in real text; other C0 controls and DEL do not.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.1 ? 'binary' : null;
}

const BY_EXTENSION: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  xhtml: 'application/xhtml+xml',
  shtml: 'text/html',
  txt: 'text/plain',
  text: 'text/plain',
  md: 'text/plain',
  jsonl: 'application/jsonl',
  ndjson: 'application/jsonl',
  json: 'application/json',
};

export const CONTENT_TYPES = {
  html: 'text/html',
  text: 'text/plain',
  jsonl: 'application/jsonl',
  json: 'application/json',
  binary: 'application/octet-stream',
} as const;

/** Content type from the name (when there is one) and the bytes: html, plain text, jsonl, json or binary. */
export function sniffContentType(bytes: Uint8Array, name?: string): string {
  const magic = magicOf(bytes);
  if (magic) return magic.mime;
  const bom = bomOf(bytes);
  if (!bom && binaryKind(bytes)) return CONTENT_TYPES.binary;
  const ext = name?.match(/\.([a-z0-9]+)$/i)?.[1]?.toLowerCase();
  if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext];
  // Structure is ASCII, so a byte-for-byte (latin1) view of the start is enough, except for UTF-16.
  const head =
    bom && bom.encoding !== 'utf-8'
      ? new TextDecoder(bom.encoding).decode(bytes.subarray(0, 65536))
      : new TextDecoder('latin1').decode(bytes.subarray(bom?.length ?? 0, 65536));
  if (looksLikeHtml(head)) return CONTENT_TYPES.html;
  const start = head.trimStart();
  if (start.startsWith('{') && looksLikeJsonl(start)) return CONTENT_TYPES.jsonl;
  if (start.startsWith('{') || start.startsWith('[')) return CONTENT_TYPES.json;
  return CONTENT_TYPES.text;
}

function looksLikeHtml(head: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|h[1-6])[\s>/]/i.test(head);
}

/** A first line that is a whole JSON value, followed by another line starting an object. */
function looksLikeJsonl(start: string): boolean {
  const nl = start.indexOf('\n');
  if (nl < 0) return false;
  try {
    JSON.parse(start.slice(0, nl));
  } catch {
    return false;
  }
  return /^\s*\{/.test(start.slice(nl + 1));
}
