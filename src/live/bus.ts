// Live messages between desk instances (replies to push to chat sockets, console changes). One
// process: an in-memory bus. Several instances on PostgreSQL: LISTEN/NOTIFY (pg-bus.ts), so a
// customer connected to instance A sees a reply produced on instance B.
import { EventEmitter } from 'node:events';

export interface LiveBus {
  publish(topic: string, payload: unknown): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(topic: string, handler: (payload: unknown) => void): () => void;
  close(): Promise<void>;
  /**
   * PostgreSQL: the NOTIFY that `publish(topic, payload)` would send, for a caller to send inside a
   * statement of its own (delivered when that statement's transaction commits); null when the payload
   * cannot go as one. Buses that are no NOTIFY have none.
   */
  notification?(topic: string, payload: unknown): Notification | null;
}

/** A NOTIFY as a statement sends it: `pg_notify(channel, text)`. */
export interface Notification {
  channel: string;
  text: string;
}

export function createInProcessBus(): LiveBus {
  const events = new EventEmitter();
  events.setMaxListeners(0);
  return {
    async publish(topic, payload) {
      // Delivered after the publisher's turn, as a remote instance would see it.
      queueMicrotask(() => events.emit(topic, payload));
    },
    subscribe(topic, handler) {
      events.on(topic, handler);
      return () => events.off(topic, handler);
    },
    async close() {
      events.removeAllListeners();
    },
  };
}
