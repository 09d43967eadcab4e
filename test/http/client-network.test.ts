/** Rate limits count an IPv6 client by its /64 network, not by each of its 2^64 addresses (tester-n 6). */
import { describe, expect, it } from 'vitest';
import { clientNetwork } from '../../src/http/client-network.js';

describe('the network a client is counted under', () => {
  it('keeps an IPv4 address, also when written as an IPv4-mapped IPv6 address', () => {
    expect(clientNetwork('203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetwork('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts every address of one IPv6 /64 as the same client, however it is written', () => {
    const keys = ['2001:db8:1:2::1', '2001:db8:1:2::3d', '2001:0db8:0001:0002:ffff:ffff:ffff:ffff', '[2001:db8:1:2::9]', 'fe80::1%eth0'.replace('fe80', '2001:db8:1:2')];
    expect(new Set(keys.map(clientNetwork))).toEqual(new Set(['2001:db8:1:2::/64']));
  });

  it('keeps different /64 networks apart and expands "::" in the prefix', () => {
    expect(clientNetwork('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(clientNetwork('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientNetwork('::1')).toBe('0:0:0:0::/64');
  });

  it('passes anything that is no address through unchanged', () => {
    expect(clientNetwork('unknown')).toBe('unknown');
  });
});
