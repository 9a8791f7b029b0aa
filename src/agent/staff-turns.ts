// A person in the conversation: staff take it over and hand it back, write to the customer, and
// resolve the case (then the agent asks for the score).
import { recordHandBack, recordTakeover } from '../tickets/takeover-notes.js';
import { CONVERSATION_KEY, type ConversationState } from './conversation-state.js';
import type { AgentKernel } from './kernel.js';

export async function takeOver(k: AgentKernel, ticketId: string, staffId: string) {
  await k.withLock(ticketId, async () => {
    const conv = await k.loadConv(ticketId);
    conv.takenOverBy = staffId;
    await recordTakeover(k.deps.tickets, ticketId, staffId);
    await k.saveConv(ticketId, conv);
    await k.waiting.clear(ticketId);
  });
  await k.push(ticketId, 'system', (turn) => turn.say('staff.joined'));
}

export async function handBack(k: AgentKernel, ticketId: string) {
  await k.withLock(ticketId, async () => {
    const conv = await k.loadConv(ticketId);
    const staff = conv.takenOverBy;
    conv.takenOverBy = null;
    await recordHandBack(k.deps.tickets, ticketId, staff);
    await k.saveConv(ticketId, conv);
  });
  await k.push(ticketId, 'system', (turn) => turn.say('staff.left'));
}

export async function staffReply(k: AgentKernel, ticketId: string, staffId: string, text: string) {
  const replies = await k.push(ticketId, 'staff', (turn) => turn.text(text));
  return replies[0] ?? null;
}

/** A person resolved the case: the customer gets the summary and, now, the satisfaction question. */
export async function staffResolved(k: AgentKernel, ticketId: string, summary: string) {
  const ticket = await k.deps.tickets.get(ticketId);
  if (!ticket || !(await k.deps.tickets.getState<ConversationState>(ticketId, CONVERSATION_KEY))) return [];
  return k.push(ticketId, 'agent', (turn, conv) => {
    conv.phase = 'closed';
    conv.handoff = null;
    // The person is done: the automated agent takes the score and ends the conversation.
    conv.takenOverBy = null;
    turn.say('staff.resolved', { reference: ticket.reference });
    turn.say('summary.customer', { summary });
    turn.ask('csat.score');
    turn.final();
  });
}
