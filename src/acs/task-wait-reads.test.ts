import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createInProcessBus } from '../live/bus.js';
import type { AcsTaskRow } from '../storage/tables/acs.js';
import { TASK_TOPIC } from './task-queue.js';
import { startTestAcs, type TestAcs } from './testing/harness.js';
import { statementRecorder } from './testing/statements.js';
import { TestCpe } from './testing/test-cpe.js';

// A waiter for a router task that a session in this process runs learns the outcome from the
// session's own write: the task row is read once when the wait starts, not again for the outcome,
// and not at the end of a session that left the task waiting for the router's reboot. The device
// row an operation goes by is read once for a turn's operations on that router.

const sql = statementRecorder();
beforeAll(sql.install);
afterAll(sql.uninstall);

const taskReads = (statements: string[]) =>
  statements.filter((s) => /^select \* from "acs_tasks" where "id" = \?$/.test(s));
/** Reads of several task rows in one statement: the number of rows asked for in each. */
const batchedTaskReads = (statements: string[]) =>
  statements.flatMap((s) =>
    /^select \* from "acs_tasks" where "id" in \(/.test(s) ? [s.split('?').length - 1] : [],
  );

describe('waiting for a router task run in this process', () => {
  let t: TestAcs;
  let cpe: TestCpe;
  afterEach(async () => {
    sql.stop();
    await cpe?.stop();
    await t?.close();
  });

  async function start(serial: string) {
    // Polls far apart: what the waiter reads is what the events make it read.
    t = await startTestAcs({
      tasks: { pollIntervalMs: 60_000, sharedPollIntervalMs: 60_000, rekickMs: 60_000 },
    });
    cpe = new TestCpe({ acsUrl: t.url, serial });
    await cpe.startCrListener();
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    await cpe.idle();
    return (await t.acs.store.getDevice(cpe.deviceId))!;
  }

  /** Queues a task, asks the router to connect and waits for it: the row and the task reads meanwhile. */
  async function runTask(serial: string, name: 'getParameterValues' | 'reboot', args: object) {
    const device = await start(serial);
    sql.start();
    const task = await t.acs.queue.enqueue(device.id, name, args);
    expect((await t.acs.queue.kick(device)).ok).toBe(true);
    const row = await t.acs.queue.wait(task, device, 20_000);
    await cpe.idle();
    return { row, reads: taskReads(sql.stop()) };
  }

  it('reads the task once for a read the router answers in one session', async () => {
    const { row, reads } = await runTask('WAITR1', 'getParameterValues', {
      names: ['Device.DeviceInfo.UpTime'],
    });
    expect(row.status).toBe('done');
    expect(JSON.parse(row.result!)).toMatchObject({ values: [{ name: 'Device.DeviceInfo.UpTime' }] });
    expect(reads).toHaveLength(1);
  });

  it('does not read the task again when the session that parked it for a reboot ends', async () => {
    const { row, reads } = await runTask('WAITR2', 'reboot', {});
    expect(row.status).toBe('done');
    expect(cpe.received).toContain('Reboot');
    expect(reads).toHaveLength(1);
  });

  it("reads the router's device row once for a turn's several operations, again after it bootstraps", async () => {
    const device = await start('WAITR3');
    const deviceReads = (statements: string[]) =>
      statements.filter((s) =>
        /^select d\.id, .* from devices d join acs_device_state s .* where d\.id = \?$/.test(s),
      );
    // Each session on SQLite reads the row for itself: the operations' reads are what is over.
    let sessions = 0;
    t.acs.events.on('sessionStart', () => sessions++);
    sql.start();
    const ops = t.acs.deviceService;
    await ops.getParameters(device.id, ['Device.DeviceInfo.UpTime']);
    await ops.getParameters(device.id, ['Device.DeviceInfo.SoftwareVersion']);
    await ops.reboot(device.id);
    await cpe.idle();
    expect(sessions).toBeGreaterThanOrEqual(3);
    expect(deviceReads(sql.stop())).toHaveLength(sessions + 1);
    sessions = 0;
    sql.start();
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    await cpe.idle();
    await ops.getParameters(device.id, ['Device.DeviceInfo.UpTime']);
    await cpe.idle();
    expect(deviceReads(sql.stop())).toHaveLength(sessions + 1);
  });

  // Many waiters at once (a busy desk has hundreds of device waits open): a task's change reaches
  // the waiter of that task and a session's end the waiters on that router, and no one else; the
  // waiters share one listener per event on the ACS's emitter, however many they are.
  it('hears each change with the waiter it concerns, on one listener per event', async () => {
    const device = await start('MANYW1');
    const { events, queue } = t.acs;
    const before = { task: events.listenerCount('task'), end: events.listenerCount('sessionEnd') };

    const n = 40;
    const tasks: AcsTaskRow[] = [];
    for (let i = 0; i < n; i++)
      tasks.push(
        await queue.enqueue(device.id, 'getParameterValues', { names: ['Device.DeviceInfo.UpTime'] }),
      );
    const settled = new Map<string, AcsTaskRow>();
    const waits = tasks.map((task) =>
      queue.wait(task, device, 60_000).then((row) => settled.set(task.id, row)),
    );
    // Each waiter reads its task once as it starts (no bus is shared); let those reads finish.
    await new Promise((r) => setTimeout(r, 100));
    expect(events.listenerCount('task')).toBeLessThanOrEqual(before.task + 1);
    expect(events.listenerCount('sessionEnd')).toBeLessThanOrEqual(before.end + 1);

    // A change with its row settles that task's waiter alone, reading nothing.
    sql.start();
    const first = { ...tasks[0]!, status: 'done' as const };
    events.emit('task', {
      taskId: first.id,
      deviceId: device.id,
      name: first.name,
      status: 'done',
      row: first,
    });
    await new Promise((r) => setTimeout(r, 20));
    expect([...settled.keys()]).toEqual([first.id]);
    expect(settled.get(first.id)).toBe(first);
    expect(taskReads(sql.stop())).toHaveLength(0);

    // Another router's session end concerns none of them; this router's makes each pending one look.
    sql.start();
    events.emit('sessionEnd', { deviceId: 'someone-else', sessionId: 's1', reason: 'done' });
    await new Promise((r) => setTimeout(r, 20));
    expect(taskReads(sql.stop())).toHaveLength(0);
    // Together, in one statement.
    sql.start();
    events.emit('sessionEnd', { deviceId: device.id, sessionId: 's2', reason: 'done' });
    await new Promise((r) => setTimeout(r, 100));
    const looked = sql.stop();
    expect(taskReads(looked)).toHaveLength(0);
    expect(batchedTaskReads(looked)).toEqual([n - 1]);

    // The rest settle, each by its own change; then the emitter holds what it held before.
    for (const task of tasks.slice(1)) {
      const row = { ...task, status: 'done' as const };
      events.emit('task', { taskId: task.id, deviceId: device.id, name: task.name, status: 'done', row });
    }
    await Promise.all(waits);
    expect(settled.size).toBe(n);
    for (const task of tasks) expect(settled.get(task.id)!.id).toBe(task.id);
    expect(events.listenerCount('task')).toBe(before.task);
    expect(events.listenerCount('sessionEnd')).toBe(before.end);
  });

  // The safety-net polls of the waiters under way (every second here while a task waits for its
  // router) fall on shared ticks and are read together, one statement per tick rather than one per
  // waiter (issue 17: under load these polls were the desk's most frequent statement).
  it('reads the rows of the polls due on one tick in one statement', async () => {
    t = await startTestAcs({
      tasks: { pollIntervalMs: 2000, sharedPollIntervalMs: 2000, rekickMs: 60_000 },
    });
    cpe = new TestCpe({ acsUrl: t.url, serial: 'POLLS1' });
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    await cpe.idle();
    const { queue } = t.acs;
    const n = 12;
    const tasks: AcsTaskRow[] = [];
    // Queued for a router nobody asks to connect: they wait, and their waiters poll.
    for (let i = 0; i < n; i++)
      tasks.push(
        await queue.enqueue(cpe.deviceId, 'getParameterValues', { names: ['Device.DeviceInfo.UpTime'] }),
      );
    // The waits begin together (each reads its row as it starts); their polls are due two seconds later.
    // What is counted does not depend on how busy the machine is: the statements that read the polled
    // rows, however late the polls run.
    const waits = tasks.map((task) => queue.wait(task, null, 60_000).catch(() => undefined));
    await new Promise((r) => setTimeout(r, 1000));
    sql.start();
    const polledAll = (): boolean => {
      const seen = sql.peek();
      return batchedTaskReads(seen).reduce((a, b) => a + b, 0) + taskReads(seen).length >= n;
    };
    for (let i = 0; i < 300 && !polledAll(); i++) await new Promise((r) => setTimeout(r, 50));
    const polled = sql.stop();
    // Every waiter polled once; the polls share a tick (two when their start straddled the grid),
    // so the rows are read in one or two statements, not one statement per waiter.
    const batched = batchedTaskReads(polled);
    expect(batched.reduce((a, b) => a + b, 0) + taskReads(polled).length).toBe(n);
    expect(batched.length + taskReads(polled).length).toBeLessThanOrEqual(2);
    for (const task of tasks)
      t.acs.events.emit('task', {
        taskId: task.id,
        deviceId: task.device_id,
        name: task.name,
        status: 'done',
        row: { ...task, status: 'done' },
      });
    await Promise.all(waits);
  });
});

// With the live bus shared (several desks on PostgreSQL), every change of a task is heard: one in
// this process from its session's event, one on another instance from the bus, which carries the
// row as written when it fits. So a waiter for a task this instance just queued does not read the
// row back when it starts waiting, nor when the task is finished elsewhere; it reads it only when a
// change came without the row, also one that came before the wait began.
describe('waiting for a task queued here, with the task changes shared', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-task-unclaimed-'));
  const running: { close(): Promise<unknown> }[] = [];
  afterEach(async () => {
    sql.stop();
    for (const r of running.splice(0).reverse()) await r.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Two instances on one database sharing a bus; the router talks to `on`. */
  async function setUp(on: 'a' | 'b') {
    const dbUrl = join(dir, `acs-${Math.random().toString(36).slice(2)}.db`);
    // Polls far apart: what the waiter reads is what the changes make it read.
    const tasks = { pollIntervalMs: 60_000, sharedPollIntervalMs: 60_000, rekickMs: 60_000 };
    const bus = createInProcessBus();
    running.push(bus);
    const a: TestAcs = await startTestAcs({ tasks }, { dbUrl });
    running.push(a);
    const b: TestAcs = await startTestAcs({ tasks }, { dbUrl });
    running.push(b);
    a.acs.queue.shareEvents(bus);
    b.acs.queue.shareEvents(bus);
    const cpe = new TestCpe({
      acsUrl: (on === 'a' ? a : b).url,
      serial: `UNCL${Math.random().toString(36).slice(2, 8)}`,
    });
    running.push({ close: () => cpe.stop() });
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    await cpe.idle();
    return { a, bus, cpe };
  }

  const names = { names: ['Device.DeviceInfo.UpTime'] };

  it.each([
    ['here', 'after', 'a'],
    ['here', 'before', 'a'],
    ['on the other instance', 'before', 'b'],
    ['on the other instance', 'after', 'b'],
  ] as const)('reads nothing back for a task finished %s %s the wait began', async (_where, when, on) => {
    const { a, cpe } = await setUp(on);
    sql.start();
    const task = await a.acs.queue.enqueue(cpe.deviceId, 'getParameterValues', names);
    const session = async () => {
      await cpe.inform([{ code: '2 PERIODIC', commandKey: '' }]);
      await cpe.idle();
      await new Promise((r) => setTimeout(r, 20));
    };
    if (when === 'before') await session();
    const waited = a.acs.queue.wait(task, null, 20_000);
    if (when === 'after') await session();
    const row = await waited;
    expect(taskReads(sql.stop())).toEqual([]);
    // The row as the session wrote it, whichever instance ran it.
    expect(row).toEqual(await a.acs.store.getTask(task.id));
    expect(row.status).toBe('done');
    expect(JSON.parse(row.result!)).toMatchObject({ values: [{ name: 'Device.DeviceInfo.UpTime' }] });
  });

  it('reads the row once for a change told without it (a row too large for a notification)', async () => {
    const { a, bus, cpe } = await setUp('b');
    const task = await a.acs.queue.enqueue(cpe.deviceId, 'getParameterValues', names);
    await a.acs.store.updateTaskIf(task.id, ['pending'], { status: 'done', result: '{"values":[]}' });
    sql.start();
    await bus.publish(TASK_TOPIC, { taskId: task.id, status: 'done', from: 'elsewhere' });
    await new Promise((r) => setTimeout(r, 20));
    expect((await a.acs.queue.wait(task, null, 2_000)).status).toBe('done');
    expect(taskReads(sql.stop())).toHaveLength(1);
  });
});
