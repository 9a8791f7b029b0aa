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
