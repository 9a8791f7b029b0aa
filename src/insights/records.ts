// Loads ticket histories through the TicketStore interface (list + timeline + escalations +
// the runbook engine's state), page by page with bounded concurrency.
import type { StoredTimelineEvent } from '../domain/index.js';
import { ticketsCreatedIn, type CreatedWindow } from '../tickets/figures.js';
import type { TicketStore } from '../tickets/ports.js';
import type { TicketRecord } from './types.js';

export type InsightsTicketSource = Pick<TicketStore, 'list' | 'timeline' | 'escalations' | 'getState'>;

export interface LoadOptions extends CreatedWindow {
  concurrency?: number;
  /** Where an unreadable runbook state is reported (the ticket is still counted, without runbook and cause). */
  log?: { warn(obj: object, msg?: string): void };
}

/** The runbook engine keeps `{ intent, current: { cause }, handled: [...] }` under the state key `runbook`. */
function runbookOf(state: unknown): { runbook: string | null; cause: string | null } {
  if (!state || typeof state !== 'object') return { runbook: null, cause: null };
  const s = state as { intent?: unknown; current?: { cause?: unknown } | null; handled?: unknown };
  const runbook = typeof s.intent === 'string' ? s.intent : null;
  const handled = Array.isArray(s.handled) ? s.handled.filter((h): h is string => typeof h === 'string') : [];
  const current = typeof s.current?.cause === 'string' ? s.current.cause : null;
  return { runbook, cause: current ?? handled[handled.length - 1] ?? null };
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  });
  await Promise.all(workers);
  return out;
}

export async function loadTicketRecords(
  tickets: InsightsTicketSource,
  opts: LoadOptions = {},
): Promise<TicketRecord[]> {
  const selected = await ticketsCreatedIn(tickets, opts);
  return mapLimit(selected, opts.concurrency ?? 8, async (ticket) => {
    const events: StoredTimelineEvent[] = await tickets.timeline(ticket.id);
    const hasEscalation = events.some((e) => e.type === 'escalation');
    const [escalations, state] = await Promise.all([
      hasEscalation ? tickets.escalations(ticket.id) : Promise.resolve([]),
      tickets.getState<unknown>(ticket.id, 'runbook').catch((err: unknown) => {
        opts.log?.warn(
          { err, ticketId: ticket.id },
          'runbook state unreadable; ticket counted without runbook and cause',
        );
        return null;
      }),
    ]);
    return { ticket, events, escalations, ...runbookOf(state) };
  });
}
