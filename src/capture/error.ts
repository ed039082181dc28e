// Unusable input is an exception that says where: "article.html: invalid UTF-8 at byte 1234",
// "batch.jsonl:12: missing \"id\"". Problems *inside* usable content are Messages, not this.

export type CaptureErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'invalid-encoding'
  | 'unknown-encoding'
  | 'invalid-json'
  | 'invalid-record'
  | 'line-too-long'
  | 'bad-url'
  | 'blocked-address'
  | 'dns'
  | 'network'
  | 'proxy'
  | 'timeout'
  | 'too-many-redirects'
  | 'http-status';

export interface CaptureErrorOptions {
  /** File path, URL, or "stdin". */
  input: string;
  code: CaptureErrorCode;
  /** 1-based line, for line-oriented input (JSONL). */
  line?: number;
  /** 0-based offset into the input's bytes (the whole file, not the line). */
  byteOffset?: number;
  cause?: unknown;
}

export class CaptureError extends Error {
  override name = 'CaptureError';
  readonly input: string;
  readonly code: CaptureErrorCode;
  readonly line?: number;
  readonly byteOffset?: number;
  /** The message without the "input:line: " prefix, for tables that show the input separately. */
  readonly reason: string;

  constructor(reason: string, options: CaptureErrorOptions) {
    const where = options.line === undefined ? options.input : `${options.input}:${options.line}`;
    super(`${where}: ${reason}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = reason;
    this.input = options.input;
    this.code = options.code;
    if (options.line !== undefined) this.line = options.line;
    if (options.byteOffset !== undefined) this.byteOffset = options.byteOffset;
  }
}
