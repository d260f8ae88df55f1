import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Whether an address is an ordinary public unicast one. Everything else is refused: private
 * (10/8, 172.16/12, 192.168/16, fc00::/7), loopback, link-local, multicast, unspecified, carrier
 * NAT, reserved and documentation ranges, and IPv6 forms that carry an IPv4 address inside
 * (mapped, 6to4, Teredo, NAT64), which could smuggle a private IPv4 address past the check.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // process() turns ::ffff:10.0.0.1 into 10.0.0.1, so a mapped address is judged as its IPv4 self.
  return ipaddr.process(address).range() === 'unicast';
}

/** Which addresses may be connected to. */
export type AddressRule = (address: string) => boolean;

export const ANY_ADDRESS: AddressRule = () => true;

export class PrivateAddressError extends Error {
  override readonly name = 'PrivateAddressError';
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} resolves to ${address}, a private or reserved address`);
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request that refuses a host when ANY of its addresses is not public. The
 * check runs inside the connection's own resolution, so the address connected to is the one
 * checked: a host cannot answer "public" to a first lookup and "private" to the connect (DNS
 * rebinding).
 */
export function guardedLookup(allowed: AddressRule): LookupFunction {
  const lookup = (hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const bad = addresses.find((a) => !allowed(a.address));
      if (bad) return callback(new PrivateAddressError(hostname, bad.address), []);
      if (addresses.length === 0) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
  return lookup as LookupFunction;
}

/** A literal IP in a URL is never looked up, so it is checked here instead. */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return isIP(bare) ? bare : null;
}
