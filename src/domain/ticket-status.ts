// Ticket statuses on fixed status types (after Zammad): the type decides SLA and queue behaviour.

export const TICKET_STATUSES = [
  'new',
  'open',
  'pending_customer',
  'pending_internal',
  'escalated',
  'resolved',
  'closed',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export type StatusType = 'new' | 'open' | 'pending' | 'closed';

const STATUS_TYPE: Record<TicketStatus, StatusType> = {
  new: 'new',
  open: 'open',
  pending_customer: 'pending',
  pending_internal: 'pending',
  escalated: 'open',
  resolved: 'closed',
  closed: 'closed',
};

export function statusType(status: TicketStatus): StatusType {
  return STATUS_TYPE[status];
}

/** Pending types pause the SLA clock. */
export function slaRunning(status: TicketStatus): boolean {
  const t = statusType(status);
  return t === 'new' || t === 'open';
}

const ALLOWED: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['open', 'pending_customer', 'pending_internal', 'escalated', 'resolved', 'closed'],
  open: ['pending_customer', 'pending_internal', 'escalated', 'resolved', 'closed'],
  pending_customer: ['open', 'pending_internal', 'escalated', 'resolved', 'closed'],
  pending_internal: ['open', 'pending_customer', 'escalated', 'resolved', 'closed'],
  escalated: ['open', 'pending_customer', 'pending_internal', 'resolved', 'closed'],
  resolved: ['open', 'closed'],
  closed: ['open'],
};

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return from === to || ALLOWED[from].includes(to);
}

/** SLA response targets in minutes by priority. */
export const SLA_MINUTES = { P1: 60, P2: 4 * 60, P3: 24 * 60, P4: 72 * 60 } as const;
