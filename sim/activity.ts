// Counts work in flight (sessions, reboots, downloads, tests) so that callers can wait until the
// simulation has settled, and limits how many CWMP sessions run at once.

export class Activity {
  private count = 0;
  private waiters: (() => void)[] = [];

  begin(): void {
    this.count++;
  }

  end(): void {
    this.count--;
    if (this.count <= 0) {
      this.count = 0;
      const ws = this.waiters;
      this.waiters = [];
      // Let follow-up work started in the same tick register first.
      setImmediate(() => {
        if (this.count > 0) this.waiters.push(...ws);
        else for (const w of ws) w();
      });
    }
  }

  get busy(): number {
    return this.count;
  }

  idle(): Promise<void> {
    if (this.count === 0)
      return new Promise((r) => setImmediate(() => (this.count === 0 ? r() : this.waiters.push(r))));
    return new Promise((r) => this.waiters.push(r));
  }
}

export class Limiter {
  private running = 0;
  private queue: (() => void)[] = [];
  constructor(private readonly max: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.running >= this.max) await new Promise<void>((r) => this.queue.push(r));
    this.running++;
    try {
      return await fn();
    } finally {
      this.running--;
      this.queue.shift()?.();
    }
  }
}
