// The conversation's next case: a linked ticket, opened for a new request after an outcome, that
// becomes the one worked on (the first keeps its outcome and queue; a case with a person is held).
import type { Ticket } from '../domain/index.js';
import type { ConversationState } from './conversation-state.js';
import { holdCase } from './follow-up-case.js';
import type { AgentKernel } from './kernel.js';

/** Opens a linked ticket for the conversation's next case and makes it the one worked on. */
export async function startFollowUp(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
): Promise<Ticket> {
  const verified = conv.verification === 'verified';
  const work = await k.deps.tickets.create({
    customerId: verified ? conv.customerId : null,
    serviceId: verified ? conv.serviceId : null,
    channel: conv.channel,
    language: conv.language,
    priority: conv.priority,
    subject: ticket.subject,
  });
  await k.note(work.id, `follow-up case opened from ${ticket.reference} in the same conversation`);
  await k.note(ticket.id, `the customer's next request continues as linked case ${work.reference}`);
  const heldCauses = conv.handoff
    ? ((await k.engine.get(conv.workTicketId ?? ticket.id))?.causes.map((c) => c.cause) ?? [])
    : [];
  holdCase(conv);
  if (conv.heldCase) conv.heldCase.causes = heldCauses;
  conv.workTicketId = work.id;
  conv.linkedTickets = [...(conv.linkedTickets ?? []), work.reference];
  conv.phase = 'opening';
  conv.clarifyOptions = [];
  conv.facts = {};
  conv.handoff = null;
  conv.undo = null;
  conv.repair = null;
  return work;
}
