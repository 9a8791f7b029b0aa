import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { PushedReply } from '../agent/agent.js';
import { createInProcessBus, type LiveBus } from './bus.js';
import { createPgBus } from './pg-bus.js';
import { bridgeReplies } from './replies.js';

const log = pino({ level: 'silent' });
const PG = process.env.TEST_DATABASE_URL;

function nextOn(bus: LiveBus, topic: string): Promise<unknown> {
  return new Promise((resolve) => {
    const off = bus.subscribe(topic, (p) => {
      off();
      resolve(p);
    });
  });
}

function reply(ticketId: string, text: string): PushedReply {
  return {
    ticketId,
    role: 'staff',
    reply: { id: '7', text, askKey: null, options: [], final: false, meta: { turnMs: 0, deviceWaitMs: 0 } },
  };
}

describe('live bus', () => {
  it('in one process delivers to every subscriber', async () => {
    const bus = createInProcessBus();
    const got = Promise.all([nextOn(bus, 't'), nextOn(bus, 't')]);
    await bus.publish('t', { n: 1 });
    expect(await got).toEqual([{ n: 1 }, { n: 1 }]);
  });

  it.skipIf(!PG)('over PostgreSQL reaches the other instance of the same namespace only', async () => {
    const a = await createPgBus({ connectionString: PG!, namespace: 'bus_test_a', log });
    const b = await createPgBus({ connectionString: PG!, namespace: 'bus_test_a', log });
    const other = await createPgBus({ connectionString: PG!, namespace: 'bus_test_b', log });
    try {
      let crossed = false;
      other.subscribe('replies', () => (crossed = true));
      const got = nextOn(b, 'replies');
      await new Promise((r) => setTimeout(r, 50)); // LISTEN is issued asynchronously
      await a.publish('replies', { hello: 'B' });
      expect(await got).toEqual({ hello: 'B' });
      expect(crossed).toBe(false);
      await expect(a.publish('replies', { big: 'x'.repeat(9000) })).rejects.toThrow(/too large/);
    } finally {
      await Promise.all([a.close(), b.close(), other.close()]);
    }
  });

  it('a reply too long for NOTIFY travels without its text and is completed from storage', async () => {
    const bus = createInProcessBus();
    let emit: (p: PushedReply) => void = () => undefined;
    const long = 'lång text '.repeat(1000);
    const agent = {
      onReply(l: (p: PushedReply) => void) {
        emit = l;
        return () => undefined;
      },
      messages: async () => [{ id: '7', text: long }],
    };
    const published: unknown[] = [];
    bus.subscribe('replies', (p) => published.push(p));
    const live = bridgeReplies(agent, bus, log);
    const delivered = new Promise<PushedReply>((resolve) => live.onReply(resolve));
    emit(reply('t1', long));
    expect((await delivered).reply.text).toBe(long);
    expect((published[0] as { textOmitted?: boolean }).textOmitted).toBe(true);
  });
});
