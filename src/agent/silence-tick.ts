// The scheduler's tick: a reminder after the customer's silence, then the case paused
// (pending_customer).
import { CONVERSATION_KEY, type ConversationState } from './conversation-state.js';
import type { AgentKernel } from './kernel.js';

/** The scheduler: reminders after silence, then a pause (pending_customer). Call with the current time. */
export async function tick(k: AgentKernel, at: Date = k.now()) {
  const due = await k.waiting.due(at.getTime() - k.cfg.reminderAfterMs, 500);
  for (const { ticketId } of due) {
    const conv = await k.deps.tickets.getState<ConversationState>(ticketId, CONVERSATION_KEY);
    if (!conv || conv.takenOverBy || conv.phase === 'closed') {
      await k.waiting.clear(ticketId);
      continue;
    }
    const since = Date.parse(conv.lastBotAt);
    const silentMs = at.getTime() - since;
    if (silentMs >= k.cfg.timeoutAfterMs && !conv.timedOut) {
      const ticket = await k.deps.tickets.get(ticketId);
      await k.push(ticketId, 'agent', (turn) => turn.say('timeout', { reference: ticket?.reference ?? '' }));
      const fresh = await k.loadConv(ticketId);
      fresh.timedOut = true;
      fresh.reminded = true;
      await k.saveConv(ticketId, fresh);
      await k.deps.tickets.append(ticketId, [], { status: 'pending_customer' });
      await k.waiting.clear(ticketId);
    } else if (!conv.reminded && silentMs >= k.cfg.reminderAfterMs) {
      await k.push(ticketId, 'agent', (turn) => turn.say('reminder'));
      const fresh = await k.loadConv(ticketId);
      fresh.reminded = true;
      fresh.lastBotAt = conv.lastBotAt; // the timeout counts from the question, not the reminder
      await k.saveConv(ticketId, fresh);
      await k.waiting.wait(ticketId, since);
    }
  }
}
