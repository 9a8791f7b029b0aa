import { slaRunning, type TicketStatus } from '../domain/index.js';
import type { WorkingCalendar } from './business-calendar.js';
import type { SlaTerm } from './sla-policy.js';

// SLA clock rules: the due time is the target's working time after creation (business hours or
// round the clock, by policy) and pauses in pending statuses: the working time left is kept and the
// due time restarts from it when the ticket is worked again.

export interface SlaState {
  slaDueAt: string | null;
  /** Working time left while the clock is paused, ms. */
  slaRemainingMs: number | null;
}

export function initialSla(term: SlaTerm, createdAt: Date): SlaState {
  return { slaDueAt: term.calendar.add(createdAt, term.ms).toISOString(), slaRemainingMs: null };
}

export function slaAfterStatusChange(
  sla: SlaState,
  from: TicketStatus,
  to: TicketStatus,
  now: Date,
  calendar: WorkingCalendar,
): SlaState {
  const wasRunning = slaRunning(from);
  const runs = slaRunning(to);
  if (to === 'resolved' || to === 'closed') return { slaDueAt: sla.slaDueAt, slaRemainingMs: null };
  if (wasRunning && !runs && sla.slaDueAt) {
    return { slaDueAt: null, slaRemainingMs: calendar.between(now, new Date(sla.slaDueAt)) };
  }
  if (!wasRunning && runs && sla.slaRemainingMs !== null) {
    return { slaDueAt: calendar.add(now, sla.slaRemainingMs).toISOString(), slaRemainingMs: null };
  }
  return sla;
}

/** A priority or queue change restarts the target from the creation time (only while the clock runs). */
export function slaAfterTermChange(
  sla: SlaState,
  status: TicketStatus,
  term: SlaTerm,
  createdAt: string,
): SlaState {
  if (!slaRunning(status)) return sla;
  return initialSla(term, new Date(createdAt));
}

export function slaBreached(slaDueAt: string | null, now: Date): boolean {
  return slaDueAt !== null && Date.parse(slaDueAt) < now.getTime();
}

/**
 * Working time left before the due time (ms), or, once breached, minus the wall-clock time since;
 * null while the clock does not run.
 */
export function slaLeftMs(
  ticket: { status: TicketStatus; slaDueAt: string | null },
  calendar: WorkingCalendar,
  now: Date,
): number | null {
  if (!slaRunning(ticket.status) || !ticket.slaDueAt) return null;
  const due = new Date(ticket.slaDueAt);
  return due > now ? calendar.between(now, due) : due.getTime() - now.getTime();
}
