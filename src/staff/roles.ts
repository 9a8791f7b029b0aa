import { QUEUES, type Queue, type Ticket } from '../domain/index.js';

export const STAFF_ROLES = ['agent', 'tier2', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const QUEUES_OF_ROLE: Record<StaffRole, readonly Queue[]> = {
  agent: ['agents'],
  tier2: ['tier2', 'noc', 'field'],
  supervisor: QUEUES,
  admin: QUEUES,
};

export function queuesForRole(role: StaffRole): readonly Queue[] {
  return QUEUES_OF_ROLE[role];
}

export function canSeeQueue(role: StaffRole, queue: Queue): boolean {
  return QUEUES_OF_ROLE[role].includes(queue);
}

/**
 * Tickets without a queue are conversations the automated agent is still handling: the human
 * Tier-1 desk (agents) and supervisors watch them so they can take over.
 */
export function canSeeTicket(
  role: StaffRole,
  staffId: string,
  ticket: Pick<Ticket, 'queue' | 'assignee'>,
): boolean {
  if (ticket.assignee === staffId) return true;
  if (ticket.queue === null) return role !== 'tier2';
  return canSeeQueue(role, ticket.queue);
}

export function isSupervisor(role: StaffRole): boolean {
  return role === 'supervisor' || role === 'admin';
}
