// Several failing lines in one area within a short window suggest an incident: the NOC gets a
// ticket listing them, once per area and window. Diagnoses record failing lines (observe); the
// check (detect) runs after each observation in one process, or as a job once across instances.
import type { Logger } from 'pino';
import type { Finding, Service } from '../domain/index.js';
import type { IncidentStore, TicketStore } from '../tickets/ports.js';
import type { LineFailure, LineFailureStore } from './failures.js';

export interface OutageWatchConfig {
  /** Distinct failing lines needed. */
  lines: number;
  windowMs: number;
}

const LINE_DOWN = new Set(['line.no_link', 'line.fiber_los', 'line.optical_low', 'line.docsis_power']);

export interface OutageDetectorDeps {
  tickets: TicketStore;
  incidents: IncidentStore;
  store: LineFailureStore;
  now: () => Date;
  config: OutageWatchConfig;
  log: Logger;
}

export function createOutageDetector(deps: OutageDetectorDeps) {
  return {
    /** Records a diagnosis's failing line, if it found one; true when it did. */
    async observe(ticketId: string, service: Service | null, findings: Finding[]): Promise<boolean> {
      if (!service) return false;
      const down = findings.find((f) => LINE_DOWN.has(f.code) && f.severity === 'fault');
      if (!down || findings.some((f) => f.code === 'incident.area_outage')) return false;
      await deps.store.record({
        area: service.areaCode,
        serviceId: service.id,
        ticketId,
        code: down.code,
        at: deps.now().getTime(),
      });
      return true;
    },

    /** Suggests every area over the threshold to the NOC; returns the NOC ticket ids. */
    async detect(): Promise<string[]> {
      const at = deps.now().getTime();
      const since = at - deps.config.windowMs;
      await deps.store.forget(since);
      const opened: string[] = [];
      for (const area of await deps.store.areasWith(deps.config.lines, since)) {
        const last = await deps.store.suggestedAt(area);
        if (last !== null && at - last <= deps.config.windowMs) continue;
        if ((await deps.incidents.openInArea(area)).length > 0) continue;
        await deps.store.markSuggested(area, at);
        opened.push(await suggest(area, await deps.store.recent(area, since)));
      }
      return opened;
    },
  };

  async function suggest(area: string, recent: LineFailure[]): Promise<string> {
    const list = recent.map((e) => `${e.ticketId} (${e.code})`).join(', ');
    const noc = await deps.tickets.create({
      channel: 'api',
      language: 'en',
      intent: 'outage_check',
      priority: 'P2',
      subject: `Possible outage in ${area}: ${recent.length} lines down within ${Math.round(deps.config.windowMs / 60000)} min`,
    });
    await deps.tickets.escalate(noc.id, 'noc', `${recent.length} failing lines in ${area}: ${list}`, {
      customer: null,
      service: null,
      device: null,
      problem: `Several lines in ${area} failed within a short window; an incident may be needed.`,
      findings: recent.map((e) => ({
        code: e.code,
        severity: 'fault',
        summary: `ticket ${e.ticketId}`,
        evidence: { ticketId: e.ticketId, serviceId: e.serviceId, at: new Date(e.at).toISOString() },
      })),
      stepsTried: [],
      customerAvailability: null,
      priority: 'P2',
      slaDueAt: null,
      verified: false,
    });
    deps.log.warn({ area, lines: recent.length, nocTicket: noc.id }, 'possible area outage suggested to NOC');
    return noc.id;
  }
}

export type OutageDetector = ReturnType<typeof createOutageDetector>;
