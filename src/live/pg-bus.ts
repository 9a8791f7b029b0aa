// LiveBus over PostgreSQL LISTEN/NOTIFY: one dedicated listening connection per instance, NOTIFY
// through a short-lived query. Channel names carry a namespace (the schema), because NOTIFY is
// database-wide and several desks may share a database under different schemas.
import pg from 'pg';
import type { Logger } from 'pino';
import { currentSchemaOf } from '../storage/pg-schema.js';
import type { LiveBus, Notification } from './bus.js';

/** NOTIFY payloads must stay below 8,000 bytes; larger ones are sent as a reference instead. */
export const MAX_NOTIFY_BYTES = 7_500;

/** The most notifications sent in one statement. */
export const NOTIFY_BATCH = 50;

/**
 * Notifications sent in batches: one statement at a time goes out, and what is published while it
 * is on its way goes together in the next (in publishing order) — one round trip for many when
 * many are published at once, none waiting when one is. A batch that fails is sent again one by
 * one, so that each publisher hears of its own failure only. Identical notifications (same channel
 * and payload) in one batch reach listeners once, as PostgreSQL folds them within a transaction.
 */
export function notifyBatches(query: (text: string, values: string[]) => Promise<void>) {
  type Pending = { channel: string; text: string; resolve: () => void; reject: (err: unknown) => void };
  let queued: Pending[] = [];
  let sending = false;
  const run = (batch: Pending[]) =>
    query(
      `SELECT ${batch.map((_, i) => `pg_notify($${2 * i + 1}, $${2 * i + 2})`).join(', ')}`,
      batch.flatMap((p) => [p.channel, p.text]),
    );
  async function drain(): Promise<void> {
    sending = true;
    while (queued.length > 0) {
      const batch = queued.slice(0, NOTIFY_BATCH);
      queued = queued.slice(batch.length);
      try {
        await run(batch);
        for (const p of batch) p.resolve();
      } catch (err) {
        if (batch.length === 1) batch[0]!.reject(err);
        else for (const p of batch) await run([p]).then(p.resolve, p.reject);
      }
    }
    sending = false;
  }
  return {
    send(channel: string, text: string): Promise<void> {
      return new Promise((resolve, reject) => {
        queued.push({ channel, text, resolve, reject });
        if (!sending) void drain();
      });
    },
  };
}

export interface PgBusOptions {
  connectionString: string;
  /** Keeps desks that share a database apart (default: the connection's current schema). */
  namespace?: string;
  log: Logger;
  /** How long to wait before re-listening after the connection drops. */
  reconnectMs?: number;
}

function channelName(namespace: string, topic: string): string {
  return `fl_${namespace}_${topic}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 63);
}

export async function createPgBus(opts: PgBusOptions): Promise<LiveBus> {
  const handlers = new Map<string, Set<(payload: unknown) => void>>();
  const publisher = new pg.Pool({ connectionString: opts.connectionString, max: 2 });
  const namespace = opts.namespace ?? (await currentSchemaOf(publisher));
  let listener: pg.Client | null = null;
  let closed = false;

  async function connect(): Promise<void> {
    const client = new pg.Client({ connectionString: opts.connectionString });
    client.on('notification', (n) => {
      const topic = [...handlers.keys()].find((t) => channelName(namespace, t) === n.channel);
      if (!topic || n.payload === undefined) return;
      let payload: unknown;
      try {
        payload = JSON.parse(n.payload);
      } catch (err) {
        opts.log.warn({ err, topic, channel: n.channel }, 'live bus notification is not JSON; dropped');
        return;
      }
      for (const h of handlers.get(topic) ?? []) h(payload);
    });
    client.on('error', (err) => {
      opts.log.warn({ err: err.message }, 'live bus connection lost; reconnecting');
      listener = null;
      void client
        .end()
        .catch((e: unknown) => opts.log.debug({ err: e }, 'closing the lost live bus connection failed'));
      if (!closed) reconnectLater();
    });
    await client.connect();
    for (const topic of handlers.keys()) await client.query(`LISTEN ${channelName(namespace, topic)}`);
    listener = client;
  }
  // A reconnect that fails is tried again: giving up would leave this instance deaf to the others.
  function reconnectLater(): void {
    const retry = () =>
      connect().catch((err: unknown) => {
        opts.log.warn({ err }, 'live bus reconnect failed; trying again');
        if (!closed) reconnectLater();
      });
    setTimeout(() => void retry(), opts.reconnectMs ?? 1000).unref();
  }
  await connect();
  const outbox = notifyBatches((text, values) => publisher.query(text, values).then(() => undefined));

  return {
    async publish(topic, payload) {
      const text = JSON.stringify(payload);
      if (Buffer.byteLength(text) > MAX_NOTIFY_BYTES)
        throw new Error(`live payload too large for NOTIFY (${text.length} bytes)`);
      await outbox.send(channelName(namespace, topic), text);
    },
    notification(topic, payload): Notification | null {
      const text = JSON.stringify(payload);
      if (Buffer.byteLength(text) > MAX_NOTIFY_BYTES) return null;
      return { channel: channelName(namespace, topic), text };
    },
    subscribe(topic, handler) {
      let set = handlers.get(topic);
      if (!set) {
        handlers.set(topic, (set = new Set()));
        void listener
          ?.query(`LISTEN ${channelName(namespace, topic)}`)
          .catch((err: Error) => opts.log.error({ err: err.message }, 'LISTEN failed'));
      }
      set.add(handler);
      return () => set.delete(handler);
    },
    async close() {
      closed = true;
      await listener
        ?.end()
        .catch((err: unknown) => opts.log.warn({ err }, 'closing the live bus listener failed'));
      await publisher.end();
    },
  };
}
