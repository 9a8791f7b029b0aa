import type { ColumnType, Generated } from 'kysely';

// Core tables (foundation). JSON as TEXT, times as ISO-8601 TEXT, booleans as 0/1 — on both engines.

export interface CustomersTable {
  id: string;
  customer_number: string;
  name: string;
  /** JSON Contact[] */
  contacts: string;
  language: string;
  segment: string;
  pin_hash: string | null;
  created_at: string;
  updated_at: string;
}

/** Normalised contact values for look-ups by e-mail or phone. */
export interface CustomerContactsTable {
  customer_id: string;
  kind: string;
  value: string;
}

export interface ServicesTable {
  id: string;
  customer_id: string;
  access: string;
  down_mbps: number;
  up_mbps: number;
  area_code: string;
  account_status: string;
  pppoe_username: string | null;
  pppoe_password_enc: string | null;
  created_at: string;
  updated_at: string;
}

export interface DevicesTable {
  id: string;
  oui: string;
  product_class: string;
  serial_number: string;
  manufacturer: string | null;
  model: string | null;
  firmware: string | null;
  service_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface TicketsTable {
  id: string;
  reference: string;
  /** The reference number; orders lists (newest first) and keys the search document. */
  seq: number;
  customer_id: string | null;
  service_id: string | null;
  channel: string;
  language: string;
  intent: string | null;
  priority: string;
  status: string;
  queue: string | null;
  assignee: string | null;
  subject: string | null;
  incident_id: string | null;
  disposition: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  resolved_at: string | null;
  sla_due_at: string | null;
  /** SLA time left while the clock is paused (pending statuses), ms. */
  sla_remaining_ms: number | null;
  /** The conversation turn's lease: holder and expiry (migration 025). */
  turn_owner: ColumnType<string | null, string | null | undefined, string | null>;
  turn_until: ColumnType<string | null, string | null | undefined, string | null>;
  /** The conversation waits for the customer since (the silence reminders' timer). */
  silent_since: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface TicketEventsTable {
  id: Generated<number>;
  ticket_id: string;
  type: string;
  at: string;
  /** JSON of the validated TimelineEvent */
  data: string;
}

export interface TicketStateTable {
  ticket_id: string;
  key: string;
  /** JSON */
  value: string;
}

/**
 * One full-text document per ticket: subject, messages and notes. SQLite: an FTS5 table whose
 * rowid is the ticket's seq; PostgreSQL: `ticket_seq` + a generated tsvector with a GIN index.
 * Written through src/storage/search.ts only.
 */
export interface TicketSearchTable {
  text: string;
}

export interface EscalationsTable {
  id: string;
  ticket_id: string;
  queue: string;
  reason: string;
  /** JSON HandoffPacket */
  packet: string;
  created_at: string;
  accepted_at: string | null;
  returned_at: string | null;
}

export interface IncidentsTable {
  id: string;
  reference: string;
  /** JSON string[] */
  areas: string;
  kind: string;
  title: string;
  status: string;
  started_at: string;
  eta_at: string | null;
  resolved_at: string | null;
  updated_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  action: string;
  target: string;
  actor_kind: string;
  actor_id: string | null;
  /** JSON of the validated AuditEntry */
  data: string;
}

/** Named counters for human references on SQLite (PostgreSQL uses sequences). */
export interface CountersTable {
  name: string;
  value: number;
}

/** Failed PIN verification attempts per customer number (lockout). */
export interface VerificationAttemptsTable {
  customer_number: string;
  failures: number;
  last_failure_at: string | null;
  locked_until: string | null;
}

export interface CoreTables {
  customers: CustomersTable;
  customer_contacts: CustomerContactsTable;
  services: ServicesTable;
  devices: DevicesTable;
  tickets: TicketsTable;
  ticket_events: TicketEventsTable;
  ticket_state: TicketStateTable;
  ticket_search: TicketSearchTable;
  escalations: EscalationsTable;
  incidents: IncidentsTable;
  audit_log: AuditLogTable;
  counters: CountersTable;
  verification_attempts: VerificationAttemptsTable;
}
