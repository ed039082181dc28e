// The capture stage: bytes in, safely. Files, stdin, JSONL batches and URLs become Captures
// (original bytes, SHA-256, capture time, origin); decodeCapture turns them into text.

export { blockedAddressReason, ipLiteral, parseIPv4, parseIPv6 } from './address.ts';
export { makeCapture, sha256Hex } from './capture.ts';
export { charsetOf, declaredCharset, decodeCapture, describeOrigin, type DecodedText } from './decode.ts';
export { CaptureError, type CaptureErrorCode, type CaptureErrorOptions } from './error.ts';
export { DEFAULT_USER_AGENT, fetchUrl, type FetchOptions, type ResolvedAddress } from './fetch.ts';
export { readFileCapture, readStdinCapture } from './file.ts';
export { jsonlRecords, type JsonlItem, type JsonlOptions, type JsonlRecord } from './jsonl.ts';
export { DEFAULT_LIMITS, formatBytes, resolveLimits, type CaptureLimits } from './limits.ts';
export { binaryKind, bomOf, sniffContentType } from './sniff.ts';
