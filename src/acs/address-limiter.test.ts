import { describe, expect, it } from 'vitest';
import { AddressLimiter, addressKey } from './address-limiter.js';

describe('addressKey', () => {
  it('counts IPv4 (also mapped) per address and IPv6 per /64', () => {
    expect(addressKey('192.0.2.7')).toBe('192.0.2.7');
    expect(addressKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});

describe('AddressLimiter', () => {
  it('counts per address in fixed windows and stays bounded', () => {
    let now = 0;
    const l = new AddressLimiter(2, 1000, () => now, 3);
    expect([l.hit('a'), l.hit('a'), l.hit('a'), l.hit('b')]).toEqual([1, 2, 3, 1]);
    expect(l.retryAfterSeconds('a')).toBe(1);
    now = 1000;
    expect(l.hit('a')).toBe(1);
    for (const k of ['c', 'd', 'e', 'f']) l.hit(k);
    expect(l.hit('a')).toBe(1); // evicted when the map was full
  });
});
