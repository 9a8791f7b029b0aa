// Which conversations wait for the customer, and since when (the bot's last message): the input of
// the silence reminders. In memory by default; the desk passes a database-backed one so that every
// instance sees every conversation and a restart forgets none (src/storage/silence-timers.ts).

export interface SilenceWatch {
  /** The conversation waits for the customer since `sinceMs` (epoch ms). */
  wait(ticketId: string, sinceMs: number): Promise<void>;
  /** The conversation no longer waits (the customer wrote, a person took over, it closed). */
  clear(ticketId: string): Promise<void>;
  /** Conversations waiting since `cutoffMs` or earlier, longest-waiting first. */
  due(cutoffMs: number, limit: number): Promise<{ ticketId: string; sinceMs: number }[]>;
}

export function createInMemorySilenceWatch(): SilenceWatch {
  const waiting = new Map<string, number>();
  return {
    async wait(ticketId, sinceMs) {
      waiting.set(ticketId, sinceMs);
    },
    async clear(ticketId) {
      waiting.delete(ticketId);
    },
    async due(cutoffMs, limit) {
      return [...waiting]
        .filter(([, since]) => since <= cutoffMs)
        .sort((x, y) => x[1] - y[1])
        .slice(0, limit)
        .map(([ticketId, sinceMs]) => ({ ticketId, sinceMs }));
    },
  };
}
