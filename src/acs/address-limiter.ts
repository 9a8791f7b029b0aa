import { isIPv6 } from 'node:net';

/**
 * The unit a per-address limit counts: an IPv4 address (also when IPv4-mapped), or the /64 of an
 * IPv6 address (one subscriber's prefix holds as many addresses as it likes).
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail] = address.toLowerCase().split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

// Fixed-window counter per source address, in memory: each ACS instance counts on its own (the
// CWMP listener is a plain node:http server, outside the HTTP API's shared rate limiter). The map
// is bounded: past `maxKeys` addresses, ended windows are dropped, then the oldest entries.

export class AddressLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Counts one hit; the count so far in the address's current window. */
  hit(address: string): number {
    const t = this.now();
    let w = this.windows.get(address);
    if (!w || w.resetAt <= t) {
      this.windows.delete(address);
      if (this.windows.size >= this.maxKeys) this.evict(t);
      w = { count: 0, resetAt: t + this.windowMs };
      this.windows.set(address, w);
    }
    return ++w.count;
  }

  /** The count in the address's current window, without counting a hit. */
  count(address: string): number {
    const w = this.windows.get(address);
    return w && w.resetAt > this.now() ? w.count : 0;
  }

  retryAfterSeconds(address: string): number {
    const w = this.windows.get(address);
    return w ? Math.max(1, Math.ceil((w.resetAt - this.now()) / 1000)) : 1;
  }

  private evict(t: number): void {
    for (const [k, w] of this.windows) if (w.resetAt <= t) this.windows.delete(k);
    for (const k of this.windows.keys()) {
      if (this.windows.size < this.maxKeys) break;
      this.windows.delete(k);
    }
  }
}
