import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxWorker } from '../../src/channels/email/outbox-worker.js';
import type { EmailStore, OutboundMail } from '../../src/channels/email/ports.js';
import { createEmailStore, OUTBOX_CLAIM_MS } from '../../src/storage/channel-store.js';
import { openDatabase, type Db, type Engine } from '../../src/storage/db.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { testEngines } from '../foundation/helpers.js';
import { startSink } from '../helpers/smtp-sink.js';

// Two desk instances share one outbox: each opens its own connection(s) to the same database.

const log = pino({ level: 'silent' });

interface Pair {
  a: Db;
  b: Db;
  destroy(): Promise<void>;
}

async function openPair(engine: Engine): Promise<Pair> {
  if (engine === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!;
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const a = openDatabase(url, { pgSchema: schema, poolMax: 4 });
    await migrateToLatest(a.db as never, a.engine);
    const b = openDatabase(url, { pgSchema: schema, poolMax: 4 });
    return {
      a,
      b,
      async destroy() {
        await a.close();
        await b.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP SCHEMA ${schema} CASCADE`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'frontline-outbox-'));
  const file = join(dir, 'outbox.db');
  const a = openDatabase(file);
  await migrateToLatest(a.db as never, a.engine);
  const b = openDatabase(file);
  return {
    a,
    b,
    async destroy() {
      await a.close();
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const mail = (n: string): OutboundMail => ({
  ticketId: null,
  to: `customer${n}@example.se`,
  subject: `Case ${n}`,
  text: `reply ${n}`,
  html: `<p>reply ${n}</p>`,
  messageId: `<claim-${n}-${randomBytes(4).toString('hex')}@isp.example>`,
  inReplyTo: null,
  references: [],
  headers: {},
});

describe.each(testEngines())('e-mail outbox shared by two instances on %s', (engine) => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await openPair(engine);
  });
  afterAll(async () => {
    await pair?.destroy();
  });

  it('two instances polling at once claim each due mail exactly once', async () => {
    const storeA = createEmailStore(pair.a.db as never);
    const storeB = createEmailStore(pair.b.db as never);
    const ids = new Set<string>();
    for (let i = 0; i < 8; i++) ids.add(await (i % 2 ? storeA : storeB).enqueue(mail(`c${i}`)));
    const now = new Date(Date.now() + 1000);
    const [fromA, fromB] = await Promise.all([storeA.due(now, 20), storeB.due(now, 20)]);
    const claimed = [...fromA, ...fromB].map((m) => m.id).filter((id) => ids.has(id));
    expect(claimed).toHaveLength(8);
    expect(new Set(claimed)).toEqual(ids);
    // Claimed mail is leased: nobody gets it again until the lease ends.
    expect((await storeA.due(now, 20)).filter((m) => ids.has(m.id))).toEqual([]);
    expect((await storeB.outbox()).filter((m) => ids.has(m.id)).every((m) => m.status === 'sending')).toBe(
      true,
    );
    for (const m of fromA) await storeA.markSent(m.id);
    for (const m of fromB) await storeB.markSent(m.id);
    expect((await storeA.outbox()).filter((m) => ids.has(m.id)).every((m) => m.status === 'sent')).toBe(true);
  });

  it('a claim whose sender never confirmed is taken over after the lease, counted as an attempt', async () => {
    const storeA = createEmailStore(pair.a.db as never);
    const storeB = createEmailStore(pair.b.db as never);
    const id = await storeA.enqueue(mail('lease'));
    const t0 = new Date(Date.now() + 1000);
    expect((await storeA.due(t0, 20)).map((m) => m.id)).toContain(id);
    expect(
      (await storeB.due(new Date(t0.getTime() + OUTBOX_CLAIM_MS - 1), 20)).map((m) => m.id),
    ).not.toContain(id);
    const taken = (await storeB.due(new Date(t0.getTime() + OUTBOX_CLAIM_MS), 20)).find((m) => m.id === id);
    expect(taken?.attempts).toBe(1);
    const row = (await storeB.outbox()).find((m) => m.id === id)!;
    expect(row).toMatchObject({
      status: 'sending',
      attempts: 1,
      lastError: 'claim expired before the send was confirmed',
    });
    await storeB.markSent(id);
  });

  it('failures from both instances are all counted', async () => {
    const storeA = createEmailStore(pair.a.db as never);
    const storeB = createEmailStore(pair.b.db as never);
    const id = await storeA.enqueue(mail('fail'));
    const retry = new Date(Date.now() + 60_000);
    await Promise.all([
      storeA.markFailed(id, 'relay down', retry),
      storeB.markFailed(id, 'relay down', retry),
      storeA.markFailed(id, 'relay down', retry),
    ]);
    const row = (await storeA.outbox()).find((m) => m.id === id)!;
    expect(row).toMatchObject({ status: 'queued', attempts: 3, lastError: 'relay down' });
    await storeA.markSent(id);
  });

  it('two outbox workers flushing together deliver every mail once', async () => {
    const { received, port, close } = await startSink();
    const worker = (db: Db) =>
      createOutboxWorker({
        store: createEmailStore(db.db as never),
        log,
        relayUrl: `smtp://127.0.0.1:${port}`,
        fromAddress: 'support@isp.example',
        fromName: 'Support',
      });
    const wA = worker(pair.a);
    const wB = worker(pair.b);
    try {
      const store = createEmailStore(pair.a.db as never);
      const sent: string[] = [];
      for (let i = 0; i < 10; i++) {
        const m = mail(`w${i}`);
        sent.push(m.messageId);
        await store.enqueue(m);
      }
      const [nA, nB] = await Promise.all([wA.flush(), wB.flush()]);
      expect(nA + nB).toBe(10);
      expect(received.filter((id) => sent.includes(id)).sort()).toEqual([...sent].sort());
      const rows = (await store.outbox()).filter((m) => sent.includes(m.messageId));
      expect(rows.every((m) => m.status === 'sent')).toBe(true);
    } finally {
      await wA.stop();
      await wB.stop();
      await close();
    }
  });
});

describe('outbox worker when the database is away', () => {
  const item = (id: string) => ({ ...mail(id), id, attempts: 0 });
  const errors: string[] = [];
  const spyLog = {
    ...log,
    error: (_o: unknown, msg: string) => void errors.push(msg),
    warn: () => undefined,
  } as unknown as typeof log;
  const base: EmailStore = {
    journal: async () => undefined,
    receivedFrom: async () => 0,
    saveAttachment: async () => 'a',
    enqueue: async () => 'x',
    due: async () => [],
    markSent: async () => undefined,
    markFailed: async () => undefined,
    outbox: async () => [],
    outboxSummary: async () => ({ counts: {}, failed: [] }),
    attachments: async () => [],
    attachment: async () => null,
  };

  it('a failing outbox read is logged and the run ends quietly', async () => {
    errors.length = 0;
    const store: EmailStore = { ...base, due: () => Promise.reject(new Error('connection terminated')) };
    const w = createOutboxWorker({
      store,
      log: spyLog,
      relayUrl: 'smtp://127.0.0.1:1',
      fromAddress: 's@isp.example',
      fromName: 'S',
    });
    await expect(w.flush()).resolves.toBe(0);
    await w.stop();
    expect(errors).toEqual(['could not read the e-mail outbox']);
  });

  it('a mail that was sent is never recorded as a failed send when marking it fails', async () => {
    errors.length = 0;
    const { received, port, close } = await startSink();
    const failed: string[] = [];
    const m = item('db-down');
    const store: EmailStore = {
      ...base,
      due: async () => [m],
      markSent: () => Promise.reject(new Error('connection terminated')),
      markFailed: async (id) => void failed.push(id),
    };
    const w = createOutboxWorker({
      store,
      log: spyLog,
      relayUrl: `smtp://127.0.0.1:${port}`,
      fromAddress: 's@isp.example',
      fromName: 'S',
    });
    try {
      expect(await w.flush()).toBe(1);
      expect(received).toEqual([m.messageId]);
      expect(failed).toEqual([]);
      expect(errors).toEqual(['e-mail sent but not marked as sent']);
    } finally {
      await w.stop();
      await close();
    }
  });
});
