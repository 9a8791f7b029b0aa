// A linked ticket opened in a conversation (linked-case.ts, follow-up.ts) has no conversation of its
// own: the customer is in the conversation of the ticket it was opened from. Staff working the linked
// ticket in the console write, take over and resolve there, and those words must reach that conversation.
import type { Ticket } from '../domain/index.js';
import type { NewTicket, TicketStore } from './ports.js';

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

/** The conversation facts a case opened in it carries. */
export interface ConversationOwner {
  verification: string;
  customerId?: string | null;
  serviceId?: string | null;
  channel: NewTicket['channel'];
  language: NewTicket['language'];
  priority?: NewTicket['priority'];
}

/**
 * A new case opened in the conversation of `from` (a linked or follow-up case): the verified customer and
 * service only, and its home recorded so staff on it reach that conversation.
 */
export async function openInConversation(
  tickets: Pick<TicketStore, 'create' | 'setState' | 'getState'>,
  from: Ticket,
  conv: ConversationOwner,
  fields: Pick<NewTicket, 'subject' | 'intent'>,
): Promise<Ticket> {
  const verified = conv.verification === 'verified';
  const opened = await tickets.create({
    customerId: verified ? conv.customerId : null,
    serviceId: verified ? conv.serviceId : null,
    channel: conv.channel,
    language: conv.language,
    priority: conv.priority,
    ...fields,
  });
  await markHome(tickets, opened.id, await homeOf(tickets, from.id));
  return opened;
}
