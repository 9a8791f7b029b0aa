import type { Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';

/** The customer's follow-up, put on the handed case for the person who has it. */
export async function noteForTeam(
  tickets: TicketStore,
  ticket: Ticket,
  text: string,
  verified: boolean,
): Promise<void> {
  await tickets.append(ticket.id, [
    {
      type: 'note',
      actor: { kind: 'customer', id: null },
      text: `Follow-up from the customer, ${verified ? 'verified' : 'not verified'} (for the person who has the case): "${text.slice(0, 300)}"`,
      internal: true,
    },
  ]);
}
