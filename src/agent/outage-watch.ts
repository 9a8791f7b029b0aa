// Several failing lines in one area within a short window suggest an incident: the NOC gets a
// ticket listing them (once per area and window).
import type { Logger } from 'pino';
import type { Finding, Service } from '../domain/index.js';
import type { IncidentStore, TicketStore } from '../tickets/ports.js';

export interface OutageWatchConfig {
  /** Distinct failing lines needed. */
  lines: number;
  windowMs: number;
}

const LINE_DOWN = new Set(['line.no_link', 'line.fiber_los', 'line.optical_low', 'line.docsis_power']);

export function createOutageWatch(deps: {
  tickets: TicketStore;
  incidents: IncidentStore;
  now: () => Date;
  config: OutageWatchConfig;
  log: Logger;
}) {
  const seen = new Map<string, { serviceId: string; ticketId: string; at: number; code: string }[]>();
  const suggested = new Map<string, number>();

  return {
    /** Records a diagnosis; returns the NOC ticket id when this one tipped the area over. */
    async observe(ticketId: string, service: Service | null, findings: Finding[]): Promise<string | null> {
      if (!service) return null;
      const down = findings.find((f) => LINE_DOWN.has(f.code) && f.severity === 'fault');
      if (!down || findings.some((f) => f.code === 'incident.area_outage')) return null;
      const at = deps.now().getTime();
      const area = service.areaCode;
      const recent = (seen.get(area) ?? []).filter((e) => at - e.at <= deps.config.windowMs && e.serviceId !== service.id);
      recent.push({ serviceId: service.id, ticketId, at, code: down.code });
      seen.set(area, recent);
      if (recent.length < deps.config.lines) return null;
      const last = suggested.get(area);
      if (last !== undefined && at - last <= deps.config.windowMs) return null;
      if ((await deps.incidents.openInArea(area)).length > 0) return null;
      suggested.set(area, at);
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
    },
  };
}
