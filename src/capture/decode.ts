// Bytes to text, with the encoding detected rather than assumed, in the order browsers use:
// byte-order mark, then the HTTP Content-Type charset, then <meta charset> (or an XML declaration)
// near the top of an HTML page, else UTF-8. Decoding is fatal: bad bytes are reported with their
// offset, never silently replaced with U+FFFD.

import type { Capture, Message, Origin } from '../types.ts';
import { CaptureError } from './error.ts';
import { resolveLimits, type CaptureLimits } from './limits.ts';
import { binaryKind, bomOf } from './sniff.ts';
import { findInvalidUtf8, findUndecodable } from './utf8.ts';

export interface DecodedText {
  text: string;
  encoding: { name: string; from: NonNullable<Capture['encoding']>['from'] };
  /** Things worth telling the user that did not stop decoding (an unknown charset label, ...). */
  messages: Message[];
}

/** How errors name an input: its path, URL or "stdin", and a line for JSONL records. */
export function describeOrigin(origin: Origin): { input: string; line?: number } {
  switch (origin.kind) {
    case 'file':
      return { input: origin.path };
    case 'stdin':
      return { input: 'stdin' };
    case 'url':
      return { input: origin.finalUrl || origin.url };
    case 'jsonl':
      return { input: origin.path, line: origin.line };
  }
}

/** The charset parameter of a Content-Type value, if any. */
export function charsetOf(contentType: string | undefined): string | null {
  const m = contentType?.match(/;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i);
  const label = (m?.[1] ?? m?.[2] ?? '').trim();
  return label || null;
}

/** The charset an HTML page (or XML document) declares in its first bytes. */
export function declaredCharset(head: string): string | null {
  const xml = head.match(/^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/i);
  if (xml) return xml[1]!;
  const visible = head.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const tag of visible.matchAll(/<meta\b([^>]*)>?/gi)) {
    const attrs = new Map<string, string>();
    for (const a of tag[1]!.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
      const name = a[1]!.toLowerCase();
      if (!attrs.has(name)) attrs.set(name, a[2] ?? a[3] ?? a[4] ?? '');
    }
    const charset = attrs.get('charset')?.trim();
    if (charset) return charset;
    if (attrs.get('http-equiv')?.trim().toLowerCase() === 'content-type') {
      const fromContent = charsetOf(attrs.get('content'));
      if (fromContent) return fromContent;
    }
  }
  return null;
}

function isHtml(capture: Capture, bytes: Uint8Array): boolean {
  const type = capture.contentType?.toLowerCase() ?? '';
  if (type.includes('html') || type.includes('xml')) return true;
  if (type) return false;
  return /^\s*</.test(new TextDecoder('latin1').decode(bytes.subarray(0, 256)));
}

/** The encoding a label names, as TextDecoder spells it, or null when the label is unknown. */
function encodingFor(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

const DECLARED_BY = { bom: 'byte-order mark', header: 'Content-Type header', meta: 'page', json: 'JSON input' } as const;

const displayName = (encoding: string): string => (encoding.startsWith('utf-') ? encoding.toUpperCase() : encoding);

/** Decode a capture's bytes to text. Throws CaptureError for empty, binary or undecodable input. */
export function decodeCapture(capture: Capture, overrides: Partial<CaptureLimits> = {}): DecodedText {
  const limits = resolveLimits(overrides);
  const where = describeOrigin(capture.origin);
  const fail = (reason: string, code: CaptureError['code'], byteOffset?: number): CaptureError =>
    new CaptureError(reason, { ...where, code, ...(byteOffset === undefined ? {} : { byteOffset }) });

  if (capture.decoded !== undefined) {
    if (capture.decoded.trim() === '') throw fail('empty', 'empty');
    return { text: capture.decoded, encoding: capture.encoding ?? { name: 'utf-8', from: 'json' }, messages: [] };
  }

  const bytes = capture.bytes;
  const bom = bomOf(bytes);
  if (bytes.length === 0 || (bom && bytes.length === bom.length)) throw fail('empty', 'empty');
  if (!bom) {
    const kind = binaryKind(bytes, limits.binaryScanBytes);
    if (kind) throw fail(`looks like binary ${kind === 'binary' ? '' : `(${kind}) `}data, not an article`, 'binary');
  }

  const messages: Message[] = [];
  let choice: DecodedText['encoding'] | null = bom ? { name: bom.encoding, from: 'bom' } : null;
  const consider = (label: string | null, from: 'header' | 'meta'): void => {
    if (choice || !label) return;
    let name = encodingFor(label);
    if (!name) {
      messages.push({
        reason: `unknown charset "${label}" declared in the ${from === 'header' ? 'Content-Type header' : 'page'}; ignored`,
        rule: 'capture:unknown-charset',
        severity: 'warning',
      });
      return;
    }
    // A page cannot declare itself UTF-16 in ASCII-compatible bytes (HTML spec: use UTF-8 instead).
    if (from === 'meta' && name.startsWith('utf-16')) name = 'utf-8';
    if (from === 'meta' && name === 'x-user-defined') name = 'windows-1252';
    choice = { name, from };
  };
  consider(charsetOf(capture.contentType), 'header');
  if (!choice && isHtml(capture, bytes)) {
    consider(declaredCharset(new TextDecoder('latin1').decode(bytes.subarray(0, limits.charsetScanBytes))), 'meta');
  }
  const encoding: DecodedText['encoding'] = choice ?? { name: 'utf-8', from: 'default' };

  let text: string;
  try {
    text = new TextDecoder(encoding.name, { fatal: true }).decode(bytes);
  } catch {
    const bad =
      (encoding.name === 'utf-8' ? findInvalidUtf8(bytes) : findUndecodable(bytes, encoding.name)) ??
      { offset: 0, truncated: false };
    const declared =
      encoding.from === 'default' ? '' : ` (as declared by the ${DECLARED_BY[encoding.from]})`;
    const what = bad.truncated ? 'truncated' : 'invalid';
    const tail = bad.truncated ? '; the input ends mid-character' : '';
    throw fail(`${what} ${displayName(encoding.name)} at byte ${bad.offset}${declared}${tail}`, 'invalid-encoding', bad.offset);
  }
  if (text.trim() === '') throw fail('empty (only whitespace)', 'empty');
  return { text, encoding, messages };
}
