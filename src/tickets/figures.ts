// Figures from ticket timelines shared by the desk statistics and the quality insights: the
// ratios and means they report, the reopen rule, and the ticket list both read page by page.
import type { StoredTimelineEvent, Ticket } from '../domain/index.js';
import type { TicketStore } from './ports.js';

/** a / b rounded to three decimals; 0 when there is nothing to divide by. */
export const rate = (a: number, b: number): number => (b > 0 ? Math.round((a / b) * 1000) / 1000 : 0);

/** Mean rounded to a whole number; null for no values. */
export const mean = (xs: number[]): number | null =>
  xs.length ? Math.round(xs.reduce((s, x) => s + x, 0) / xs.length) : null;

/** Reopened: the ticket left `resolved` or `closed` at least once. */
export const wasReopened = (events: StoredTimelineEvent[]): boolean =>
  events.some((e) => e.type === 'status_change' && (e.from === 'resolved' || e.from === 'closed'));

export interface CreatedWindow {
  /** Only tickets created at or after / before these ISO times. */
  from?: string | null;
  to?: string | null;
  /** Stop after this many tickets (newest first); default 20,000. */
  maxTickets?: number;
  pageSize?: number;
}

/** The tickets created in [from, to), newest first, read page by page up to `maxTickets`. */
export async function ticketsCreatedIn(
  tickets: Pick<TicketStore, 'list'>,
  w: CreatedWindow = {},
): Promise<Ticket[]> {
  const max = w.maxTickets ?? 20_000;
  const selected: Ticket[] = [];
  let cursor: string | undefined;
  do {
    const page = await tickets.list({ cursor, limit: w.pageSize ?? 200 });
    for (const t of page.items) {
      if (w.from && t.createdAt < w.from) continue;
      if (w.to && t.createdAt >= w.to) continue;
      selected.push(t);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor && selected.length < max);
  return selected.slice(0, max);
}
