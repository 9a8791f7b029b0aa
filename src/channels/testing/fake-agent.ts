import { randomUUID } from 'node:crypto';
import type { StoredTimelineEvent, Ticket } from '../../domain/index.js';
import { MemoryTicketStore } from '../../tickets/testing/memory-tickets.js';
import type { AgentReply, ConversationAgent } from '../conversation-port.js';

// A scripted agent on the shared in-memory ticket store for channel tests: it asks for a customer
// number, then for a PIN, then resolves.

export function createFakeDesk() {
  const tickets = new MemoryTicketStore();
  const reply = (text: string, askKey: AgentReply['askKey'], final = false): AgentReply => ({
    id: randomUUID(),
    text,
    askKey,
    options: askKey === 'csat.score' ? ['1', '2', '3', '4', '5'] : [],
    final,
    meta: { turnMs: 1, deviceWaitMs: 0 },
  });

  const agent: ConversationAgent & { messages: { ticketId: string; text: string; meta?: unknown }[] } = {
    messages: [],
    async startConversation(input) {
      const t = await tickets.create({
        channel: input.channel,
        language: input.language ?? 'sv',
        subject: input.subject ?? null,
      });
      return { ticketId: t.id, reference: t.reference, replies: [] };
    },
    async handleMessage(ticketId, text, meta) {
      agent.messages.push({ ticketId, text, meta });
      const n = agent.messages.filter((m) => m.ticketId === ticketId).length;
      if (n === 1) return [reply('Vad är ditt kundnummer?', 'identity.customer_number')];
      if (n === 2) return [reply('Tack. Och din PIN-kod?', 'identity.pin')];
      await tickets.append(ticketId, [], { status: 'resolved' });
      return [reply('Klart! Allt fungerar nu.', null), reply('Hur nöjd är du, 1–5?', 'csat.score', true)];
    },
  };
  /** A ticket with its timeline, as the tests read it. */
  const ticketMap = {
    get: (id: string): (Ticket & { events: StoredTimelineEvent[] }) | undefined => {
      const t = tickets.tickets.get(id);
      return t && { ...t, events: tickets.events.get(id) ?? [] };
    },
  };
  return { agent, tickets, ticketMap };
}
