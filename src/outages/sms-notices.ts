// Outage notices by SMS: when an incident is resolved, every customer whose case was linked to it
// and who has a phone number gets a text (once per customer), in their language.
import type { Logger } from 'pino';
import type { Language } from '../domain/index.js';
import type { SmsSender } from '../channels/sms/gateway.js';
import type { CustomerDirectory, IncidentStore, TicketStore } from '../tickets/ports.js';

const RESOLVED: Record<Language, string> = {
  sv: '{brand}: Felet i ditt område ({title}) är åtgärdat. Ditt ärende {reference} är avslutat. Fungerar inte anslutningen, starta om routern och skriv till oss i chatten.',
  en: '{brand}: The fault in your area ({title}) is fixed. Your case {reference} is closed. If your connection still does not work, restart your router and write to us in the chat.',
};

export interface OutageSmsDeps {
  tickets: TicketStore;
  directory: CustomerDirectory;
  incidents: IncidentStore;
  sms: SmsSender;
  brand: string;
  log: Logger;
}

export function createOutageSms(deps: OutageSmsDeps) {
  return {
    /** Texts the customers of the incident's cases; returns how many texts were sent. */
    async notifyResolved(incidentId: string): Promise<number> {
      const incident = await deps.incidents.get(incidentId);
      if (!incident) return 0;
      const texted = new Set<string>();
      let sent = 0;
      let cursor: string | undefined;
      do {
        const page = await deps.tickets.list({ incidentId, cursor, limit: 200 });
        for (const ticket of page.items) {
          if (!ticket.customerId || texted.has(ticket.customerId)) continue;
          texted.add(ticket.customerId);
          const customer = await deps.directory.byId(ticket.customerId);
          const phone = customer?.contacts.find((c) => c.kind === 'phone')?.value;
          if (!customer || !phone) continue;
          const text = RESOLVED[customer.language]
            .replace('{brand}', deps.brand)
            .replace('{title}', incident.title)
            .replace('{reference}', ticket.reference);
          try {
            await deps.sms.send(phone, text);
            sent++;
          } catch (err) {
            deps.log.warn({ err, ticketId: ticket.id, incidentId }, 'outage SMS not sent');
          }
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return sent;
    },
  };
}
