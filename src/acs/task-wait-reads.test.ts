import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
});
