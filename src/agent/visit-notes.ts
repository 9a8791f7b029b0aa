// What the technician is to know before a visit (a call wished for before coming, a door code, a dog): kept on
// the case, so that every booking request for it carries them (a moved visit keeps them), and sent to the field
// service's booking when the customer says them after it was booked. A field service that cannot take notes
// (or fails) leaves them on the case, where the field team reads them, and the case says so.
import type { Logger } from 'pino';
import type { Ticket } from '../domain/index.js';
import type { IspPorts } from '../isp/ports.js';
import type { TicketStore } from '../tickets/ports.js';
import { BOOKING_STATE_KEY, VISIT_NOTES_STATE_KEY, type BookedVisit } from './field-visit.js';

/** The prefix of a note for the technician on the case's timeline. */
export const TECHNICIAN_NOTE = 'For the technician — ';

export async function visitNotes(tickets: TicketStore, ticketId: string): Promise<string[]> {
  return (await tickets.getState<string[]>(ticketId, VISIT_NOTES_STATE_KEY)) ?? [];
}

/**
 * Adds `notes` for the technician: kept on the case, written on its timeline (unless the caller wrote them
 * there already) and sent to the booking. The notes that were new.
 */
export async function addVisitNotes(
  deps: { tickets: TicketStore; isp?: IspPorts; log?: Logger },
  ticket: Ticket,
  notes: string[],
  opts: { onTimeline?: boolean } = {},
): Promise<string[]> {
  const held = await visitNotes(deps.tickets, ticket.id);
  const added = [...new Set(notes)].filter((n) => n && !held.includes(n));
  if (!added.length) return [];
  await deps.tickets.setState(ticket.id, VISIT_NOTES_STATE_KEY, [...held, ...added]);
  if (opts.onTimeline !== false)
    await deps.tickets.append(
      ticket.id,
      added.map((n) => ({
        type: 'note' as const,
        actor: { kind: 'customer' as const, id: null },
        text: `${TECHNICIAN_NOTE}${n}`,
        internal: true,
      })),
    );
  const booking = await deps.tickets.getState<BookedVisit>(ticket.id, BOOKING_STATE_KEY);
  const field = deps.isp?.fieldService;
  if (!booking?.bookingId || !field) return added;
  let failed: string | null = null;
  if (!field.addNotes) failed = 'the field service takes no notes after a booking';
  else
    try {
      await field.addNotes(booking.bookingId, added);
    } catch (err) {
      deps.log?.warn({ err, ticketId: ticket.id }, 'notes for the technician not sent to the field service');
      failed = (err as Error).message;
    }
  if (failed)
    await deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'bot', id: null },
        text: `Field service: the notes above are not on booking ${booking.bookingId} (${failed}); the field team reads them on this case.`,
        internal: true,
      },
    ]);
  return added;
}
