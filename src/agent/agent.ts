// The conversational Tier-1 agent: message in → identify → triage → runbook → replies.
// Channel-agnostic: chat, e-mail and voice call the same API. State lives on the ticket, so a
// restarted process resumes every conversation where it stopped.
//
// createAgent wires the parts; each is a module a newcomer can read on its own:
// - kernel.ts: ports, config, the per-ticket lock, conversation state load/save, storing and pushing
//   replies, the customer's context (customer-context.ts) — AgentKernel, passed to every phase;
// - desk-parts.ts: the helpers that call back into the phases (identify, public outages, runbook answers, …);
// - turn-entry.ts: a customer message stored and answered under the lock (and crash recovery);
// - turn-dispatch.ts: one message dispatched to the handler of the conversation's phase;
// - opening.ts, case-routing.ts, human-handoff.ts, finalize.ts, closed-case.ts, follow-up.ts,
//   help-centre-flow.ts, help-answer-reply.ts, turn-asides.ts, triage-record.ts: the phases;
// - start-conversation.ts, staff-turns.ts, incident-resolved.ts, silence-tick.ts: the other entry points.
import type { ConversationState, TranscriptMessage } from './conversation-state.js';
import { CONVERSATION_KEY } from './conversation-state.js';
import { createDeskParts } from './desk-parts.js';
import { notifyIncidentResolved } from './incident-resolved.js';
import { createKernel, type AgentKernel } from './kernel.js';
import type { DemoHome } from './runbook-answers.js';
import { tick } from './silence-tick.js';
import { handBack, staffReply, staffResolved, takeOver } from './staff-turns.js';
import { startConversation } from './start-conversation.js';
import { createTurnEntry, toReply } from './turn-entry.js';
import type { AgentDeps, AgentReply, PushedReply, StartInput } from './agent-config.js';

export {
  AGENT_REDACT_PATHS,
  DEFAULT_AGENT_CONFIG,
  type AgentConfig,
  type AgentDeps,
  type AgentReply,
  type PushedReply,
  type StartInput,
} from './agent-config.js';
export type { DemoHome } from './runbook-answers.js';
export type { AgentKernel } from './kernel.js';
export { maskPinLike } from './turn-entry.js';

export function createAgent(given: AgentDeps) {
  const core = createKernel(given);
  // The parts call back into the phases with the finished kernel (only during turns, after this line).
  const k: AgentKernel = Object.assign(core, { parts: createDeskParts(core, () => k) });
  const { acceptLocked, handleLocked, receiveLocked, recovery } = createTurnEntry(k);
  const { deps, withLock, transcript } = k;

  return {
    startConversation(
      input: StartInput,
    ): Promise<{ ticketId: string; reference: string; replies: AgentReply[] }> {
      return startConversation(k, input);
    },

    /** Stores the customer's message before the agent works on it (the chat channel acks on this). */
    acceptMessage(ticketId: string, text: string, meta: { clientMessageId?: string } = {}) {
      return withLock(ticketId, () => acceptLocked(ticketId, text, meta));
    },

    /**
     * Handles one customer message and returns the agent's replies. Pass `meta.messageId` when the
     * message was already stored with acceptMessage; otherwise it is stored here first.
     */
    handleMessage(ticketId: string, text: string, meta: Record<string, unknown> = {}): Promise<AgentReply[]> {
      // The interim message is due from here, however long the turn then waits for its lease.
      const arrivedAt = Date.now();
      return withLock(ticketId, async () => {
        const messageId = typeof meta.messageId === 'string' ? meta.messageId : null;
        if (messageId) return handleLocked(ticketId, text, messageId, arrivedAt);
        const clientMessageId = typeof meta.clientMessageId === 'string' ? meta.clientMessageId : undefined;
        return (await receiveLocked(ticketId, text, clientMessageId, arrivedAt)).replies;
      });
    },

    /**
     * Stores a customer message and answers it in one turn (one lease, one read, one write): what
     * acceptMessage and handleMessage do together, with the conversation as the turn left it.
     */
    receiveMessage(
      ticketId: string,
      text: string,
      meta: { clientMessageId?: string; admit?: (conv: ConversationState | null) => void } = {},
    ) {
      const arrivedAt = Date.now();
      return withLock(ticketId, async () => {
        // The channel's own check of the caller, on the conversation as the turn read it (it throws to refuse).
        meta.admit?.(await deps.tickets.getState<ConversationState>(ticketId, CONVERSATION_KEY));
        const received = await receiveLocked(ticketId, text, meta.clientMessageId, arrivedAt);
        const conversation = await deps.tickets.getState<ConversationState>(ticketId, CONVERSATION_KEY);
        return { ...received, conversation };
      });
    },

    /** Answers acknowledged messages that an interrupted turn left without a reply (0 when recovery is off). */
    recoverPending(opts: { olderThanMs: number; limit?: number } = { olderThanMs: 0 }): Promise<number> {
      return recovery ? recovery.sweep(opts) : Promise.resolve(0);
    },

    /** Replies already sent for a stored customer message (idempotent re-delivery). */
    async repliesTo(ticketId: string, messageId: string): Promise<AgentReply[]> {
      return (await transcript(ticketId)).filter((m) => m.inReplyTo === messageId).map(toReply);
    },

    /** The stored conversation (secrets masked), optionally after a message id. */
    async messages(ticketId: string, after?: string): Promise<TranscriptMessage[]> {
      const all = await transcript(ticketId);
      if (!after) return all;
      const n = Number(after);
      return all.filter((m) => Number(m.id) > n);
    },

    async conversation(ticketId: string): Promise<ConversationState | null> {
      return deps.tickets.getState<ConversationState>(ticketId, CONVERSATION_KEY);
    },

    /** Stores the hash of a channel token for the conversation (chat authentication). */
    takeOver: (ticketId: string, staffId: string) => takeOver(k, ticketId, staffId),
    handBack: (ticketId: string) => handBack(k, ticketId),
    staffReply: (ticketId: string, staffId: string, text: string) => staffReply(k, ticketId, staffId, text),
    /** A person resolved the case: the customer gets the summary and, now, the satisfaction question. */
    staffResolved: (ticketId: string, summary: string) => staffResolved(k, ticketId, summary),

    /** Connects the demo ISP's simulated homes (it starts after the agent). */
    useDemoHome(home: DemoHome | null) {
      k.demoHome = home;
    },

    onReply(listener: (p: PushedReply) => void): () => void {
      k.listeners.add(listener);
      return () => k.listeners.delete(listener);
    },

    /** Tells every customer linked to the incident that it is fixed, and closes their cases. */
    notifyIncidentResolved: (incidentId: string): Promise<number> => notifyIncidentResolved(k, incidentId),

    /** The scheduler: reminders after silence, then a pause (pending_customer). Call with the current time. */
    tick: (at?: Date) => tick(k, at),

    /** Exposed for the console and tests. */
    engine: k.engine,
  };
}

export type Agent = ReturnType<typeof createAgent>;
