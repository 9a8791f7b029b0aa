// In-memory stand-ins for fast unit tests of the agent: the desk's stores are the shared ones on the
// real rules (src/tickets/testing), PIN attempts are counted here.
export { MemoryTicketStore } from '../../tickets/testing/memory-tickets.js';
export {
  MemoryAudit,
  MemoryDirectory,
  MemoryIncidents,
  type SeedCustomer,
} from '../../tickets/testing/memory-ports.js';

/** PIN attempt counters with lockout, in memory. */
export class MemoryAttempts {
  failures = new Map<string, number>();
  get(customerNumber: string) {
    return { failures: this.failures.get(customerNumber) ?? 0 };
  }
  record(customerNumber: string, ok: boolean) {
    this.failures.set(customerNumber, ok ? 0 : (this.failures.get(customerNumber) ?? 0) + 1);
  }
}
