// A person in the conversation: staff take it over and hand it back, write to the customer, and
// resolve the case (then the agent asks for the score). A person working a linked ticket opened in a
// conversation reaches the customer in that conversation (conversation-home.ts); what they did is
// recorded on the ticket they worked.
import { recordHandBack, recordTakeover } from '../tickets/takeover-notes.js';
import { homeOf } from '../tickets/conversation-home.js';
import { returnToHeldCase } from './follow-up-case.js';
import { CONVERSATION_KEY, type ConversationState } from './conversation-state.js';
import type { AgentKernel } from './kernel.js';

/** The conversation's ticket, and the linked case worked when it is another one. */
async function reach(k: AgentKernel, ticketId: string) {
  const home = await homeOf(k.deps.tickets, ticketId);
  return { home, caseId: home === ticketId ? undefined : ticketId };
}

export async function takeOver(k: AgentKernel, ticketId: string, staffId: string) {
  const { home, caseId } = await reach(k, ticketId);
  await k.withLock(home, async () => {
    const conv = await k.loadConv(home);
    conv.takenOverBy = staffId;
    await recordTakeover(k.deps.tickets, ticketId, staffId);
    await k.saveConv(home, conv);
    await k.waiting.clear(home);
  });
  await k.push(home, 'system', (turn) => turn.say('staff.joined'), caseId);
}

export async function handBack(k: AgentKernel, ticketId: string) {
  const { home, caseId } = await reach(k, ticketId);
  await k.withLock(home, async () => {
    const conv = await k.loadConv(home);
    const staff = conv.takenOverBy;
    conv.takenOverBy = null;
    await recordHandBack(k.deps.tickets, ticketId, staff);
    await k.saveConv(home, conv);
  });
  await k.push(home, 'system', (turn) => turn.say('staff.left'), caseId);
}

export async function staffReply(k: AgentKernel, ticketId: string, staffId: string, text: string) {
  const { home, caseId } = await reach(k, ticketId);
  const replies = await k.push(home, 'staff', (turn) => turn.text(text), caseId);
  return replies[0] ?? null;
}

/**
 * A person resolved the case: the customer gets the summary and, now, the satisfaction question. A linked
 * case resolved while the conversation is on another one (with the desk or a person) is told without
 * closing the conversation or asking a score for it.
 */
export async function staffResolved(k: AgentKernel, ticketId: string, summary: string) {
  const ticket = await k.deps.tickets.get(ticketId);
  const { home, caseId } = await reach(k, ticketId);
  if (!ticket || !(await k.deps.tickets.getState<ConversationState>(home, CONVERSATION_KEY))) return [];
  return k.push(
    home,
    'agent',
    (turn, conv) => {
      const current = (conv.workTicketId ?? home) === ticketId;
      turn.say('staff.resolved', { reference: ticket.reference });
      turn.say('summary.customer', { summary });
      if (current) {
        // The person is done with this case; a case another person has (held while this one was
        // worked) is the conversation's again, and its score comes when that one is closed.
        conv.takenOverBy = null;
        if (returnToHeldCase(conv)) return;
        conv.handoff = null;
      } else {
        // A conversation with nothing open (no person, no score question) is asked about this case.
        const ended = conv.phase === 'closed' && !conv.handoff && !conv.takenOverBy && !conv.csatOpen;
        if (!ended) return;
      }
      conv.phase = 'closed';
      turn.ask('csat.score');
      turn.final();
    },
    caseId,
  );
}
