// A person asked for while a technician visit is booked ("ge mig en människa istället, det här funkar
// inte", "jag vill prata med en person på kundtjänst, inte flytta besöket igen"): a request for a person,
// never a new time. Only a message that names times moves a visit; this one keeps it booked, says so, and
// asks customer service to take the conversation over on the same case.
import type { Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import type { ConversationState } from './conversation-state.js';
import { BOOKING_STATE_KEY, formatVisitWindow, type BookedVisit } from './field-visit.js';
import type { Turn } from './turn.js';
import { VISIT_STATE_KEY, type VisitState } from './visit-cancel.js';
import { visitTimes } from './visit-times.js';
import { wishWords } from './visit-wishes.js';

/** A request for a person that names no time for the visit. */
export function personNotTime(act: { act: string }, text: string, now: Date, timeZone: string): boolean {
  return act.act === 'person' && !visitTimes(wishWords(text), now, timeZone).preferred.length;
}

/** The visit booked and not called off by the customer, or null. */
export async function standingVisit(tickets: TicketStore, ticketId: string): Promise<BookedVisit | null> {
  const booked = await tickets.getState<BookedVisit>(ticketId, BOOKING_STATE_KEY);
  const state = await tickets.getState<VisitState>(ticketId, VISIT_STATE_KEY);
  return booked && state?.status !== 'cancelled_by_customer' ? booked : null;
}

/** With a visit standing on a field case: it is kept, customer service asked on the same case; false otherwise. */
export async function keepVisitForPerson(
  deps: { tickets: TicketStore; timeZone: string },
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<boolean> {
  if (conv.handoff?.queue !== 'field') return false;
  const booked = await standingVisit(deps.tickets, ticket.id);
  if (!booked) return false;
  await deps.tickets.append(ticket.id, [
    {
      type: 'note',
      actor: { kind: 'customer', id: null },
      text: `Customer service: the customer asks to talk to a person ("${text.slice(0, 300)}"). The field visit ${formatVisitWindow(booked, 'en', deps.timeZone)} stays booked; it was not moved.`,
      internal: true,
    },
  ]);
  turn.say('visit.person_kept', {
    window: formatVisitWindow(booked, conv.language, deps.timeZone),
    reference: ticket.reference,
  });
  return true;
}
