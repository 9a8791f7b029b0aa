import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessBus, type LiveBus } from '../live/bus.js';
import { TASK_TOPIC } from './task-queue.js';
import { startTestAcs, type TestAcs } from './testing/harness.js';
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

  async function twoInstances(bus: LiveBus | null) {
    const dbUrl = join(dir, `acs-${Math.random().toString(36).slice(2)}.db`);
    // Polling alone would take a minute: only the bus can settle the waiter within the test.
    const tasks = { pollIntervalMs: 60_000, sharedPollIntervalMs: 60_000, rekickMs: 60_000 };
    const a: TestAcs = await startTestAcs({ tasks }, { dbUrl });
    running.push(a);
    const b: TestAcs = await startTestAcs({ tasks }, { dbUrl });
    running.push(b);
    if (bus) {
      a.acs.queue.shareEvents(bus);
      b.acs.queue.shareEvents(bus);
    }
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

  it('cleans up', () => {
    rmSync(dir, { recursive: true, force: true });
  });
});
