import { afterEach, describe, expect, it } from 'vitest';
import * as soap from './soap.js';
import { acsDeviceRow } from './testing/device-row.js';
import { startTestAcs, type TestAcs } from './testing/harness.js';
import { idOf, informEnvelope, methodOf, RawClient } from './testing/raw-client.js';

// A session keeps its writes for its end, but not a finished task's outcome while the next task
// runs: whoever waits for the first task has it before the router answers the second (or dies on it).

describe('a session with several tasks', () => {
  let t: TestAcs;
  afterEach(async () => t.close());

  it('writes a finished task before it sends the next one', async () => {
    t = await startTestAcs();
    const now = new Date().toISOString();
    const device = '00D0F1-HGW3000-RAW1';
    await t.acs.store.insertDevice(acsDeviceRow('RAW1', now, { manufacturer: 'ACME', model: null }));
    const first = await t.acs.queue.enqueue(device, 'getParameterValues', {
      names: ['Device.DeviceInfo.UpTime'],
    });
    const second = await t.acs.queue.enqueue(device, 'getParameterValues', {
      names: ['Device.DeviceInfo.SoftwareVersion'],
    });
    const settled: string[] = [];
    t.acs.events.on('task', (e: { taskId: string; status: string }) => {
      if (e.taskId === first.id && e.status === 'done') settled.push('first done');
    });
    const c = new RawClient(t.url);
    expect((await c.post(informEnvelope('1-2'))).status).toBe(200);
    let r = await c.post('');
    expect(methodOf(r.body)).toBe('GetParameterValues');
    const answer = (id: string, name: string, value: string) =>
      soap.envelope(
        '1-2',
        id,
        `<cwmp:GetParameterValuesResponse><ParameterList><ParameterValueStruct><Name>${name}</Name><Value xsi:type="xsd:string">${value}</Value></ParameterValueStruct></ParameterList></cwmp:GetParameterValuesResponse>`,
      );
    r = await c.post(answer(idOf(r.body), 'Device.DeviceInfo.UpTime', '42'));
    expect(methodOf(r.body)).toBe('GetParameterValues');
    // The second task is with the router: the first one's result is already stored and announced.
    expect((await t.acs.store.getTask(first.id))?.status).toBe('done');
    expect(settled).toEqual(['first done']);
    expect((await t.acs.store.getTask(second.id))?.status).toBe('running');
    r = await c.post(answer(idOf(r.body), 'Device.DeviceInfo.SoftwareVersion', '2.3.1'));
    expect(r.status).toBe(204);
    expect((await t.acs.store.getTask(second.id))?.status).toBe('done');
    c.close();
  });
});
