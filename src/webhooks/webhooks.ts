import { createHmac, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { WebhookEvent, WebhookTarget } from '../operator/schema.js';
import type { DeliveryStore } from './store.js';

// Outbound webhooks: each event is stored once per subscribed receiver and POSTed by the delivery
// job, signed with the receiver's key, retried with exponential back-off until a 2xx answer or the
// last attempt. The stored rows are the delivery log.

export interface WebhookReceiver {
  name: string;
  url: string;
  secret: string;
  events: readonly WebhookEvent[];
}

export type EmitEvent = (event: WebhookEvent, data: Record<string, unknown>) => Promise<void>;

export const SIGNATURE_HEADER = 'x-frontline-signature';
export const TIMESTAMP_HEADER = 'x-frontline-timestamp';

/** The receivers of the operator file, with each key read from the file or the environment. */
export function resolveReceivers(
  targets: readonly WebhookTarget[],
  env: Record<string, string | undefined> = process.env,
): WebhookReceiver[] {
  return targets.map((t) => {
    const secret = t.secret ?? (t.secretEnv ? env[t.secretEnv] : undefined);
    if (!secret)
      throw new Error(
        `webhook ${t.name}: the environment variable ${t.secretEnv ?? '?'} holding its key is not set`,
      );
    return { name: t.name, url: t.url, secret, events: t.events };
  });
}

/** `sha256=` and the hex HMAC-SHA256 of `<timestamp>.<body>` under the receiver's key. */
export function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export interface WebhooksOptions {
  store: DeliveryStore;
  receivers: readonly WebhookReceiver[];
  log: Logger;
  now?: () => Date;
  fetch?: typeof fetch;
  /** Per attempt (default 10 s). */
  timeoutMs?: number;
  /** Attempts before a delivery is failed for good (default 8). */
  maxAttempts?: number;
  /** Wait before the second attempt; doubles after each further failure (default 30 s). */
  baseDelayMs?: number;
}

export function createWebhooks(o: WebhooksOptions) {
  const now = o.now ?? (() => new Date());
  const send = o.fetch ?? fetch;
  const maxAttempts = o.maxAttempts ?? 8;
  const baseDelayMs = o.baseDelayMs ?? 30_000;
  const byName = new Map(o.receivers.map((r) => [r.name, r]));

  const emit: EmitEvent = async (event, data) => {
    const to = o.receivers.filter((r) => r.events.includes(event));
    if (to.length === 0) return;
    const eventId = randomUUID();
    const at = now();
    const body = JSON.stringify({ id: eventId, type: event, occurredAt: at.toISOString(), data });
    for (const r of to) {
      // A webhook must never break the ticket or incident write that raised it.
      await o.store
        .enqueue({ webhook: r.name, event, eventId, url: r.url, body }, at)
        .catch((err: unknown) =>
          o.log.error({ err, webhook: r.name, event }, 'could not queue a webhook delivery'),
        );
    }
  };

  async function attempt(d: Awaited<ReturnType<DeliveryStore['claimDue']>>[number]): Promise<boolean> {
    const receiver = byName.get(d.webhook);
    const retryAt = () =>
      d.attempts + 1 >= maxAttempts ? null : new Date(now().getTime() + baseDelayMs * 2 ** d.attempts);
    if (!receiver) {
      await o.store.markFailed(d.id, null, `webhook ${d.webhook} is no longer configured`, null);
      return false;
    }
    const timestamp = String(Math.floor(now().getTime() / 1000));
    let status: number | null = null;
    try {
      const res = await send(receiver.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(o.timeoutMs ?? 10_000),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Frontline-Webhooks/1',
          'x-frontline-event': d.event,
          'x-frontline-delivery': d.id,
          [TIMESTAMP_HEADER]: timestamp,
          [SIGNATURE_HEADER]: signature(receiver.secret, timestamp, d.body),
        },
        body: d.body,
      });
      status = res.status;
      // Only the status matters; a body that cannot be discarded changes nothing about the delivery.
      await res.body
        ?.cancel()
        .catch((err: unknown) =>
          o.log.debug({ err, delivery: d.id }, 'discarding the receiver reply failed'),
        );
      if (res.ok) {
        await o.store.markDelivered(d.id, res.status, now());
        return true;
      }
      throw new Error(`HTTP ${res.status}`);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const next = retryAt();
      await o.store.markFailed(d.id, status, message, next);
      o.log.warn(
        { webhook: d.webhook, event: d.event, delivery: d.id, attempts: d.attempts + 1, error: message },
        next ? 'webhook delivery failed, will retry' : 'webhook delivery failed for good',
      );
      return false;
    }
  }

  return {
    /** Whether any receiver is configured (no tap and no job without one). */
    active: o.receivers.length > 0,
    emit,
    /** Sends every due delivery once; returns how many were delivered. */
    async deliverDue(limit = 20): Promise<number> {
      const due = await o.store.claimDue(now(), limit);
      let delivered = 0;
      for (const d of due) if (await attempt(d)) delivered++;
      return delivered;
    },
    receivers: () => o.receivers.map((r) => ({ name: r.name, url: r.url, events: [...r.events] })),
  };
}

export type Webhooks = ReturnType<typeof createWebhooks>;
