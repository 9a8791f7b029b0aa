import type { Logger } from 'pino';
import type { Customer, Language, Service, Ticket } from '../domain/index.js';
import type { IspPorts, TimeWindow } from '../isp/ports.js';
import type { TicketStore } from '../tickets/ports.js';

// A field visit is booked only when the ISP's field-service port confirms a time window; anything
// else (no such port, a request the field team still has to schedule, a failure) is a case the
// field team schedules with the customer, and the customer is told exactly that.

export interface VisitFacts {
  ticket: Ticket;
  customer: Customer | null;
  service: Service | null;
  reason: string;
  availability: string | null;
}

export async function bookFieldVisit(
  isp: IspPorts,
  tickets: TicketStore,
  v: VisitFacts,
  log: Logger,
): Promise<TimeWindow | null> {
  const fieldService = isp.fieldService;
  if (!fieldService || !v.customer || !v.service) return null;
  let text: string;
  let window: TimeWindow | null = null;
  try {
    const booking = await fieldService.book({
      serviceId: v.service.id,
      customerNumber: v.customer.customerNumber,
      caseReference: v.ticket.reference,
      reason: v.reason,
      customerAvailability: v.availability,
    });
    if (booking.status === 'confirmed') {
      window = booking.window;
      text = `Field visit booked (${booking.bookingId}): ${booking.window.start} – ${booking.window.end}.`;
    } else {
      text = `Field visit requested (${booking.bookingId}); the field team agrees on a time with the customer.`;
    }
  } catch (err) {
    log.warn({ err, ticketId: v.ticket.id }, 'field visit could not be booked');
    text = `Field visit not booked: ${(err as Error).message}. The field team agrees on a time with the customer.`;
  }
  await tickets.append(v.ticket.id, [
    { type: 'note', actor: { kind: 'bot', id: null }, text, internal: true },
  ]);
  return window;
}

/** "tisdag 9 december 08:00–12:00" / "Tuesday 9 December 08:00–12:00", in the operator's time zone. */
export function formatVisitWindow(w: TimeWindow, lang: Language, timeZone: string): string {
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  const day = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date(w.start));
  const clock = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${day} ${clock.format(new Date(w.start))}–${clock.format(new Date(w.end))}`;
}
