// The shared in-memory ticket store on a clock the KB and insights tests move by hand, so ticket
// histories get explicit timestamps.
import { MemoryTicketStore as SharedMemoryTicketStore } from '../../tickets/testing/memory-tickets.js';

export { EMPTY_PACKET } from '../../tickets/testing/memory-tickets.js';

export class MemoryTicketStore extends SharedMemoryTicketStore {
  /** The time stamped on the next write; tests move it forward. */
  now = new Date('2026-03-01T08:00:00Z');

  constructor() {
    super();
    this.clock = () => this.now;
  }

  advance(minutes: number): this {
    this.now = new Date(this.now.getTime() + minutes * 60_000);
    return this;
  }
}
