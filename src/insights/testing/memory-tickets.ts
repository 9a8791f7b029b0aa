// An in-memory TicketStore for the KB and insights tests: enough of the contract to build ticket
// histories (with explicit timestamps) and read them back the way the real store does.
import { randomUUID } from 'node:crypto';
import type {
  Escalation,
  HandoffPacket,
  Queue,
  StoredTimelineEvent,
  Ticket,
  TimelineEvent,
} from '../../domain/index.js';
import type { NewTicket, TicketFilter, TicketPatch, TicketStore } from '../../tickets/ports.js';

export class MemoryTicketStore implements TicketStore {
  private readonly tickets = new Map<string, Ticket>();
  private readonly events = new Map<string, StoredTimelineEvent[]>();
  private readonly escs = new Map<string, Escalation[]>();
  private readonly state = new Map<string, unknown>();
  private seq = 0;
  private eventId = 0;
  /** The time stamped on the next write; tests move it forward. */
  now = new Date('2026-03-01T08:00:00Z');

  private at(): string {
    return this.now.toISOString();
  }

  advance(minutes: number): this {
    this.now = new Date(this.now.getTime() + minutes * 60_000);
    return this;
  }

  async create(input: NewTicket, opening: TimelineEvent[] = []): Promise<Ticket> {
    const id = randomUUID();
    const t: Ticket = {
      id,
      reference: `T-${String(++this.seq).padStart(6, '0')}`,
      customerId: input.customerId ?? null,
      serviceId: input.serviceId ?? null,
      channel: input.channel,
      language: input.language,
      intent: input.intent ?? null,
      priority: input.priority ?? 'P3',
      status: 'new',
      queue: null,
      assignee: null,
      subject: input.subject ?? null,
      incidentId: null,
      disposition: null,
      version: 1,
      createdAt: this.at(),
      updatedAt: this.at(),
      resolvedAt: null,
      slaDueAt: null,
    };
    this.tickets.set(id, t);
    this.events.set(id, []);
    this.push(id, opening);
    return { ...t };
  }

  private push(ticketId: string, events: TimelineEvent[]): void {
    const list = this.events.get(ticketId)!;
    for (const e of events) list.push({ ...e, id: ++this.eventId, ticketId, at: this.at() } as StoredTimelineEvent);
  }

  async get(id: string): Promise<Ticket | null> {
    const t = this.tickets.get(id);
    return t ? { ...t } : null;
  }

  async getByReference(reference: string): Promise<Ticket | null> {
    return [...this.tickets.values()].find((t) => t.reference === reference) ?? null;
  }

  async append(ticketId: string, events: TimelineEvent[], patch: TicketPatch = {}): Promise<Ticket> {
    const t = this.tickets.get(ticketId);
    if (!t) throw new Error(`ticket ${ticketId} not found`);
    const all = [...events];
    if (patch.status && patch.status !== t.status) {
      all.push({ type: 'status_change', from: t.status, to: patch.status, actor: { kind: 'system', id: null } });
    }
    this.push(ticketId, all);
    const next: Ticket = { ...t, ...patch, version: t.version + 1, updatedAt: this.at() };
    if (patch.status === 'resolved' || patch.status === 'closed') next.resolvedAt = next.resolvedAt ?? this.at();
    this.tickets.set(ticketId, next);
    return { ...next };
  }

  async timeline(ticketId: string): Promise<StoredTimelineEvent[]> {
    return [...(this.events.get(ticketId) ?? [])];
  }

  async list(filter: TicketFilter): Promise<{ items: Ticket[]; nextCursor: string | null }> {
    let items = [...this.tickets.values()]
      .filter((t) => !filter.status || filter.status.includes(t.status))
      .filter((t) => !filter.queue || t.queue === filter.queue)
      .filter((t) => !filter.customerId || t.customerId === filter.customerId)
      .filter((t) => !filter.intent || t.intent === filter.intent)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.reference.localeCompare(a.reference));
    const start = filter.cursor ? Number(filter.cursor) : 0;
    const limit = filter.limit ?? 50;
    items = items.slice(start, start + limit + 1);
    const more = items.length > limit;
    return { items: items.slice(0, limit).map((t) => ({ ...t })), nextCursor: more ? String(start + limit) : null };
  }

  async escalate(ticketId: string, queue: Queue, reason: string, packet: HandoffPacket): Promise<Escalation> {
    const esc: Escalation = {
      id: randomUUID(),
      ticketId,
      queue,
      reason,
      packet,
      createdAt: this.at(),
      acceptedAt: null,
      returnedAt: null,
    };
    this.escs.set(ticketId, [...(this.escs.get(ticketId) ?? []), esc]);
    await this.append(
      ticketId,
      [{ type: 'escalation', queue, reason, escalationId: esc.id, actor: { kind: 'bot', id: null } }],
      { status: 'escalated', queue },
    );
    return esc;
  }

  /** Test helper: what the Tier-2 console does when it sends an escalation back. */
  markReturned(ticketId: string, escalationId: string): void {
    const list = this.escs.get(ticketId) ?? [];
    this.escs.set(
      ticketId,
      list.map((e) => (e.id === escalationId ? { ...e, returnedAt: this.at() } : e)),
    );
  }

  async escalations(ticketId: string): Promise<Escalation[]> {
    return [...(this.escs.get(ticketId) ?? [])];
  }

  async getState<T>(ticketId: string, key: string): Promise<T | null> {
    return (this.state.get(`${ticketId}\u0000${key}`) as T | undefined) ?? null;
  }

  async setState(ticketId: string, key: string, value: unknown): Promise<void> {
    this.state.set(`${ticketId}\u0000${key}`, value);
  }
}

export const EMPTY_PACKET: HandoffPacket = {
  customer: null,
  service: null,
  device: null,
  problem: 'test',
  findings: [],
  stepsTried: [],
  customerAvailability: null,
  priority: 'P3',
  slaDueAt: null,
  verified: true,
};
