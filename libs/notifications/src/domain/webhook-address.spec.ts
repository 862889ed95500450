import { isRefusedAddress, parseAllowedAddresses } from './webhook-address';

describe('webhook target addresses', () => {
  it.each([
    ['10.1.2.3', 'private 10/8'],
    ['172.16.0.1', 'private 172.16/12'],
    ['172.31.255.255', 'private 172.16/12, top'],
    ['192.168.1.1', 'private 192.168/16'],
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback 127/8'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['0.0.0.0', 'unspecified'],
    ['100.64.0.1', 'carrier-grade NAT 100.64/10'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved 240/4'],
    ['198.18.0.1', 'benchmarking'],
    ['192.0.2.1', 'documentation'],
    ['::1', 'IPv6 loopback'],
    ['[::1]', 'IPv6 loopback in brackets'],
    ['::', 'IPv6 unspecified'],
    ['fc00::1', 'unique-local fc00::/7'],
    ['fd12:3456::1', 'unique-local fd00::/8'],
    ['fe80::1', 'link-local fe80::/10'],
    ['fe80::1%eth0', 'link-local with a zone'],
    ['ff02::1', 'IPv6 multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback, hex form'],
    ['::ffff:8.8.8.8', 'IPv4-mapped, even of a public address'],
    ['::7f00:1', 'IPv4-compatible (deprecated)'],
    ['64:ff9b::a00:1', 'NAT64 of 10.0.0.1'],
    ['64:ff9b::808:808', 'NAT64, even of a public address'],
    ['2002:7f00:1::1', '6to4 of loopback'],
    ['2001::1', 'Teredo'],
    ['2001:db8::1', 'documentation'],
    ['not-an-address', 'garbage'],
  ])('%s is refused (%s)', (ip) => expect(isRefusedAddress(ip)).toBe(true));

  it.each(['8.8.8.8', '193.51.24.1', '172.32.0.1', '100.128.0.1', '2001:4860:4860::8888', '2a01:e0a::1'])('%s is allowed', (ip) => expect(isRefusedAddress(ip)).toBe(false));

  it('lets an operator allow named addresses and blocks, and nothing around them', () => {
    const allowed = parseAllowedAddresses('127.0.0.1, 10.20.0.0/16, fd00::5');
    expect(isRefusedAddress('127.0.0.1', allowed)).toBe(false);
    expect(isRefusedAddress('127.0.0.2', allowed)).toBe(true);
    expect(isRefusedAddress('10.20.3.4', allowed)).toBe(false);
    expect(isRefusedAddress('10.21.0.1', allowed)).toBe(true);
    expect(isRefusedAddress('fd00::5', allowed)).toBe(false);
    expect(isRefusedAddress('::ffff:127.0.0.1', allowed)).toBe(true);
    expect(isRefusedAddress('::1', allowed)).toBe(true);
  });

  it('refuses a malformed allowance', () => {
    expect(() => parseAllowedAddresses('localhost')).toThrow();
    expect(() => parseAllowedAddresses('10.0.0.0/99')).toThrow();
    expect(parseAllowedAddresses('')).toEqual([]);
  });
});
