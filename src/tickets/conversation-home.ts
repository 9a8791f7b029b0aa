// A linked ticket opened in a conversation (linked-case.ts, follow-up.ts) has no conversation of its
// own: the customer is in the conversation of the ticket it was opened from. Staff working the linked
// ticket in the console write, take over and resolve there, and those words must reach that conversation.
import type { TicketStore } from './ports.js';

const HOME_KEY = 'conversation_home';

interface Home {
  ticketId: string;
}

/** Records that `caseId` was opened in the conversation on `conversationId`. */
export async function markHome(
  tickets: Pick<TicketStore, 'setState'>,
  caseId: string,
  conversationId: string,
): Promise<void> {
  await tickets.setState(caseId, HOME_KEY, { ticketId: conversationId } satisfies Home);
}

/** The ticket whose conversation `ticketId`'s customer is in (itself unless it was opened in another's). */
export async function homeOf(tickets: Pick<TicketStore, 'getState'>, ticketId: string): Promise<string> {
  return (await tickets.getState<Home>(ticketId, HOME_KEY))?.ticketId ?? ticketId;
}
