import { randomUUID } from 'node:crypto';
import type { Ticket, TimelineEvent } from '../../domain/index.js';
import type { TicketStore } from '../../tickets/ports.js';
import type { AgentReply, ConversationAgent } from '../conversation-port.js';

// A scripted agent and a minimal ticket store for channel tests: it asks for a customer number,
// then for a PIN, then resolves.

export function createFakeDesk() {
  const tickets = new Map<string, Ticket & { events: TimelineEvent[] }>();
  let seq = 0;
  const reply = (text: string, askKey: AgentReply['askKey'], final = false): AgentReply => ({
    id: randomUUID(),
    text,
    askKey,
    options: askKey === 'csat.score' ? ['1', '2', '3', '4', '5'] : [],
    final,
    meta: { turnMs: 1, deviceWaitMs: 0 },
  });

  const store: Pick<TicketStore, 'get' | 'getByReference' | 'append'> = {
    async get(id) {
      return tickets.get(id) ?? null;
    },
    async getByReference(ref) {
      return [...tickets.values()].find((t) => t.reference === ref) ?? null;
    },
    async append(id, events, patch) {
      const t = tickets.get(id)!;
      t.events.push(...events);
      Object.assign(t, patch ?? {});
      return t;
    },
  };

  const agent: ConversationAgent & { messages: { ticketId: string; text: string; meta?: unknown }[] } = {
    messages: [],
    async startConversation(input) {
      const id = randomUUID();
      const now = new Date().toISOString();
      seq++;
      tickets.set(id, {
        id,
        reference: `T-${String(seq).padStart(6, '0')}`,
        customerId: null,
        serviceId: null,
        channel: input.channel,
        language: input.language ?? 'sv',
        intent: null,
        priority: 'P3',
        status: 'new',
        queue: null,
        assignee: null,
        subject: input.subject ?? null,
        incidentId: null,
        disposition: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
        resolvedAt: null,
        slaDueAt: null,
        events: [],
      });
      return { ticketId: id, reference: tickets.get(id)!.reference, replies: [] };
    },
    async handleMessage(ticketId, text, meta) {
      agent.messages.push({ ticketId, text, meta });
      const n = agent.messages.filter((m) => m.ticketId === ticketId).length;
      if (n === 1) return [reply('Vad är ditt kundnummer?', 'identity.customer_number')];
      if (n === 2) return [reply('Tack. Och din PIN-kod?', 'identity.pin')];
      const t = tickets.get(ticketId)!;
      t.status = 'resolved';
      return [reply('Klart! Allt fungerar nu.', null), reply('Hur nöjd är du, 1–5?', 'csat.score', true)];
    },
  };
  return { agent, tickets: store as unknown as TicketStore, ticketMap: tickets };
}
