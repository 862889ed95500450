import { lookup as dnsLookup, LookupAddress, LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { AllowedAddresses, isRefusedAddress } from '../domain/webhook-address';

export const ADDRESS_REFUSED = 'EMNIO_ADDRESS_REFUSED';

/**
 * A `lookup` for the HTTP agents: the name is resolved for the connection itself and every address it
 * resolves to is checked before the socket opens, so a name cannot be pointed at an internal address
 * between a check and the send (DNS rebinding). One refused address refuses the name.
 */
export function guardedLookup(allowed: AllowedAddresses): LookupFunction {
  return ((hostname: string, options: LookupOptions, callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      if (addresses.length === 0 || addresses.some((a) => isRefusedAddress(a.address, allowed))) {
        return callback(Object.assign(new Error('webhook target address refused'), { code: ADDRESS_REFUSED }), '', 0);
      }
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  }) as LookupFunction;
}
