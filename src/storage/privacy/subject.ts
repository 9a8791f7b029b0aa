import type { Executor } from '../common.js';
import { normalizeEmail } from '../contacts.js';
import type { Contact } from '../../domain/index.js';

// The data subject: one customer and every record that points at them — by id (tickets, services,
// devices) or by contact address (mail from or to them on tickets that never learned who they were).

export interface DataSubject {
  customerId: string;
  customerNumber: string;
  emails: string[];
  serviceIds: string[];
  deviceIds: string[];
  ticketIds: string[];
  ticketSeqs: number[];
}

const CHUNK = 500;

/** Runs `fn` over `items` in chunks (bounded IN lists), concatenating the results. */
export async function inChunks<T, R>(items: readonly T[], fn: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await fn(items.slice(i, i + CHUNK))));
  return out;
}

export async function findSubject(db: Executor, customerNumber: string): Promise<DataSubject | null> {
  const c = await db
    .selectFrom('customers')
    .select(['id', 'customer_number', 'contacts'])
    .where('customer_number', '=', customerNumber)
    .executeTakeFirst();
  if (!c) return null;
  const contacts = JSON.parse(c.contacts) as Contact[];
  const emails = [...new Set(contacts.filter((x) => x.kind === 'email').map((x) => normalizeEmail(x.value)))];
  const serviceIds = (
    await db.selectFrom('services').select('id').where('customer_id', '=', c.id).execute()
  ).map((r) => r.id);
  const deviceIds = serviceIds.length
    ? (await db.selectFrom('devices').select('id').where('service_id', 'in', serviceIds).execute()).map(
        (r) => r.id,
      )
    : [];
  const ids = new Set(
    (await db.selectFrom('tickets').select('id').where('customer_id', '=', c.id).execute()).map((r) => r.id),
  );
  if (emails.length) {
    const byMail = await db
      .selectFrom('email_journal')
      .select('ticket_id')
      .where('from_address', 'in', emails)
      .where('ticket_id', 'is not', null)
      .execute();
    const byOutbox = await db
      .selectFrom('email_outbox')
      .select('ticket_id')
      .where('to_address', 'in', emails)
      .where('ticket_id', 'is not', null)
      .execute();
    for (const r of [...byMail, ...byOutbox]) if (r.ticket_id) ids.add(r.ticket_id);
  }
  const ticketIds = [...ids];
  const seqs = await inChunks(ticketIds, (chunk) =>
    db.selectFrom('tickets').select('seq').where('id', 'in', chunk).execute(),
  );
  return {
    customerId: c.id,
    customerNumber: c.customer_number,
    emails,
    serviceIds,
    deviceIds,
    ticketIds,
    ticketSeqs: seqs.map((r) => Number(r.seq)),
  };
}

/** Audit targets that name the subject: their customer number and the ids of their things. */
export function auditTargets(s: DataSubject): string[] {
  return [s.customerNumber, s.customerId, ...s.serviceIds, ...s.deviceIds, ...s.ticketIds];
}
