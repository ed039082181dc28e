import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blockedAddressReason, ipLiteral, parseIPv4, parseIPv6 } from './address.ts';

const BLOCKED: [string, string][] = [
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['0.0.0.0', 'this network'],
  ['10.1.2.3', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['192.168.1.1', 'private'],
  ['100.64.0.1', 'carrier-grade NAT'],
  ['100.127.255.255', 'carrier-grade NAT'],
  ['100.100.100.200', 'carrier-grade NAT'], // Alibaba Cloud metadata
  ['169.254.169.254', 'cloud metadata'],
  ['169.254.1.1', 'link-local'],
  ['168.63.129.16', 'cloud metadata'],
  ['192.0.0.192', 'IETF protocol assignments'], // Oracle Cloud metadata
  ['192.0.2.10', 'documentation'],
  ['198.18.0.1', 'benchmarking'],
  ['224.0.0.251', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['240.0.0.1', 'reserved'],
  ['255.255.255.255', 'reserved'],
  // Numeric, hex and octal host forms (what inet_aton and the URL parser accept).
  ['2130706433', 'loopback'],
  ['0x7f000001', 'loopback'],
  ['0x7f.1', 'loopback'],
  ['127.1', 'loopback'],
  ['0177.0.0.1', 'loopback'],
  ['017700000001', 'loopback'],
  ['0xa9.0xfe.0xa9.0xfe', 'cloud metadata'],
  ['3232235777', 'private'],
  ['0', 'this network'],
  // IPv6.
  ['::1', 'loopback'],
  ['[::1]', 'loopback'],
  ['0:0:0:0:0:0:0:1', 'loopback'],
  ['::', 'unspecified'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local'],
  ['FEBF::1', 'link-local'],
  ['fec0::1', 'site-local'],
  ['fc00::1', 'unique-local'],
  ['fd12:3456:789a::1', 'unique-local'],
  ['fd00:ec2::254', 'cloud metadata'],
  ['ff02::1', 'multicast'],
  ['2001:db8::1', 'documentation'],
  ['2001::1', 'IETF protocol assignments'], // Teredo
  ['100::1', 'discard-only'],
  ['64:ff9b:1::1', 'local-use NAT64'],
  ['::2', 'IPv4-compatible (deprecated)'],
  ['::7f00:1', 'IPv4-compatible (deprecated)'],
  ['4000::1', 'not global unicast'],
  // IPv4 inside IPv6.
  ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
  ['::ffff:7f00:1', 'IPv4-mapped loopback'],
  ['[::ffff:7f00:0001]', 'IPv4-mapped loopback'],
  ['0:0:0:0:0:ffff:a9fe:a9fe', 'IPv4-mapped cloud metadata'],
  ['::FFFF:10.0.0.1', 'IPv4-mapped private'],
  ['::ffff:0:7f00:1', 'IPv4-translated'],
  ['64:ff9b::127.0.0.1', 'NAT64 loopback'],
  ['64:ff9b::c0a8:101', 'NAT64 private'],
  ['2002:7f00:1::1', '6to4 loopback'],
  ['2002:a9fe:a9fe::', '6to4 cloud metadata'],
  // Not addresses at all.
  ['localhost', 'not an IP address'],
  ['1.2.3.4.5', 'not an IP address'],
  ['256.1.1.1', 'not an IP address'],
  ['0x1g', 'not an IP address'],
  ['', 'not an IP address'],
];

const PUBLIC = ['8.8.8.8', '1.1.1.1', '93.184.216.34', '172.32.0.1', '100.128.0.1', '169.255.0.1', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1', '134744072'];

for (const [address, reason] of BLOCKED) {
  test(`blocks ${address || '(empty)'} as ${reason}`, () => {
    assert.equal(blockedAddressReason(address), reason);
  });
}

test('public addresses pass', () => {
  for (const address of PUBLIC) assert.equal(blockedAddressReason(address), null, address);
});

test('parseIPv4 follows the WHATWG URL number forms', () => {
  assert.deepEqual(parseIPv4('192.168.0x1.01'), [192, 168, 1, 1]);
  assert.deepEqual(parseIPv4('10.0x10203'), [10, 1, 2, 3]);
  assert.deepEqual(parseIPv4('1.2.3.4.'), [1, 2, 3, 4]);
  assert.deepEqual(parseIPv4('0x'), [0, 0, 0, 0]);
  assert.equal(parseIPv4('4294967296'), null);
  assert.equal(parseIPv4('1.2.65536'), null);
  assert.equal(parseIPv4('08.1.1.1'), null);
  assert.equal(parseIPv4('example.com'), null);
});

test('parseIPv6 expands compressed forms and embedded IPv4', () => {
  assert.deepEqual(parseIPv6('1::2:3.4.5.6'), [1, 0, 0, 0, 0, 2, 0x304, 0x506]);
  assert.deepEqual(parseIPv6('::ffff:1.2.3.4'), [0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
  assert.deepEqual(parseIPv6('1:2:3:4:5:6:7:8'), [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.deepEqual(parseIPv6('1::'), [1, 0, 0, 0, 0, 0, 0, 0]);
  assert.equal(parseIPv6('1:::2'), null);
  assert.equal(parseIPv6('127.0.0.1'), null);
});

test('ipLiteral tells IP hosts from names', () => {
  assert.deepEqual(ipLiteral('[::1]'), { address: '::1', family: 6 });
  assert.deepEqual(ipLiteral('0x7f.1'), { address: '127.0.0.1', family: 4 });
  assert.equal(ipLiteral('news.example'), null);
});
