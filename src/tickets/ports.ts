// What the rest of the desk needs from ticket, customer and audit storage. Implemented over Kysely
// in src/storage; the engine, the agent and the channels depend only on these interfaces.
import type {
  AuditEntry,
  Channel,
  Customer,
  Device,
  Escalation,
  HandoffPacket,
  Incident,
  Intent,
  Language,
  Priority,
  Queue,
  Service,
  StoredAuditEntry,
  StoredTimelineEvent,
  Ticket,
  TicketStatus,
  TimelineEvent,
} from '../domain/index.js';

export interface NewTicket {
  customerId?: string | null;
  serviceId?: string | null;
  channel: Channel;
  language: Language;
  intent?: Intent | null;
  priority?: Priority;
  subject?: string | null;
}

export type TicketPatch = Partial<
  Pick<
    Ticket,
    | 'customerId'
    | 'serviceId'
    | 'language'
    | 'intent'
    | 'priority'
    | 'status'
    | 'queue'
    | 'assignee'
    | 'subject'
    | 'incidentId'
    | 'disposition'
  >
>;

export interface TicketFilter {
  status?: TicketStatus[];
  queue?: Queue;
  customerId?: string;
  intent?: Intent;
  priority?: Priority;
  incidentId?: string;
  /** Full-text query over subjects and messages. */
  q?: string;
  /** Opaque cursor from a previous page. */
  cursor?: string;
  limit?: number;
}

export class ConcurrencyError extends Error {
  constructor(public readonly ticketId: string) {
    super(`ticket ${ticketId} was changed by someone else`);
    this.name = 'ConcurrencyError';
  }
}

export class NotFoundError extends Error {
  constructor(
    public readonly entity: string,
    public readonly key: string,
  ) {
    super(`${entity} ${key} not found`);
    this.name = 'NotFoundError';
  }
}

export interface TicketStore {
  create(input: NewTicket, opening?: TimelineEvent[]): Promise<Ticket>;
  get(id: string): Promise<Ticket | null>;
  getByReference(reference: string): Promise<Ticket | null>;
  /**
   * Appends events and applies a patch in one transaction. A status change in the patch also
   * appends a `status_change` event. `expectedVersion` enables optimistic concurrency.
   */
  append(
    ticketId: string,
    events: TimelineEvent[],
    patch?: TicketPatch,
    expectedVersion?: number,
  ): Promise<Ticket>;
  timeline(ticketId: string): Promise<StoredTimelineEvent[]>;
  list(filter: TicketFilter): Promise<{ items: Ticket[]; nextCursor: string | null }>;
  escalate(ticketId: string, queue: Queue, reason: string, packet: HandoffPacket): Promise<Escalation>;
  escalations(ticketId: string): Promise<Escalation[]>;
  /** Free-form per-ticket state for the runbook engine and the conversation (survives restarts). */
  getState<T>(ticketId: string, key: string): Promise<T | null>;
  setState(ticketId: string, key: string, value: unknown): Promise<void>;
}

export interface CustomerDirectory {
  byId(id: string): Promise<Customer | null>;
  byNumber(customerNumber: string): Promise<Customer | null>;
  byEmail(email: string): Promise<Customer | null>;
  byPhone(phone: string): Promise<Customer | null>;
  services(customerId: string): Promise<Service[]>;
  service(serviceId: string): Promise<Service | null>;
  updateService(
    serviceId: string,
    patch: Partial<Pick<Service, 'accountStatus' | 'plan' | 'areaCode'>>,
  ): Promise<Service>;
  /** Decrypts a service's PPPoE password (to push it to a router). */
  pppoePassword(serviceId: string): Promise<string | null>;
  /** Checks a PIN against the stored hash (constant time). */
  checkPin(customerId: string, pin: string): Promise<boolean>;
  devicesOfService(serviceId: string): Promise<Device[]>;
}

export interface IncidentStore {
  create(input: { areas: string[]; kind: string; title: string; etaAt?: string | null }): Promise<Incident>;
  update(
    id: string,
    patch: Partial<Pick<Incident, 'areas' | 'etaAt' | 'title' | 'status'>>,
  ): Promise<Incident>;
  resolve(id: string): Promise<Incident>;
  get(id: string): Promise<Incident | null>;
  openInArea(area: string): Promise<Incident[]>;
  list(filter?: { status?: Incident['status'] }): Promise<Incident[]>;
}

export interface AuditLog {
  append(entry: AuditEntry): Promise<StoredAuditEntry>;
  list(filter?: {
    target?: string;
    action?: AuditEntry['action'];
    limit?: number;
  }): Promise<StoredAuditEntry[]>;
}
