// Replies written while an earlier one is still on its way wait their turn instead of being
// dropped: they go one at a time, in the order written. When one cannot be sent, it and every
// reply behind it are handed back (in order) so the agent can send them again; none is lost.

export interface OutboxOptions<T> {
  /** Sends one item; false when it did not go out. */
  send: (item: T) => Promise<boolean>;
  /** The item that failed and all items queued behind it, oldest first. */
  failed: (items: T[]) => void;
  /** How many items wait or are being sent, after every change. */
  changed?: (waiting: number) => void;
}

export class Outbox<T> {
  private readonly waiting: T[] = [];
  private draining = false;

  constructor(private readonly opts: OutboxOptions<T>) {}

  get size(): number {
    return this.waiting.length;
  }

  /** Queues an item; resolves once the queue is empty again (sent, or handed back after a failure). */
  async add(item: T): Promise<void> {
    this.waiting.push(item);
    this.opts.changed?.(this.waiting.length);
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.waiting.length > 0) {
        if (await this.sendOne(this.waiting[0])) this.waiting.shift();
        else this.opts.failed(this.waiting.splice(0));
        this.opts.changed?.(this.waiting.length);
      }
    } finally {
      this.draining = false;
    }
  }

  private async sendOne(item: T): Promise<boolean> {
    try {
      return await this.opts.send(item);
    } catch {
      // A send that throws did not go out, the same as one that says so.
      return false;
    }
  }
}
