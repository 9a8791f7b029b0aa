import { SLA_MINUTES, slaRunning, type Priority, type TicketStatus } from '../domain/index.js';

// SLA clock rules: the due time runs from creation by priority and pauses in pending statuses
// (the remaining time is kept and the due time restarts from it when the ticket is worked again).

export interface SlaState {
  slaDueAt: string | null;
  slaRemainingMs: number | null;
}

export function initialSla(priority: Priority, createdAt: Date): SlaState {
  return { slaDueAt: new Date(createdAt.getTime() + SLA_MINUTES[priority] * 60_000).toISOString(), slaRemainingMs: null };
}

export function slaAfterStatusChange(
  sla: SlaState,
  from: TicketStatus,
  to: TicketStatus,
  now: Date,
): SlaState {
  const wasRunning = slaRunning(from);
  const runs = slaRunning(to);
  if (to === 'resolved' || to === 'closed') return { slaDueAt: sla.slaDueAt, slaRemainingMs: null };
  if (wasRunning && !runs && sla.slaDueAt) {
    return { slaDueAt: null, slaRemainingMs: Math.max(0, Date.parse(sla.slaDueAt) - now.getTime()) };
  }
  if (!wasRunning && runs && sla.slaRemainingMs !== null) {
    return { slaDueAt: new Date(now.getTime() + sla.slaRemainingMs).toISOString(), slaRemainingMs: null };
  }
  return sla;
}

/** A priority change restarts the target from the creation time (only while the clock runs). */
export function slaAfterPriorityChange(sla: SlaState, status: TicketStatus, priority: Priority, createdAt: string): SlaState {
  if (!slaRunning(status)) return sla;
  return initialSla(priority, new Date(createdAt));
}

export function slaBreached(slaDueAt: string | null, now: Date): boolean {
  return slaDueAt !== null && Date.parse(slaDueAt) < now.getTime();
}
