import type { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { EmailStore } from './ports.js';
import { createRelayTransport, DEFAULT_RELAY, type RelaySettings } from './relay.js';

/** The error a reply gets when the desk has no relay to send it through. */
export const NO_RELAY = 'not sent: no SMTP relay is configured (SMTP_RELAY_URL)';

/** What the admin API shows about the relay. */
export interface RelayStatus {
  configured: boolean;
  tls: RelaySettings['tls'] | null;
  lastSentAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
}

export interface OutboxWorkerOptions {
  store: EmailStore;
  log: Logger;
  /**
   * SMTP relay URL, e.g. smtp://user:pass@relay.isp.example:587. Without one nothing can be sent:
   * each queued reply is marked failed with NO_RELAY rather than waiting for ever.
   */
  relayUrl: string | null;
  /** TLS policy and timeouts of the relay connection (operator file: adapters.relay). */
  relay?: RelaySettings;
  fromAddress: string;
  fromName: string;
  maxAttempts?: number;
  baseDelayMs?: number;
  pollMs?: number;
  now?: () => Date;
}

/** Sends queued mail through the relay; failures retry with exponential back-off. */
export function createOutboxWorker(opts: OutboxWorkerOptions) {
  const maxAttempts = opts.maxAttempts ?? 8;
  const baseDelayMs = opts.baseDelayMs ?? 30_000;
  const now = opts.now ?? (() => new Date());
  const relay = opts.relay ?? DEFAULT_RELAY;
  let transport: Transporter | null = opts.relayUrl ? createRelayTransport(opts.relayUrl, relay) : null;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  const status: RelayStatus = {
    configured: opts.relayUrl !== null,
    tls: opts.relayUrl ? relay.tls : null,
    lastSentAt: null,
    lastError: null,
    lastErrorAt: null,
  };

  async function flushOnce(): Promise<number> {
    if (!opts.relayUrl) {
      await failWithoutRelay();
      return 0;
    }
    if (!transport) return 0; // stopped
    let sent = 0;
    let due: Awaited<ReturnType<EmailStore['due']>>;
    try {
      // Claims the mail for this worker (see the store): other instances polling the same outbox skip it.
      due = await opts.store.due(now(), 20);
    } catch (err) {
      // The database may be away for a moment (fail-over); the next poll tries again.
      opts.log.error({ err }, 'could not read the e-mail outbox');
      return 0;
    }
    for (const item of due) {
      try {
        await transport.sendMail({
          from: { name: opts.fromName, address: opts.fromAddress },
          to: item.to,
          subject: item.subject,
          text: item.text,
          html: item.html,
          messageId: item.messageId,
          inReplyTo: item.inReplyTo ?? undefined,
          references: item.references,
          headers: item.headers,
        });
      } catch (err) {
        status.lastError = (err as Error).message;
        status.lastErrorAt = now().toISOString();
        const attempts = item.attempts + 1;
        const next =
          attempts >= maxAttempts ? null : new Date(now().getTime() + baseDelayMs * 2 ** (attempts - 1));
        await opts.store
          .markFailed(item.id, (err as Error).message, next)
          .catch((e: unknown) =>
            opts.log.error({ err: e, id: item.id }, 'could not record a failed e-mail send'),
          );
        opts.log.warn(
          { err, id: item.id, attempts },
          next ? 'e-mail send failed, will retry' : 'e-mail send failed for good',
        );
        continue;
      }
      sent++;
      status.lastSentAt = now().toISOString();
      // A database error here is not a failed send: the mail stays claimed and, only if the claim
      // runs out unconfirmed, is sent once more (at-least-once).
      await opts.store
        .markSent(item.id)
        .catch((err: unknown) => opts.log.error({ err, id: item.id }, 'e-mail sent but not marked as sent'));
    }
    return sent;
  }

  async function failWithoutRelay(): Promise<void> {
    let due: Awaited<ReturnType<EmailStore['due']>>;
    try {
      due = await opts.store.due(now(), 100);
    } catch (err) {
      opts.log.error({ err }, 'could not read the e-mail outbox');
      return;
    }
    for (const item of due) {
      await opts.store
        .markFailed(item.id, NO_RELAY, null)
        .catch((err: unknown) =>
          opts.log.error({ err, id: item.id }, 'could not record an unsendable e-mail'),
        );
      opts.log.warn({ id: item.id, ticketId: item.ticketId }, NO_RELAY);
    }
    if (due.length > 0) {
      status.lastError = NO_RELAY;
      status.lastErrorAt = now().toISOString();
    }
  }

  return {
    /** The relay's configuration and the outcome of the last sends (this instance's). */
    status(): RelayStatus {
      return { ...status };
    },
    /** Sends everything due now; concurrent calls share one run. */
    flush(): Promise<number> {
      running ??= flushOnce().finally(() => (running = null));
      return running;
    },
    start(): void {
      if (timer) return;
      timer = setInterval(
        () => void this.flush().catch((err: unknown) => opts.log.error({ err }, 'e-mail outbox run failed')),
        opts.pollMs ?? 1_000,
      );
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
      transport?.close();
      transport = null;
    },
  };
}
