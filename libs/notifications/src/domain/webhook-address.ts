import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;
type Cidr = [Address, number];

/**
 * Addresses a webhook may reach: parsed to bytes by ipaddr.js, never by string tests. Only global unicast
 * passes: IPv4 outside every special range (private, loopback, link-local, carrier-grade NAT, unspecified,
 * broadcast, multicast, reserved, benchmarking…), IPv6 inside 2000::/3 and outside its special ranges
 * (Teredo, 6to4, NAT64 `64:ff9b::/96`, documentation…). IPv4-mapped, -compatible and -translated IPv6 forms
 * are refused outright, whatever IPv4 address they carry.
 */
export function isRefusedAddress(ip: string, allowed: readonly Cidr[] = []): boolean {
  let addr: Address;
  try {
    addr = ipaddr.parse(ip.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  } catch {
    return true;
  }
  if (allowed.some(([net, bits]) => net.kind() === addr.kind() && addr.match(net, bits))) return false;
  if (addr.kind() === 'ipv4') return addr.range() !== 'unicast';
  const v6 = addr as ipaddr.IPv6;
  if (v6.parts[0] < 0x2000 || v6.parts[0] > 0x3fff) return true;
  return v6.range() !== 'unicast';
}

/** `NOTIFY_WEBHOOK_ALLOW_ADDRESSES`: addresses or CIDR blocks, comma-separated. Throws on a bad entry. */
export function parseAllowedAddresses(raw: string): Cidr[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      if (entry.includes('/')) return ipaddr.parseCIDR(entry) as Cidr;
      if (!ipaddr.isValid(entry)) throw new Error(`${entry} is not an address`);
      const addr = ipaddr.parse(entry);
      return [addr, addr.kind() === 'ipv4' ? 32 : 128] as Cidr;
    });
}

export type AllowedAddresses = Cidr[];
