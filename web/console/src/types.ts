// Shapes returned by the console API (src/staff/console-plugin.ts): the server's own types where it
// publishes them, so a change on one side is a type error on the other.
import type { Escalation, Finding, Ticket } from '../../../src/domain/index.js';
import type { StaffPrincipal } from '../../../src/staff/auth.js';
import type { QueueRow as Row } from '../../../src/staff/queue-rows.js';
import type { SlaView } from '../../../src/staff/sla-view.js';

/** The signed-in staff member (`GET /api/v1/auth/me`). */
export type Me = Pick<StaffPrincipal, 'id' | 'username' | 'displayName' | 'role' | 'queues'>;

export type { Escalation, Finding, Ticket };

/** A queue list row. */
export type QueueRow = Row & { sla: SlaView };

export type TimelineEvent = {
  id: number;
  at: string;
  type: string;
  actor: { kind: string; id: string | null };
} & Record<string, unknown>;

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
