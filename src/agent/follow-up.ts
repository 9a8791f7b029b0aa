// The conversation's next case: a linked ticket, opened for a new request after an outcome, that
// becomes the one worked on (the first keeps its outcome and queue; a case with a person is held). The
// conversation's messages from then on, and its satisfaction score, go on the linked ticket (kernel.ts storeOut,
// turn-entry.ts): the first keeps what was said up to its closing.
import type { Ticket } from '../domain/index.js';
import { openInConversation } from '../tickets/conversation-home.js';
import type { ConversationState } from './conversation-state.js';
import { holdCase } from './follow-up-case.js';
import type { AgentKernel } from './kernel.js';
import type { Turn } from './turn.js';

/** Opens a linked ticket for the conversation's next case and makes it the one worked on. */
export async function startFollowUp(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn | null,
): Promise<Ticket> {
  const work = await openInConversation(k.deps.tickets, ticket, conv, { subject: ticket.subject });
  await k.note(work.id, `follow-up case opened from ${ticket.reference} in the same conversation`);
  await k.note(ticket.id, `the customer's next request continues as linked case ${work.reference}`);
  const heldCauses = conv.handoff
    ? ((await k.engine.get(conv.workTicketId ?? ticket.id))?.causes.map((c) => c.cause) ?? [])
    : [];
  // What the turn said so far (the first case's closing) stays on that case; the rest is the new one's.
  turn?.nextCase(conv.workTicketId ?? ticket.id);
  holdCase(conv);
  if (conv.heldCase) conv.heldCase.causes = heldCauses;
  conv.workTicketId = work.id;
  conv.linkedTickets = [...(conv.linkedTickets ?? []), work.reference];
  conv.phase = 'opening';
  // The first case went on without a PIN ("har ingen pin"): that was for that case. A new request from a caller
  // nobody verified asks for the PIN first, so no line or router of an unverified account is tested unasked.
  if (conv.verification === 'skipped' && conv.customerId) {
    conv.verification = 'none';
    conv.noPinBefore = true;
  }
  conv.clarifyOptions = [];
  conv.facts = {};
  conv.handoff = null;
  conv.undo = null;
  conv.repair = null;
  return work;
}
