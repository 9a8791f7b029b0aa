// How a ticket stands against its SLA, as the console shows it: the business time left (the
// target's own calendar: a due time on Monday morning is close on a Friday afternoon), paused while
// the ticket waits, breached once the due time has passed.
import type { Ticket } from '../domain/index.js';
import { slaLeftMs } from '../tickets/sla.js';
import type { SlaClock } from '../tickets/sla-policy.js';

/** Working time left below which a ticket is about to breach. */
export const SLA_WARN_MS = 60 * 60_000;

export type SlaStanding = 'ok' | 'due_soon' | 'breached' | 'paused' | 'none';

export interface SlaView {
  standing: SlaStanding;
  /** Working time left (negative: wall time since the breach); null when the clock does not run. */
  leftMs: number | null;
}

export function slaView(
  t: Pick<Ticket, 'status' | 'slaDueAt' | 'queue' | 'priority'>,
  clock: SlaClock,
  now: Date,
): SlaView {
  if (t.status === 'resolved' || t.status === 'closed') return { standing: 'none', leftMs: null };
  const left = slaLeftMs(t, clock.term(t.queue, t.priority).calendar, now);
  if (left === null) return { standing: t.slaDueAt === null ? 'paused' : 'none', leftMs: null };
  return { standing: left < 0 ? 'breached' : left <= SLA_WARN_MS ? 'due_soon' : 'ok', leftMs: left };
}
