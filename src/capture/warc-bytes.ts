// A pull reader over a byte stream for the WARC parser: lines with a length limit, exact-length
// reads and skips, and the stream offset of the next unread byte. Only the unread part of the
// current chunk (plus at most one line) is buffered.

export class ByteReader {
  private readonly it: AsyncIterator<Uint8Array>;
  private buf: Buffer = Buffer.alloc(0);
  private ended = false;
  /** Stream offset of buf[0]: the next unread byte. */
  position = 0;

  constructor(
    source: AsyncIterable<Uint8Array>,
    private readonly signal?: AbortSignal,
  ) {
    this.it = source[Symbol.asyncIterator]();
  }

  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    // Checked per chunk, so that skipping a huge record can be stopped too.
    this.signal?.throwIfAborted();
    const next = await this.it.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    return true;
  }

  /** True when nothing is left. */
  async atEnd(): Promise<boolean> {
    while (this.buf.length === 0) if (!(await this.fill())) return true;
    return false;
  }

  /**
   * The next line including its "\n" (or the rest of the stream when it has none), null at the end,
   * or 'too-long' when no "\n" comes within maxBytes (nothing is consumed then).
   */
  async readLine(maxBytes: number): Promise<Buffer | null | 'too-long'> {
    let scanned = 0;
    for (;;) {
      const nl = this.buf.indexOf(0x0a, scanned);
      if (nl >= 0) {
        if (nl + 1 > maxBytes) return 'too-long';
        return this.take(nl + 1);
      }
      scanned = this.buf.length;
      if (scanned > maxBytes) return 'too-long';
      if (!(await this.fill())) return this.buf.length ? this.take(this.buf.length) : null;
    }
  }

  /** Exactly n bytes, or fewer when the stream ends first (the caller checks the length). */
  async read(n: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let got = 0;
    while (got < n) {
      if (this.buf.length === 0 && !(await this.fill())) break;
      const part = this.take(Math.min(n - got, this.buf.length));
      parts.push(part);
      got += part.length;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts, got);
  }

  /** Discard n bytes without keeping them; returns how many there were. */
  async skip(n: number): Promise<number> {
    let skipped = 0;
    while (skipped < n) {
      if (this.buf.length === 0 && !(await this.fill())) break;
      const step = Math.min(n - skipped, this.buf.length);
      this.buf = this.buf.subarray(step);
      this.position += step;
      skipped += step;
    }
    return skipped;
  }

  /** Stop the underlying stream (closes files, ends gunzip). */
  async close(): Promise<void> {
    this.buf = Buffer.alloc(0);
    await this.it.return?.();
  }

  private take(n: number): Buffer {
    // Copy, so a kept record does not pin the whole chunk it came in.
    const out = Buffer.from(this.buf.subarray(0, n));
    this.buf = this.buf.subarray(n);
    this.position += n;
    return out;
  }
}
