// LiveBus over PostgreSQL LISTEN/NOTIFY: one dedicated listening connection per instance, NOTIFY
// through a short-lived query. Channel names carry a namespace (the schema), because NOTIFY is
// database-wide and several desks may share a database under different schemas.
import pg from 'pg';
import type { Logger } from 'pino';
import { currentSchemaOf } from '../storage/pg-schema.js';
import type { LiveBus } from './bus.js';

/** NOTIFY payloads must stay below 8,000 bytes; larger ones are sent as a reference instead. */
export const MAX_NOTIFY_BYTES = 7_500;

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

  return {
    async publish(topic, payload) {
      const text = JSON.stringify(payload);
      if (Buffer.byteLength(text) > MAX_NOTIFY_BYTES)
        throw new Error(`live payload too large for NOTIFY (${text.length} bytes)`);
      await publisher.query('SELECT pg_notify($1, $2)', [channelName(namespace, topic), text]);
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
