// The audit log as supervisors read it: entries filtered by ticket (its id or reference),
// customer (the customer's own entries and those of the customer's tickets), actor and action.
import type { StoredAuditEntry } from '../domain/index.js';
import type { AuditLog, CustomerDirectory, TicketStore } from '../tickets/ports.js';

export interface AuditQuery {
  ticket?: string;
  customer?: string;
  actor?: string;
  action?: string;
  limit: number;
}

/** How many recent entries a query looks through (the store's own cap). */
const SCAN = 1000;

/** The ticket an entry is about: its target, or the ticketId of a device/account action. */
function ticketOf(e: StoredAuditEntry): string | null {
  if ('ticketId' in e && e.ticketId) return e.ticketId;
  return e.target.startsWith('ticket:') ? e.target.slice('ticket:'.length) : e.target;
}

export async function readAudit(
  q: AuditQuery,
  deps: {
    audit: AuditLog;
    tickets: Pick<TicketStore, 'get' | 'getByReference' | 'list'>;
    directory: Pick<CustomerDirectory, 'byNumber' | 'byId'>;
  },
): Promise<{ items: StoredAuditEntry[] } | { notFound: string }> {
  const keep: ((e: StoredAuditEntry) => boolean)[] = [];
  if (q.ticket) {
    const t = (await deps.tickets.get(q.ticket)) ?? (await deps.tickets.getByReference(q.ticket));
    if (!t) return { notFound: `ticket ${q.ticket}` };
    keep.push((e) => ticketOf(e) === t.id);
  }
  if (q.customer) {
    const c = (await deps.directory.byNumber(q.customer)) ?? (await deps.directory.byId(q.customer));
    if (!c) return { notFound: `customer ${q.customer}` };
    const ids = new Set<string>([c.id, c.customerNumber]);
    for (const t of (await deps.tickets.list({ customerId: c.id, limit: 500 })).items) ids.add(t.id);
    keep.push((e) => ids.has(ticketOf(e) ?? '') || ids.has(e.target) || e.actor.id === c.customerNumber);
  }
  if (q.actor) {
    const a = q.actor.toLowerCase();
    keep.push(
      (e) =>
        e.actor.id?.toLowerCase() === a ||
        e.actor.kind === a ||
        `${e.actor.kind}:${e.actor.id ?? ''}`.toLowerCase() === a,
    );
  }
  if (q.action) keep.push((e) => e.action === q.action || e.action.startsWith(`${q.action}.`));
  const entries = await deps.audit.list({ limit: SCAN });
  return { items: entries.filter((e) => keep.every((k) => k(e))).slice(0, q.limit) };
}
