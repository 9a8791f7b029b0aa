import type {
  AccessKind,
  AccountStatus,
  Channel,
  Intent,
  Language,
  Priority,
  Queue,
  Segment,
} from './vocabulary.js';

export interface Contact {
  kind: 'email' | 'phone';
  value: string;
}

export interface Customer {
  id: string;
  customerNumber: string;
  name: string;
  contacts: Contact[];
  language: Language;
  segment: Segment;
  /** Salted scrypt hash of the verification PIN (see pin.ts); never the PIN itself. */
  pinHash: string | null;
  createdAt: string;
}

export interface Plan {
  downMbps: number;
  upMbps: number;
}

export interface Service {
  id: string;
  customerId: string;
  access: AccessKind;
  plan: Plan;
  areaCode: string;
  accountStatus: AccountStatus;
  pppoeUsername: string | null;
  /** AES-GCM ciphertext of the PPPoE password (see secrets.ts); decrypted only to push it to a router. */
  pppoePasswordEnc: string | null;
  createdAt: string;
}

export interface Device {
  /** ACS device id `OUI-ProductClass-Serial`. */
  id: string;
  oui: string;
  productClass: string;
  serialNumber: string;
  manufacturer: string | null;
  model: string | null;
  firmware: string | null;
  serviceId: string | null;
  lastInformAt: string | null;
  createdAt: string;
}

export interface Incident {
  id: string;
  reference: string;
  areas: string[];
  kind: string;
  title: string;
  status: 'open' | 'resolved';
  startedAt: string;
  etaAt: string | null;
  resolvedAt: string | null;
}

export interface HandoffPacket {
  customer: { customerNumber: string; name: string; language: Language; segment: Segment } | null;
  service: { access: AccessKind; plan: Plan; areaCode: string; accountStatus: AccountStatus } | null;
  device: {
    id: string;
    model: string | null;
    firmware: string | null;
    snapshot: Record<string, unknown>;
  } | null;
  problem: string;
  findings: { code: string; severity: string; summary: string; evidence: Record<string, unknown> }[];
  stepsTried: { step: string; result: string }[];
  customerAvailability: string | null;
  priority: Priority;
  slaDueAt: string | null;
  verified: boolean;
}

export interface Escalation {
  id: string;
  ticketId: string;
  queue: Queue;
  reason: string;
  packet: HandoffPacket;
  createdAt: string;
  acceptedAt: string | null;
  returnedAt: string | null;
}

export interface Ticket {
  id: string;
  /** Human reference, `T-000123`. */
  reference: string;
  customerId: string | null;
  serviceId: string | null;
  channel: Channel;
  language: Language;
  intent: Intent | null;
  priority: Priority;
  status: import('./ticket-status.js').TicketStatus;
  queue: Queue | null;
  assignee: string | null;
  subject: string | null;
  incidentId: string | null;
  disposition: string | null;
  /** Optimistic-concurrency version; bumped by every write. */
  version: number;
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  /** SLA due time; paused while the ticket is in a pending status type. */
  slaDueAt: string | null;
}
