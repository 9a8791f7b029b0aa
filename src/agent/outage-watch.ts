// Outage detection in one process: every failing line observed is checked at once. Desk instances
// sharing a database pass their own watch instead (the check runs as a job, src/outages).
import type { Logger } from 'pino';
import type { Finding, Service } from '../domain/index.js';
import { createInMemoryLineFailures } from '../outages/failures.js';
import { createOutageDetector, type OutageWatchConfig } from '../outages/detector.js';
import type { IncidentStore, TicketStore } from '../tickets/ports.js';

export type { OutageWatchConfig } from '../outages/detector.js';

export interface OutageWatch {
  /** Records a diagnosis; returns the NOC ticket id when this one tipped the area over. */
  observe(ticketId: string, service: Service | null, findings: Finding[]): Promise<string | null>;
}

export function createOutageWatch(deps: {
  tickets: TicketStore;
  incidents: IncidentStore;
  now: () => Date;
  config: OutageWatchConfig;
  log: Logger;
}): OutageWatch {
  const detector = createOutageDetector({ ...deps, store: createInMemoryLineFailures() });
  return {
    async observe(ticketId, service, findings) {
      if (!(await detector.observe(ticketId, service, findings))) return null;
      return (await detector.detect())[0] ?? null;
    },
  };
}
