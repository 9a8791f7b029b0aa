import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { WebhookDeliveriesTable, WebhookTables } from '../storage/tables/webhooks.js';

/** How long a claimed delivery is held by the instance sending it before another may take it over. */
export const DELIVERY_CLAIM_MS = 60_000;

export interface Delivery {
  id: string;
  webhook: string;
  event: string;
  eventId: string;
  url: string;
  body: string;
  status: 'pending' | 'delivering' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

function toDelivery(r: WebhookDeliveriesTable): Delivery {
  return {
    id: r.id,
    webhook: r.webhook,
    event: r.event,
    eventId: r.event_id,
    url: r.url,
    body: r.body,
    status: r.status as Delivery['status'],
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastStatus: r.last_status,
    lastError: r.last_error,
    createdAt: r.created_at,
    deliveredAt: r.delivered_at,
  };
}

export function createDeliveryStore(db: Kysely<WebhookTables>) {
  return {
    async enqueue(
      d: { webhook: string; event: string; eventId: string; url: string; body: string },
      now: Date,
    ): Promise<string> {
      const id = randomUUID();
      const at = now.toISOString();
      await db
        .insertInto('webhook_deliveries')
        .values({
          id,
          webhook: d.webhook,
          event: d.event,
          event_id: d.eventId,
          url: d.url,
          body: d.body,
          status: 'pending',
          attempts: 0,
          next_attempt_at: at,
          last_status: null,
          last_error: null,
          created_at: at,
          delivered_at: null,
        })
        .execute();
      return id;
    },

    /**
     * Claims due deliveries (compare-and-set on status and next_attempt_at, as the e-mail outbox does), so
     * instances sharing the database never send the same one at once; a claim whose sender died is due
     * again when its lease ends.
     */
    async claimDue(now: Date, limit: number): Promise<Delivery[]> {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('status', 'in', ['pending', 'delivering'])
        .where('next_attempt_at', '<=', now.toISOString())
        .orderBy('created_at')
        .limit(limit)
        .execute();
      const leaseUntil = new Date(now.getTime() + DELIVERY_CLAIM_MS).toISOString();
      const claimed: Delivery[] = [];
      for (const r of rows) {
        const res = await db
          .updateTable('webhook_deliveries')
          .set({ status: 'delivering', next_attempt_at: leaseUntil })
          .where('id', '=', r.id)
          .where('status', '=', r.status)
          .where('next_attempt_at', '=', r.next_attempt_at)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 1)
          claimed.push(toDelivery({ ...r, status: 'delivering', next_attempt_at: leaseUntil }));
      }
      return claimed;
    },

    async markDelivered(id: string, httpStatus: number, now: Date): Promise<void> {
      await db
        .updateTable('webhook_deliveries')
        .set((eb) => ({
          status: 'delivered',
          attempts: eb('attempts', '+', 1),
          last_status: httpStatus,
          last_error: null,
          next_attempt_at: null,
          delivered_at: now.toISOString(),
        }))
        .where('id', '=', id)
        .execute();
    },

    /** A failed attempt: due again at `retryAt`, or failed for good when null. */
    async markFailed(
      id: string,
      httpStatus: number | null,
      error: string,
      retryAt: Date | null,
    ): Promise<void> {
      await db
        .updateTable('webhook_deliveries')
        .set((eb) => ({
          status: retryAt ? 'pending' : 'failed',
          attempts: eb('attempts', '+', 1),
          last_status: httpStatus,
          last_error: error.slice(0, 1000),
          next_attempt_at: retryAt?.toISOString() ?? null,
        }))
        .where('id', '=', id)
        .execute();
    },

    /** The delivery log, newest first. */
    async list(filter: {
      status?: Delivery['status'];
      webhook?: string;
      limit: number;
    }): Promise<Delivery[]> {
      let q = db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(filter.limit);
      if (filter.status) q = q.where('status', '=', filter.status);
      if (filter.webhook) q = q.where('webhook', '=', filter.webhook);
      return (await q.execute()).map(toDelivery);
    },
  };
}

export type DeliveryStore = ReturnType<typeof createDeliveryStore>;
