import { describe, expect, it } from 'vitest';
import { guardedLookup, isPublicAddress } from '../../../src/corpus/import/address.js';

describe('isPublicAddress', () => {
  it.each([
    ['10.1.2.3', 'private 10/8'],
    ['172.16.0.5', 'private 172.16/12'],
    ['192.168.1.20', 'private 192.168/16'],
    ['127.0.0.1', 'loopback'],
    ['127.45.6.7', 'loopback, anywhere in 127/8'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['224.0.0.251', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'IPv6 loopback'],
    ['::', 'IPv6 unspecified'],
    ['fc00::1', 'unique local fc00::/7'],
    ['fd12:3456:789a::1', 'unique local fd00::/8'],
    ['fe80::1', 'IPv6 link-local'],
    ['febf::1', 'IPv6 link-local, end of fe80::/10'],
    ['ff02::1', 'IPv6 multicast'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:169.254.169.254', 'IPv4-mapped link-local'],
    ['::ffff:224.0.0.1', 'IPv4-mapped multicast'],
    ['::ffff:0.0.0.0', 'IPv4-mapped unspecified'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback in hex'],
    ['2002:0a00:0001::1', '6to4 wrapping 10.0.0.1'],
    ['64:ff9b::a00:1', 'NAT64 wrapping 10.0.0.1'],
    ['not-an-address', 'not an address at all'],
  ])('refuses %s (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.216.34', '8.8.8.8', '151.101.1.69', '2606:4700::6810:84e5', '::ffff:93.184.216.34'])('allows the public address %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('guardedLookup', () => {
  const resolve = (host: string, rule: (a: string) => boolean, all: boolean) =>
    new Promise<{ err: NodeJS.ErrnoException | null; address: unknown }>((done) => {
      const lookup = guardedLookup(rule) as unknown as (h: string, o: { all: boolean }, cb: (e: NodeJS.ErrnoException | null, a: unknown) => void) => void;
      lookup(host, { all }, (err, address) => done({ err, address }));
    });

  it('refuses a name that resolves to a loopback address', async () => {
    const { err } = await resolve('localhost', isPublicAddress, false);
    expect(err?.name).toBe('PrivateAddressError');
    expect(err?.message).toMatch(/localhost resolves to .*private or reserved/);
  });

  it('lets a name through when the rule allows its addresses, in both callback forms', async () => {
    const one = await resolve('localhost', () => true, false);
    expect(one.err).toBeNull();
    expect(typeof one.address).toBe('string');
    const all = await resolve('localhost', () => true, true);
    expect(all.err).toBeNull();
    expect(Array.isArray(all.address) && all.address.length).toBeGreaterThan(0);
  });
});
