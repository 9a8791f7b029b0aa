// In-memory implementations of the ticket, customer, incident and audit ports for fast unit tests.
import { randomUUID } from 'node:crypto';
import {
  SLA_MINUTES,
  type AuditEntry,
  type Customer,
  type Device,
  type Escalation,
  type HandoffPacket,
  type Incident,
  type Queue,
  type Service,
  type StoredAuditEntry,
  type StoredTimelineEvent,
  type Ticket,
  type TimelineEvent,
} from '../../domain/index.js';
import type {
  AuditLog,
  CustomerDirectory,
  IncidentStore,
  NewTicket,
  TicketFilter,
  TicketPatch,
  TicketStore,
} from '../../tickets/ports.js';

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

export class MemoryTicketStore implements TicketStore {
  tickets = new Map<string, Ticket>();
  events = new Map<string, StoredTimelineEvent[]>();
  state = new Map<string, string>();
  escs = new Map<string, Escalation[]>();
  private seq = 0;
  private eventSeq = 0;

  constructor(private readonly now: () => Date = () => new Date()) {}

  async create(input: NewTicket, opening: TimelineEvent[] = []): Promise<Ticket> {
    const at = this.now().toISOString();
    const priority = input.priority ?? 'P3';
    const ticket: Ticket = {
      id: randomUUID(),
      reference: `T-${String(++this.seq).padStart(6, '0')}`,
      customerId: input.customerId ?? null,
      serviceId: input.serviceId ?? null,
      channel: input.channel,
      language: input.language,
      intent: input.intent ?? null,
      priority,
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
      slaDueAt: new Date(this.now().getTime() + SLA_MINUTES[priority] * 60_000).toISOString(),
    };
    this.tickets.set(ticket.id, ticket);
    this.events.set(ticket.id, []);
    this.push(ticket.id, opening);
    return clone(ticket);
  }

  async get(id: string) {
    return clone(this.tickets.get(id) ?? null);
  }

  async getByReference(reference: string) {
    return clone([...this.tickets.values()].find((t) => t.reference === reference) ?? null);
  }

  async append(ticketId: string, events: TimelineEvent[], patch: TicketPatch = {}): Promise<Ticket> {
    const t = this.tickets.get(ticketId);
    if (!t) throw new Error(`ticket ${ticketId} not found`);
    const extra: TimelineEvent[] = [];
    if (patch.status && patch.status !== t.status) {
      extra.push({
        type: 'status_change',
        actor: { kind: 'system', id: null },
        from: t.status,
        to: patch.status,
      });
      if (patch.status === 'resolved' || patch.status === 'closed') t.resolvedAt = this.now().toISOString();
      else t.resolvedAt = null;
    }
    Object.assign(t, patch);
    t.version++;
    t.updatedAt = this.now().toISOString();
    this.push(ticketId, [...events, ...extra]);
    return clone(t);
  }

  async timeline(ticketId: string) {
    return clone(this.events.get(ticketId) ?? []);
  }

  async list(filter: TicketFilter) {
    let items = [...this.tickets.values()];
    if (filter.status?.length) items = items.filter((t) => filter.status!.includes(t.status));
    if (filter.queue) items = items.filter((t) => t.queue === filter.queue);
    if (filter.incidentId) items = items.filter((t) => t.incidentId === filter.incidentId);
    if (filter.customerId) items = items.filter((t) => t.customerId === filter.customerId);
    if (filter.intent) items = items.filter((t) => t.intent === filter.intent);
    const start = filter.cursor ? Number(filter.cursor) : 0;
    const limit = filter.limit ?? 50;
    const page = items.slice(start, start + limit);
    return { items: clone(page), nextCursor: start + limit < items.length ? String(start + limit) : null };
  }

  async escalate(ticketId: string, queue: Queue, reason: string, packet: HandoffPacket): Promise<Escalation> {
    const esc: Escalation = {
      id: randomUUID(),
      ticketId,
      queue,
      reason,
      packet: clone(packet),
      createdAt: this.now().toISOString(),
      acceptedAt: null,
      returnedAt: null,
    };
    this.escs.set(ticketId, [...(this.escs.get(ticketId) ?? []), esc]);
    await this.append(
      ticketId,
      [{ type: 'escalation', actor: { kind: 'system', id: null }, queue, reason, escalationId: esc.id }],
      { status: 'escalated', queue },
    );
    return clone(esc);
  }

  async escalations(ticketId: string) {
    return clone(this.escs.get(ticketId) ?? []);
  }

  async getState<T>(ticketId: string, key: string): Promise<T | null> {
    const v = this.state.get(`${ticketId}\u0000${key}`);
    return v === undefined ? null : (JSON.parse(v) as T);
  }

  async setState(ticketId: string, key: string, value: unknown) {
    this.state.set(`${ticketId}\u0000${key}`, JSON.stringify(value));
  }

  private push(ticketId: string, events: TimelineEvent[]) {
    const list = this.events.get(ticketId)!;
    for (const e of events) {
      list.push({
        ...clone(e),
        id: ++this.eventSeq,
        ticketId,
        at: this.now().toISOString(),
      } as StoredTimelineEvent);
    }
  }
}

export interface SeedCustomer {
  customerNumber: string;
  name: string;
  pin: string;
  email?: string;
  language?: 'sv' | 'en';
  segment?: 'residential' | 'business';
  access?: Service['access'];
  plan?: Service['plan'];
  area?: string;
  accountStatus?: Service['accountStatus'];
  deviceId?: string;
}

export class MemoryDirectory implements CustomerDirectory {
  customers = new Map<string, Customer>();
  pins = new Map<string, string>();
  svc = new Map<string, Service>();
  devices = new Map<string, Device[]>();

  add(s: SeedCustomer): { customer: Customer; service: Service } {
    const at = new Date(0).toISOString();
    const customer: Customer = {
      id: `cust-${s.customerNumber}`,
      customerNumber: s.customerNumber,
      name: s.name,
      contacts: s.email ? [{ kind: 'email', value: s.email }] : [],
      language: s.language ?? 'sv',
      segment: s.segment ?? 'residential',
      pinHash: 'memory',
      createdAt: at,
    };
    const service: Service = {
      id: `svc-${s.customerNumber}`,
      customerId: customer.id,
      access: s.access ?? 'fiber',
      plan: s.plan ?? { downMbps: 500, upMbps: 100 },
      areaCode: s.area ?? 'SE-STO-TEST',
      accountStatus: s.accountStatus ?? 'active',
      pppoeUsername: `u${s.customerNumber}`,
      pppoePasswordEnc: 'enc',
      createdAt: at,
    };
    this.customers.set(customer.id, customer);
    this.pins.set(customer.id, s.pin);
    this.svc.set(service.id, service);
    if (s.deviceId) {
      this.devices.set(service.id, [
        {
          id: s.deviceId,
          oui: '00D0F1',
          productClass: 'HGW3000',
          serialNumber: s.customerNumber,
          manufacturer: null,
          model: 'FL-HGW-3000',
          firmware: '2.3.1',
          serviceId: service.id,
          lastInformAt: null,
          createdAt: at,
        },
      ]);
    }
    return { customer, service };
  }

  async byId(id: string) {
    return this.customers.get(id) ?? null;
  }
  async byNumber(n: string) {
    return [...this.customers.values()].find((c) => c.customerNumber === n) ?? null;
  }
  async byEmail(email: string) {
    return [...this.customers.values()].find((c) => c.contacts.some((x) => x.value === email)) ?? null;
  }
  async byPhone(phone: string) {
    return [...this.customers.values()].find((c) => c.contacts.some((x) => x.value === phone)) ?? null;
  }
  async services(customerId: string) {
    return [...this.svc.values()].filter((s) => s.customerId === customerId);
  }
  async service(id: string) {
    return this.svc.get(id) ?? null;
  }
  async updateService(id: string, patch: Partial<Pick<Service, 'accountStatus' | 'plan' | 'areaCode'>>) {
    const s = this.svc.get(id);
    if (!s) throw new Error('no service');
    Object.assign(s, patch);
    return s;
  }
  async pppoePassword() {
    return 'correct-secret';
  }
  async checkPin(customerId: string, pin: string) {
    return this.pins.get(customerId) === pin;
  }
  async devicesOfService(serviceId: string) {
    return this.devices.get(serviceId) ?? [];
  }
}

export class MemoryIncidents implements IncidentStore {
  items = new Map<string, Incident>();
  private seq = 0;
  constructor(private readonly now: () => Date = () => new Date()) {}
  async create(input: { areas: string[]; kind: string; title: string; etaAt?: string | null }) {
    const inc: Incident = {
      id: randomUUID(),
      reference: `INC-${String(++this.seq).padStart(4, '0')}`,
      areas: input.areas,
      kind: input.kind,
      title: input.title,
      status: 'open',
      startedAt: this.now().toISOString(),
      etaAt: input.etaAt ?? null,
      resolvedAt: null,
    };
    this.items.set(inc.id, inc);
    return inc;
  }
  async update(id: string, patch: Partial<Pick<Incident, 'areas' | 'etaAt' | 'title' | 'status'>>) {
    const inc = this.items.get(id)!;
    Object.assign(inc, patch);
    return inc;
  }
  async resolve(id: string) {
    return this.update(id, { status: 'resolved' });
  }
  async get(id: string) {
    return this.items.get(id) ?? null;
  }
  async openInArea(area: string) {
    return [...this.items.values()].filter((i) => i.status === 'open' && i.areas.includes(area));
  }
  async list(filter?: { status?: Incident['status'] }) {
    return [...this.items.values()].filter((i) => !filter?.status || i.status === filter.status);
  }
}

export class MemoryAudit implements AuditLog {
  entries: StoredAuditEntry[] = [];
  async append(entry: AuditEntry) {
    const stored = {
      ...entry,
      id: this.entries.length + 1,
      at: new Date().toISOString(),
    } as StoredAuditEntry;
    this.entries.push(stored);
    return stored;
  }
  async list(filter?: { target?: string; action?: AuditEntry['action']; limit?: number }) {
    return this.entries.filter(
      (e) =>
        (!filter?.target || e.target === filter.target) && (!filter?.action || e.action === filter.action),
    );
  }
}

/** PIN attempt counters with lockout, in memory. */
export class MemoryAttempts {
  failures = new Map<string, number>();
  get(customerNumber: string) {
    return { failures: this.failures.get(customerNumber) ?? 0 };
  }
  record(customerNumber: string, ok: boolean) {
    this.failures.set(customerNumber, ok ? 0 : (this.failures.get(customerNumber) ?? 0) + 1);
  }
}
