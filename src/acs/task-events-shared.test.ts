import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freshSchema } from '../../test/helpers/pg-schema.js';
import { createInProcessBus, type LiveBus } from '../live/bus.js';
import { createPgBus } from '../live/pg-bus.js';
import { TASK_TOPIC } from './task-queue.js';
import { startTestAcs, type TestAcs } from './testing/harness.js';
import { statementRecorder } from './testing/statements.js';
import { TestCpe } from './testing/test-cpe.js';

// Two ACS instances on one database (as two desks on PostgreSQL): a waiter on A for a task that a
// session on B runs learns its outcome from B's notification on the live bus, not from re-reading
// the row (which, with the bus, happens only every sharedPollIntervalMs as a safety net).

describe('router task changes shared between instances', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-task-events-'));
  const running: { close(): Promise<unknown> }[] = [];
  afterEach(async () => {
    for (const r of running.splice(0).reverse()) await r.close();
  });

  async function twoInstances(
    bus: LiveBus | null,
    dbUrl = join(dir, `acs-${Math.random().toString(36).slice(2)}.db`),
    busOfB: LiveBus | null = bus,
  ) {
    // Polling alone would take a minute: only the bus can settle the waiter within the test.
    const tasks = { pollIntervalMs: 60_000, sharedPollIntervalMs: 60_000, rekickMs: 60_000 };
    const a: TestAcs = await startTestAcs({ tasks }, { dbUrl });
    running.push(a);
    const b: TestAcs = await startTestAcs({ tasks }, { dbUrl });
    running.push(b);
    if (bus) a.acs.queue.shareEvents(bus);
    if (busOfB) b.acs.queue.shareEvents(busOfB);
    const cpe = new TestCpe({ acsUrl: b.url, serial: `SHARE${Math.random().toString(36).slice(2, 8)}` });
    running.push({ close: () => cpe.stop() });
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    await cpe.idle();
    return { a, b, cpe };
  }

  it('settles a waiter on one instance as soon as a session on the other finishes its task', async () => {
    const bus = createInProcessBus();
    running.push(bus);
    const told: unknown[] = [];
    bus.subscribe(TASK_TOPIC, (p) => told.push(p));
    const { a, cpe } = await twoInstances(bus);

    const task = await a.acs.queue.enqueue(cpe.deviceId, 'getParameterValues', {
      names: ['Device.DeviceInfo.UpTime'],
    });
    const waited = a.acs.queue.wait(task, null, 20_000);
    const started = Date.now();
    await cpe.inform([{ code: '2 PERIODIC', commandKey: '' }]);
    await cpe.idle();
    const row = await waited;
    expect(row.status).toBe('done');
    expect(Date.now() - started).toBeLessThan(10_000);
    // Only the outcome crossed over: not the task queued on A, nor B sending it.
    // (with the instance it came from, and the row as written: the waiter need not read it)
    const mine = told.filter((p) => (p as { taskId: string }).taskId === task.id);
    expect(mine.map((p) => ({ taskId: task.id, status: (p as { status: string }).status }))).toEqual([
      { taskId: task.id, status: 'done' },
    ]);
    expect(mine[0]).toMatchObject({ row: { id: task.id, status: 'done' } });
  });

  it('without a shared bus the waiter only learns it by reading the row', async () => {
    const { a, cpe } = await twoInstances(null);
    const task = await a.acs.queue.enqueue(cpe.deviceId, 'getParameterValues', {
      names: ['Device.DeviceInfo.UpTime'],
    });
    const waited = a.acs.queue.wait(task, null, 1_500).then(
      (r) => r.status,
      (e: Error) => e.name === 'Error' && e.message,
    );
    await cpe.inform([{ code: '2 PERIODIC', commandKey: '' }]);
    await cpe.idle();
    expect((await a.acs.store.getTask(task.id))?.status).toBe('done');
    expect(await waited).toBe('timed out waiting for the device');
  });

  it('tells nothing when the waiter is on the instance that ran the session', async () => {
    const bus = createInProcessBus();
    running.push(bus);
    const told: unknown[] = [];
    bus.subscribe(TASK_TOPIC, (p) => told.push(p));
    const { b, cpe } = await twoInstances(bus);
    const task = await b.acs.queue.enqueue(cpe.deviceId, 'getParameterValues', {
      names: ['Device.DeviceInfo.UpTime'],
    });
    const waited = b.acs.queue.wait(task, null, 20_000);
    await cpe.inform([{ code: '2 PERIODIC', commandKey: '' }]);
    await cpe.idle();
    expect((await waited).status).toBe('done');
    await new Promise((r) => setTimeout(r, 50));
    expect(told.filter((p) => (p as { taskId: string }).taskId === task.id)).toEqual([]);
  });

  const PG = process.env.TEST_DATABASE_URL;
  describe.skipIf(!PG)('on PostgreSQL', () => {
    const sql = statementRecorder();
    beforeAll(sql.install);
    afterAll(sql.uninstall);

    it("tells the outcome with the session's write statement, not a NOTIFY after it", async () => {
      const schema = await freshSchema(PG!, 'acs_notify');
      running.push({ close: schema.drop });
      const log = pino({ level: 'silent' });
      const busA = await createPgBus({ connectionString: schema.databaseUrl, log });
      running.push(busA);
      const busB = await createPgBus({ connectionString: schema.databaseUrl, log });
      running.push(busB);
      const told: unknown[] = [];
      busA.subscribe(TASK_TOPIC, (p) => told.push(p));
      const { a, cpe } = await twoInstances(busA, schema.databaseUrl, busB);

      const task = await a.acs.queue.enqueue(cpe.deviceId, 'getParameterValues', {
        names: ['Device.DeviceInfo.UpTime'],
      });
      const waited = a.acs.queue.wait(task, null, 20_000);
      sql.start();
      await cpe.inform([{ code: '2 PERIODIC', commandKey: '' }]);
      await cpe.idle();
      const row = await waited;
      await new Promise((r) => setTimeout(r, 100));
      const statements = sql.stop();
      expect(row.status).toBe('done');
      // B's session told it: once, with the row as written, from B's write (no pg_notify of its own).
      const mine = told.filter((p) => (p as { taskId: string }).taskId === task.id);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        taskId: task.id,
        status: 'done',
        row: { id: task.id, status: 'done' },
      });
      expect(statements.filter((s) => s.startsWith('select pg_notify'))).toEqual([]);
      expect(statements.some((s) => /^with .*pg_notify\(/.test(s))).toBe(true);
    }, 60_000);
  });

  it('cleans up', () => {
    rmSync(dir, { recursive: true, force: true });
  });
});
