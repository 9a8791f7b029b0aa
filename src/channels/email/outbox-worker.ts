import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { EmailStore } from './ports.js';

export interface OutboxWorkerOptions {
  store: EmailStore;
  log: Logger;
  /** SMTP relay URL, e.g. smtp://127.0.0.1:25; null disables sending (mail stays queued). */
  relayUrl: string | null;
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
  let transport: Transporter | null = opts.relayUrl
    ? nodemailer.createTransport(opts.relayUrl, { ignoreTLS: true, connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 10_000 } as object)
    : null;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;

  async function flushOnce(): Promise<number> {
    if (!transport) return 0;
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
        const attempts = item.attempts + 1;
        const next = attempts >= maxAttempts ? null : new Date(now().getTime() + baseDelayMs * 2 ** (attempts - 1));
        await opts.store
          .markFailed(item.id, (err as Error).message, next)
          .catch((e: unknown) => opts.log.error({ err: e, id: item.id }, 'could not record a failed e-mail send'));
        opts.log.warn({ err, id: item.id, attempts }, next ? 'e-mail send failed, will retry' : 'e-mail send failed for good');
        continue;
      }
      sent++;
      // A database error here is not a failed send: the mail stays claimed and, only if the claim
      // runs out unconfirmed, is sent once more (at-least-once).
      await opts.store.markSent(item.id).catch((err: unknown) => opts.log.error({ err, id: item.id }, 'e-mail sent but not marked as sent'));
    }
    return sent;
  }

  return {
    /** Sends everything due now; concurrent calls share one run. */
    flush(): Promise<number> {
      running ??= flushOnce().finally(() => (running = null));
      return running;
    },
    start(): void {
      if (timer) return;
      timer = setInterval(() => void this.flush().catch((err: unknown) => opts.log.error({ err }, 'e-mail outbox run failed')), opts.pollMs ?? 1_000);
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
