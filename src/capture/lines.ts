// Splitting a byte stream into lines in constant memory: only the current line is ever buffered,
// and a line longer than the limit is skipped to its end without being kept.

export type RawLine =
  | { line: number; offset: number; bytes: Uint8Array; tooLong?: undefined }
  | { line: number; offset: number; bytes?: undefined; tooLong: true; length: number };

/**
 * Lines of a byte stream, 1-based, with the byte offset where each starts. "\n" and "\r\n" both end
 * a line; a UTF-8 byte-order mark at the start of the stream is dropped.
 */
export async function* splitLines(source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<RawLine> {
  let parts: Uint8Array[] = [];
  let length = 0; // bytes of the current line seen so far (kept or not)
  let skipping = false;
  let line = 1;
  let lineStart = 0;
  let position = 0; // offset in the stream of the start of the current chunk
  let first = true;

  const finish = (): RawLine => {
    if (skipping) return { line, offset: lineStart, tooLong: true, length };
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
    if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    return { line, offset: lineStart, bytes };
  };
  const append = (piece: Uint8Array): void => {
    length += piece.length;
    if (skipping) return;
    if (length > maxLineBytes) {
      skipping = true;
      parts = [];
      return;
    }
    if (piece.length) parts.push(piece);
  };

  for await (const raw of source) {
    let chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    if (first && chunk.length) {
      first = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        chunk = chunk.subarray(3);
        position = lineStart = 3;
      }
    }
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      append(chunk.subarray(from, nl));
      yield finish();
      line++;
      lineStart = position + nl + 1;
      parts = [];
      length = 0;
      skipping = false;
      from = nl + 1;
    }
    // The rest of the chunk belongs to a line that continues; copy it so the chunk can be freed.
    if (from < chunk.length) append(Uint8Array.prototype.slice.call(chunk, from));
    position += chunk.length;
  }
  if (length > 0 || skipping) yield finish();
}
