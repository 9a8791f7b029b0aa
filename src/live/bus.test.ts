import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { PushedReply } from '../agent/agent.js';
import { createInProcessBus, type LiveBus } from './bus.js';
import { createPgBus, NOTIFY_BATCH, notifyBatches } from './pg-bus.js';
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

  it('sends NOTIFYs published while one is on its way together, in order, in the next statement', async () => {
    const sent: { text: string; values: string[] }[] = [];
    let release: () => void = () => undefined;
    const outbox = notifyBatches(async (text, values) => {
      sent.push({ text, values });
      await new Promise<void>((r) => (release = r));
    });
    const first = outbox.send('c', 'p0');
    const rest = Array.from({ length: NOTIFY_BATCH + 2 }, (_, i) => outbox.send('c', `p${i + 1}`));
    expect(sent).toHaveLength(1); // the first goes out at once, alone
    expect(sent[0]).toEqual({ text: 'SELECT pg_notify($1, $2)', values: ['c', 'p0'] });
    release();
    await first;
    await new Promise((r) => setImmediate(r));
    expect(sent).toHaveLength(2);
    expect(sent[1]!.values.filter((_, i) => i % 2 === 1)).toEqual(
      Array.from({ length: NOTIFY_BATCH }, (_, i) => `p${i + 1}`),
    );
    release();
    await new Promise((r) => setImmediate(r));
    expect(sent[2]!.values).toEqual(['c', `p${NOTIFY_BATCH + 1}`, 'c', `p${NOTIFY_BATCH + 2}`]);
    release();
    await Promise.all(rest);
  });

  it('a failed batch is sent again one by one: only the failing publisher hears of it', async () => {
    const sent: string[][] = [];
    let hold: Promise<void> | null = new Promise<void>((r) => setTimeout(r, 10));
    const outbox = notifyBatches(async (_text, values) => {
      sent.push(values);
      if (hold) await hold;
      if (values.includes('bad')) throw new Error('refused');
    });
    const first = outbox.send('c', 'a');
    const batch = [outbox.send('c', 'b'), outbox.send('c', 'bad'), outbox.send('c', 'd')];
    await first;
    hold = null;
    const results = await Promise.allSettled(batch);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(sent.slice(1)).toEqual([
      ['c', 'b', 'c', 'bad', 'c', 'd'],
      ['c', 'b'],
      ['c', 'bad'],
      ['c', 'd'],
    ]);
  });

  it.skipIf(!PG)('over PostgreSQL delivers many NOTIFYs published at once, each once, in order', async () => {
    const a = await createPgBus({ connectionString: PG!, namespace: 'bus_test_batch', log });
    const b = await createPgBus({ connectionString: PG!, namespace: 'bus_test_batch', log });
    try {
      const got: unknown[] = [];
      b.subscribe('tasks', (p) => got.push(p));
      await new Promise((r) => setTimeout(r, 50)); // LISTEN is issued asynchronously
      await Promise.all(Array.from({ length: 120 }, (_, n) => a.publish('tasks', { n })));
      for (let i = 0; i < 50 && got.length < 120; i++) await new Promise((r) => setTimeout(r, 20));
      expect(got).toEqual(Array.from({ length: 120 }, (_, n) => ({ n })));
    } finally {
      await Promise.all([a.close(), b.close()]);
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
