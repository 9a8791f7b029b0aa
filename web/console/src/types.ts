// Shapes returned by the console API (src/staff/console-plugin.ts).

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: 'agent' | 'tier2' | 'supervisor' | 'admin';
  queues: string[];
}

export interface Ticket {
  id: string;
  reference: string;
  customerId: string | null;
  channel: string;
  language: 'sv' | 'en';
  intent: string | null;
  priority: string;
  status: string;
  queue: string | null;
  assignee: string | null;
  subject: string | null;
  incidentId: string | null;
  disposition: string | null;
  createdAt: string;
  updatedAt: string;
  slaDueAt: string | null;
  version: number;
}

import type { QueueRow as Row } from '../../../src/staff/queue-rows.js';
import type { SlaView } from '../../../src/staff/sla-view.js';

/** A queue list row. */
export type QueueRow = Row & { sla: SlaView };

export interface Finding {
  code: string;
  severity: 'ok' | 'warn' | 'fault';
  evidence: { values: Record<string, unknown>; thresholds?: Record<string, unknown>; source: string };
  explanation: { sv: string; en: string };
}

export type TimelineEvent = {
  id: number;
  at: string;
  type: string;
  actor: { kind: string; id: string | null };
} & Record<string, unknown>;

export interface Escalation {
  id: string;
  queue: string;
  reason: string;
  createdAt: string;
  packet: {
    customer: { customerNumber: string; name: string } | null;
    service: {
      access: string;
      plan: { downMbps: number; upMbps: number };
      areaCode: string;
      accountStatus: string;
    } | null;
    device: { id: string; model: string | null; firmware: string | null } | null;
    problem: string;
    findings: { code: string; severity: string; summary: string; evidence: Record<string, unknown> }[];
    stepsTried: { step: string; result: string }[];
    customerAvailability: string | null;
    priority: string;
    slaDueAt: string | null;
    verified: boolean;
  };
}

export interface Customer360 {
  customer: {
    customerNumber: string;
    name: string;
    language: string;
    segment: string;
    contacts: { kind: string; value: string }[];
  };
  service: {
    id: string;
    access: string;
    plan: { downMbps: number; upMbps: number };
    areaCode: string;
    accountStatus: string;
  } | null;
  device: { id: string; model: string | null; firmware: string | null; lastInformAt: string | null } | null;
  router: {
    online: boolean;
    error: string | null;
    params: Record<string, string | number | boolean>;
    readAt: string | null;
  } | null;
  line: Record<string, unknown> | null;
  recentTickets: {
    id: string;
    reference: string;
    status: string;
    intent: string | null;
    subject: string | null;
    createdAt: string;
  }[];
  incidents: { id: string; reference: string; title: string; etaAt: string | null; status: string }[];
}

export interface TicketDetail {
  ticket: Ticket;
  sla: SlaView;
  timeline: TimelineEvent[];
  escalations: Escalation[];
  customer360: Customer360 | null | { error: string };
  grants: { verified: boolean; consents: string[] };
  takenOverBy: string | null;
  consentAsk: { consentKey: string; action: string; staffId: string; at: string } | null;
}
