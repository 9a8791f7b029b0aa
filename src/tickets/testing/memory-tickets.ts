// The in-memory TicketStore every test desk shares: the real ticket rules (status transitions,
// optimistic versions, not-found) over maps, so a fake cannot accept what the repository refuses.
// What it stores and returns are copies, as a database's would be: a caller that changes an object
// after saving it, or one it was given, changes nothing stored.
import { randomUUID } from 'node:crypto';
import {
  SLA_MINUTES,
  type Escalation,
  type HandoffPacket,
  type Queue,
  type StoredTimelineEvent,
  type Ticket,
  type TimelineEvent,
} from '../../domain/index.js';
import {
  ConcurrencyError,
  NotFoundError,
  type NewTicket,
  type TicketFilter,
  type TicketPatch,
  type TicketStore,
} from '../ports.js';
import { actorOfChange, statusChange } from '../status-change.js';

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The simple SLA the fakes keep (the repository counts business hours; see src/tickets/sla-policy.ts). */
const slaDue = (from: string, priority: Ticket['priority']) =>
  new Date(Date.parse(from) + SLA_MINUTES[priority] * 60_000).toISOString();

export class MemoryTicketStore implements TicketStore {
  readonly tickets = new Map<string, Ticket>();
  readonly events = new Map<string, StoredTimelineEvent[]>();
  readonly escal = new Map<string, Escalation[]>();
  /** Conversation and runbook state as stored: JSON text. */
  readonly state = new Map<string, string>();
  private seq = 0;
  private eventSeq = 0;

  constructor(protected clock: () => Date = () => new Date()) {}

  private at(): string {
    return this.clock().toISOString();
  }

  async create(input: NewTicket, opening: TimelineEvent[] = []): Promise<Ticket> {
    const at = this.at();
    const t: Ticket = {
      id: randomUUID(),
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
      createdAt: at,
      updatedAt: at,
      resolvedAt: null,
      slaDueAt: slaDue(at, input.priority ?? 'P3'),
    };
    this.tickets.set(t.id, t);
    this.events.set(t.id, []);
    this.push(t.id, opening);
    return copy(t);
  }

  private push(ticketId: string, events: TimelineEvent[]): void {
    const list = this.events.get(ticketId)!;
    for (const e of events)
      list.push({ ...copy(e), id: ++this.eventSeq, ticketId, at: this.at() } as StoredTimelineEvent);
  }

  async get(id: string): Promise<Ticket | null> {
    const t = this.tickets.get(id);
    return t ? copy(t) : null;
  }

  async getByReference(reference: string): Promise<Ticket | null> {
    const t = [...this.tickets.values()].find((x) => x.reference === reference);
    return t ? copy(t) : null;
  }

  async append(
    ticketId: string,
    events: TimelineEvent[],
    patch: TicketPatch = {},
    expectedVersion?: number,
  ): Promise<Ticket> {
    const t = this.tickets.get(ticketId);
    if (!t) throw new NotFoundError('ticket', ticketId);
    if (expectedVersion !== undefined && expectedVersion !== t.version) throw new ConcurrencyError(ticketId);
    const at = this.at();
    const change = statusChange(t.status, patch.status, {
      resolvedAt: t.resolvedAt,
      at,
      actor: actorOfChange(events),
      given: events,
    });
    this.push(ticketId, change?.event ? [...events, change.event] : events);
    const next: Ticket = { ...t, ...copy(patch), version: t.version + 1, updatedAt: at };
    if (change) next.resolvedAt = change.resolvedAt;
    if (patch.priority && patch.priority !== t.priority) next.slaDueAt = slaDue(t.createdAt, patch.priority);
    this.tickets.set(ticketId, next);
    return copy(next);
  }

  async timeline(ticketId: string): Promise<StoredTimelineEvent[]> {
    return copy(this.events.get(ticketId) ?? []);
  }

  async list(filter: TicketFilter): Promise<{ items: Ticket[]; nextCursor: string | null }> {
    const q = filter.q?.toLowerCase();
    const matches = (t: Ticket) =>
      !q ||
      t.reference.toLowerCase().includes(q) ||
      (t.subject ?? '').toLowerCase().includes(q) ||
      (this.events.get(t.id) ?? []).some(
        (e) => (e.type === 'message_in' || e.type === 'message_out') && e.text.toLowerCase().includes(q),
      );
    const items = [...this.tickets.values()]
      .filter((t) => !filter.status || filter.status.includes(t.status))
      .filter((t) => !filter.queue || t.queue === filter.queue)
      .filter((t) => !filter.customerId || t.customerId === filter.customerId)
      .filter((t) => !filter.intent || t.intent === filter.intent)
      .filter((t) => !filter.priority || t.priority === filter.priority)
      .filter((t) => !filter.incidentId || t.incidentId === filter.incidentId)
      .filter(matches)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.reference.localeCompare(a.reference));
    const start = filter.cursor ? Number(filter.cursor) : 0;
    const limit = filter.limit ?? 50;
    const page = items.slice(start, start + limit);
    return {
      items: copy(page),
      nextCursor: items.length > start + limit ? String(start + limit) : null,
    };
  }

  async escalate(ticketId: string, queue: Queue, reason: string, packet: HandoffPacket): Promise<Escalation> {
    const esc: Escalation = {
      id: randomUUID(),
      ticketId,
      queue,
      reason,
      packet: copy(packet),
      createdAt: this.at(),
      acceptedAt: null,
      returnedAt: null,
    };
    await this.append(
      ticketId,
      [{ type: 'escalation', queue, reason, escalationId: esc.id, actor: { kind: 'system', id: null } }],
      {
        status: 'escalated',
        queue,
      },
    );
    this.escal.set(ticketId, [...(this.escal.get(ticketId) ?? []), esc]);
    return copy(esc);
  }

  /** What the Tier-2 console does when it sends an escalation back. */
  markReturned(ticketId: string, escalationId: string): void {
    const list = this.escal.get(ticketId) ?? [];
    this.escal.set(
      ticketId,
      list.map((e) => (e.id === escalationId ? { ...e, returnedAt: this.at() } : e)),
    );
  }

  async escalations(ticketId: string): Promise<Escalation[]> {
    return copy(this.escal.get(ticketId) ?? []);
  }

  async getState<T>(ticketId: string, key: string): Promise<T | null> {
    const v = this.state.get(`${ticketId}\u0000${key}`);
    return v === undefined ? null : (JSON.parse(v) as T);
  }

  async setState(ticketId: string, key: string, value: unknown): Promise<void> {
    this.state.set(`${ticketId}\u0000${key}`, JSON.stringify(value));
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
