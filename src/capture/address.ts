// Which IP addresses a fetch may reach. Everything that is not public unicast is refused: private,
// loopback, link-local, unique-local, CGNAT, multicast, documentation, reserved, cloud metadata,
// and IPv6 forms that embed such an IPv4 address (mapped, NAT64, 6to4).

import { isIPv4, isIPv6 } from 'node:net';

type Range = [prefix: number[], bits: number, reason: string];

const V4_BLOCKED: Range[] = [
  [[0, 0, 0, 0], 8, 'this network'],
  [[10, 0, 0, 0], 8, 'private'],
  [[100, 64, 0, 0], 10, 'carrier-grade NAT'],
  [[127, 0, 0, 0], 8, 'loopback'],
  [[169, 254, 169, 254], 32, 'cloud metadata'],
  [[169, 254, 0, 0], 16, 'link-local'],
  [[172, 16, 0, 0], 12, 'private'],
  [[192, 0, 0, 0], 24, 'IETF protocol assignments'],
  [[192, 0, 2, 0], 24, 'documentation'],
  [[192, 88, 99, 0], 24, '6to4 relay'],
  [[192, 168, 0, 0], 16, 'private'],
  [[198, 18, 0, 0], 15, 'benchmarking'],
  [[198, 51, 100, 0], 24, 'documentation'],
  [[203, 0, 113, 0], 24, 'documentation'],
  [[168, 63, 129, 16], 32, 'cloud metadata'], // Azure's wire server is a public address
  [[224, 0, 0, 0], 4, 'multicast'],
  [[240, 0, 0, 0], 4, 'reserved'], // includes 255.255.255.255 broadcast
];

// IPv6 prefixes as 16-bit groups. Checked before the "not global unicast" rule.
const V6_BLOCKED: Range[] = [
  [[0, 0, 0, 0, 0, 0, 0, 0], 128, 'unspecified'],
  [[0, 0, 0, 0, 0, 0, 0, 1], 128, 'loopback'],
  [[0xfd00, 0x0ec2, 0, 0, 0, 0, 0, 0x0254], 128, 'cloud metadata'], // AWS IMDS over IPv6
  [[0x64, 0xff9b, 1], 48, 'local-use NAT64'],
  [[0x100, 0, 0, 0], 64, 'discard-only'],
  [[0x2001, 0], 23, 'IETF protocol assignments'], // Teredo, benchmarking, ORCHID, ...
  [[0x2001, 0x0db8], 32, 'documentation'],
  [[0x3fff, 0], 20, 'documentation'],
  [[0xfc00], 7, 'unique-local'],
  [[0xfe80], 10, 'link-local'],
  [[0xfec0], 10, 'site-local'],
  [[0xff00], 8, 'multicast'],
];

function inRange(value: number[], prefix: number[], bits: number, width: number): boolean {
  for (let i = 0; bits > 0; i++, bits -= width) {
    const mask = bits >= width ? (1 << width) - 1 : ((1 << width) - 1) ^ ((1 << (width - bits)) - 1);
    if (((value[i] ?? 0) & mask) !== ((prefix[i] ?? 0) & mask)) return false;
  }
  return true;
}

/**
 * An IPv4 host the way the WHATWG URL parser (and inet_aton) reads it: 1 to 4 parts, each decimal,
 * 0x-hex or 0-octal, the last filling the remaining bytes ("127.1", "0x7f000001", "017700000001").
 */
export function parseIPv4(host: string): number[] | null {
  const parts = host.endsWith('.') ? host.slice(0, -1).split('.') : host.split('.');
  if (parts.length < 1 || parts.length > 4) return null;
  const nums: number[] = [];
  for (const p of parts) {
    let n: number;
    if (/^0x[0-9a-f]*$/i.test(p)) n = p.length === 2 ? 0 : parseInt(p.slice(2), 16);
    else if (/^0[0-7]+$/.test(p)) n = parseInt(p.slice(1), 8);
    else if (/^(?:0|[1-9][0-9]*)$/.test(p)) n = Number(p);
    else return null;
    nums.push(n);
  }
  const last = nums.pop()!;
  if (nums.some((n) => n > 255) || last >= 256 ** (4 - nums.length)) return null;
  const bytes = [...nums];
  for (let i = 3 - nums.length; i >= 0; i--) bytes.push(Math.floor(last / 256 ** i) % 256);
  return bytes;
}

/** An IPv6 address as eight 16-bit groups; brackets and a zone ("%eth0") are allowed. */
export function parseIPv6(host: string): number[] | null {
  const addr = host.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  if (!isIPv6(addr)) return null;
  let tail: number[] = [];
  let text = addr;
  const v4 = addr.match(/^(.*:)(\d+\.\d+\.\d+\.\d+)$/);
  if (v4) {
    const b = v4[2]!.split('.').map(Number);
    tail = [(b[0]! << 8) | b[1]!, (b[2]! << 8) | b[3]!];
    text = v4[1]!.endsWith('::') ? v4[1]! : v4[1]!.slice(0, -1);
  }
  const [head, rest] = text.split('::') as [string, string | undefined];
  const groups = (s: string): number[] => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const left = groups(head);
  const right = [...groups(rest ?? ''), ...tail];
  if (rest === undefined) return [...left, ...tail];
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

function v4Reason(bytes: number[]): string | null {
  for (const [prefix, bits, reason] of V4_BLOCKED) if (inRange(bytes, prefix, bits, 8)) return reason;
  return null;
}

const embedded = (g: number[], at: number): number[] => [g[at]! >> 8, g[at]! & 0xff, g[at + 1]! >> 8, g[at + 1]! & 0xff];

function v6Reason(g: number[]): string | null {
  const zeros = (n: number): boolean => g.slice(0, n).every((x) => x === 0);
  // IPv4 inside IPv6: judge the IPv4 address it reaches.
  if (zeros(5) && g[5] === 0xffff) return prefixed('IPv4-mapped', v4Reason(embedded(g, 6)));
  if (zeros(4) && g[4] === 0xffff && g[5] === 0) return 'IPv4-translated';
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return prefixed('NAT64', v4Reason(embedded(g, 6)));
  if (g[0] === 0x2002) return prefixed('6to4', v4Reason(embedded(g, 1)));
  for (const [prefix, bits, reason] of V6_BLOCKED) if (inRange(g, prefix, bits, 16)) return reason;
  if (zeros(6)) return 'IPv4-compatible (deprecated)';
  if ((g[0]! & 0xe000) !== 0x2000) return 'not global unicast';
  return null;
}

const prefixed = (kind: string, reason: string | null): string | null => (reason ? `${kind} ${reason}` : null);

/**
 * Why a fetch must not connect to this address ("loopback", "private", "IPv4-mapped loopback", ...),
 * or null when it is a public address. Anything that is not an IP address is refused as "not an IP address".
 */
export function blockedAddressReason(address: string): string | null {
  const host = address.trim().toLowerCase();
  if (isIPv4(host)) return v4Reason(host.split('.').map(Number));
  const v6 = parseIPv6(host);
  if (v6) return v6Reason(v6);
  const v4 = parseIPv4(host);
  if (v4) return v4Reason(v4);
  return 'not an IP address';
}

/** Whether a host (from a URL) is an IP literal rather than a name to resolve. */
export function ipLiteral(host: string): { address: string; family: 4 | 6 } | null {
  const h = host.toLowerCase();
  const v6 = h.replace(/^\[(.*)\]$/, '$1');
  if (isIPv6(v6.replace(/%.*$/, ''))) return { address: v6, family: 6 };
  const v4 = parseIPv4(h);
  return v4 ? { address: v4.join('.'), family: 4 } : null;
}
