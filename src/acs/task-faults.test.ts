import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestAcs, type TestAcs } from './testing/harness.js';
import { TestCpe, type TestCpeOptions } from './testing/test-cpe.js';

// Task attempts and faults as the REST API shows them, with routers that crash on an RPC (as
// genieacs-sim does on a refreshObject) or do not implement it (its Reboot: fault 9000).

describe('task attempts and faults over REST', () => {
  let t: TestAcs;
  let app: FastifyInstance;
  let cpe: TestCpe;

  async function start(opts: Partial<TestCpeOptions>): Promise<void> {
    t = await startTestAcs({ tasks: { maxAttempts: 3, retryDelayMs: 0 } });
    app = Fastify();
    await app.register(t.acs.restPlugin, { prefix: '/api/v1' });
    await app.ready();
    cpe = new TestCpe({ acsUrl: t.url, serial: 'F1', ...opts });
    await cpe.startCrListener();
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
  }
  afterEach(() => cpe.stop().then(() => Promise.all([app.close(), t.close()])));

  const getTask = async (id: string) =>
    (await app.inject({ method: 'GET', url: `/api/v1/tasks/${id}` })).json().task;

  it('counts an attempt for every session the task kills and fails it after the bound, with the fault recorded', async () => {
    await start({ crashOn: 'Reboot' });
    const r = await app.inject({
      method: 'POST',
      url: `/api/v1/devices/${cpe.deviceId}/tasks?connectionRequest=true&timeoutMs=20000`,
      payload: { name: 'reboot' },
    });
    expect(r.statusCode).toBe(202);
    expect(r.json()).toMatchObject({
      detail: 'Task faulted',
      task: { status: 'fault', attempts: 3, maxAttempts: 3 },
    });
    expect(cpe.received.filter((m) => m === 'Reboot')).toHaveLength(3);
    const task = await getTask(r.json().task.id);
    expect(task).toMatchObject({ status: 'fault', attempts: 3, deviceId: cpe.deviceId, name: 'reboot' });
    expect(task.fault.message).toMatch(/after 3 attempts/);
    // Later sessions do not send it again.
    await cpe.inform();
    expect(cpe.received.filter((m) => m === 'Reboot')).toHaveLength(3);
    const list = (await app.inject({ method: 'GET', url: `/api/v1/devices/${cpe.deviceId}/tasks` })).json()
      .items;
    expect(list.find((x: { id: string }) => x.id === task.id)).toMatchObject({
      status: 'fault',
      attempts: 3,
    });
  });

  it('fails a task at once on a fault another attempt cannot change (9000: method not supported)', async () => {
    await start({ unsupported: ['Reboot'] });
    const r = await app.inject({
      method: 'POST',
      url: `/api/v1/devices/${cpe.deviceId}/tasks?connectionRequest=true&timeoutMs=10000`,
      payload: { name: 'reboot' },
    });
    expect(r.statusCode).toBe(202);
    expect(r.json()).toMatchObject({
      detail: 'Task faulted',
      fault: { code: 9000 },
      task: { status: 'fault', attempts: 1 },
    });
    await cpe.inform();
    await cpe.inform();
    expect(cpe.received.filter((m) => m === 'Reboot')).toHaveLength(1);
    expect(await getTask(r.json().task.id)).toMatchObject({ status: 'fault', fault: { code: 9000 } });
  });

  it('fails a read of a parameter the router lacks (9005) without waiting for a retry', async () => {
    await start({});
    cpe.params.delete('Device.DeviceInfo.UpTime');
    const task = await t.acs.queue.enqueue(
      cpe.deviceId,
      'getParameterValues',
      { names: ['Device.DeviceInfo.UpTime'] },
      { maxAttempts: 2 },
    );
    await cpe.inform();
    expect(await getTask(task.id)).toMatchObject({ status: 'fault', attempts: 1, fault: { code: 9005 } });
  });

  it('answers an unknown task id with 404', async () => {
    await start({});
    expect((await app.inject({ method: 'GET', url: '/api/v1/tasks/nope' })).statusCode).toBe(404);
  });
});
