// Desk time: from a customer's message reaching the agent (before it is accepted and the
// conversation's lease taken) to its last reply stored, on every channel. Waits on routers and the
// ISP are reported apart, so the figure is the desk's own work; the whole turn has its own histogram.
import { performance } from 'node:perf_hooks';
import { Histogram, type Registry } from 'prom-client';

interface Reply {
  meta?: { deviceWaitMs?: number };
}

/** The agent calls a channel makes for a customer's message. */
export interface TimedAgentCalls {
  acceptMessage(
    ticketId: string,
    text: string,
    meta?: { clientMessageId?: string },
  ): Promise<{ messageId: string; duplicate: boolean }>;
  handleMessage(ticketId: string, text: string, meta?: Record<string, unknown>): Promise<Reply[]>;
  /** Accept and answer in one call (the REST chat channel). */
  receiveMessage?(
    ticketId: string,
    text: string,
    meta?: { clientMessageId?: string; admit?: (conv: never) => void },
  ): Promise<{ messageId: string; duplicate: boolean; replies: Reply[] }>;
}

export interface DeskTimeSample {
  channel: string;
  /** Arrival to last reply stored, without device waits. */
  deskMs: number;
  deviceWaitMs: number;
}

/** Accepted messages whose turn has not started after this long are forgotten (the turn was lost). */
const FORGET_AFTER_MS = 10 * 60_000;
export const DESK_METRIC = 'frontline_desk_time_seconds';
const TURN_METRIC = 'frontline_turn_seconds';

export function createDeskTime(clock: () => number = () => performance.now()) {
  const desk = new Histogram({
    name: DESK_METRIC,
    help: 'Customer message to its last reply stored (accept, lease, turn, storage), without waits on routers and the ISP',
    labelNames: ['channel'] as const,
    buckets: [
      0.001, 0.0025, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 1, 2, 5,
    ],
    registers: [],
  });
  const turn = new Histogram({
    name: TURN_METRIC,
    help: 'Customer message to its last reply stored, waits on routers and the ISP included',
    labelNames: ['channel'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
    registers: [],
  });
  const listeners = new Set<(s: DeskTimeSample) => void>();
  /** `ticketId messageId` → when the message reached the agent. */
  const arrived = new Map<string, number>();

  function record(channel: string, since: number, replies: Reply[]) {
    if (!replies.length) return;
    const totalMs = clock() - since;
    const deviceWaitMs = Math.max(0, ...replies.map((r) => r.meta?.deviceWaitMs ?? 0));
    const sample = { channel, deskMs: Math.max(0, totalMs - deviceWaitMs), deviceWaitMs };
    desk.observe({ channel }, sample.deskMs / 1000);
    turn.observe({ channel }, totalMs / 1000);
    for (const l of listeners) l(sample);
  }

  function forgetStale(at: number) {
    for (const [key, since] of arrived) {
      if (at - since < FORGET_AFTER_MS) break;
      arrived.delete(key);
    }
  }

  return {
    register(registry: Registry): void {
      if (!registry.getSingleMetric(DESK_METRIC)) registry.registerMetric(desk);
      if (!registry.getSingleMetric(TURN_METRIC)) registry.registerMetric(turn);
    },
    /** Every sample as it is taken (the load benchmark collects them). */
    onSample(listener: (s: DeskTimeSample) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** The agent as a channel sees it, timing each customer message. */
    timed<A extends TimedAgentCalls>(agent: A, channel: string): A {
      return {
        ...agent,
        async acceptMessage(ticketId: string, text: string, meta?: { clientMessageId?: string }) {
          const since = clock();
          const accepted = await agent.acceptMessage(ticketId, text, meta);
          forgetStale(since);
          if (!accepted.duplicate) arrived.set(`${ticketId} ${accepted.messageId}`, since);
          return accepted;
        },
        async handleMessage(ticketId: string, text: string, meta: Record<string, unknown> = {}) {
          const key = typeof meta.messageId === 'string' ? `${ticketId} ${meta.messageId}` : null;
          const since = (key ? arrived.get(key) : undefined) ?? clock();
          if (key) arrived.delete(key);
          const replies = await agent.handleMessage(ticketId, text, meta);
          record(channel, since, replies);
          return replies;
        },
        ...(agent.receiveMessage
          ? {
              async receiveMessage(ticketId: string, text: string, meta?: { clientMessageId?: string }) {
                const since = clock();
                const received = await agent.receiveMessage!(ticketId, text, meta);
                record(channel, since, received.replies);
                return received;
              },
            }
          : {}),
      };
    },
  };
}

export type DeskTime = ReturnType<typeof createDeskTime>;
