import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as soap from './soap.js';
import { startTestAcs, type TestAcs } from './testing/harness.js';
import { idOf, informEnvelope, methodOf, RawClient } from './testing/raw-client.js';

// Tasks cannot loop for ever: a task that makes the router drop its session counts an attempt
// each time it is sent and fails after its bound; tasks orphaned by a crash expire with a reason.

const DEVICE = '00D0F1-HGW3000-RAW1';

describe('task attempts and expiry', () => {
  let t: TestAcs;
  let c: RawClient;
  let clock: number;

  beforeEach(async () => {
    clock = Date.parse('2026-03-01T10:00:00Z');
    t = await startTestAcs({ tasks: { orphanAfterMs: 3_600_000 } }, { now: () => new Date(clock) });
    c = new RawClient(t.url);
    // First contact: accept the credentials the ACS sets.
    expect((await c.post(informEnvelope('1-2', { events: ['0 BOOTSTRAP'] }))).status).toBe(200);
    const spv = await c.post('');
    expect(methodOf(spv.body)).toBe('SetParameterValues');
    expect(
      (
        await c.post(
          soap.envelope(
            '1-2',
            idOf(spv.body),
            '<cwmp:SetParameterValuesResponse><Status>0</Status></cwmp:SetParameterValuesResponse>',
          ),
        )
      ).status,
    ).toBe(204);
  });
  afterEach(async () => {
    c.close();
    await t.close();
  });

  /** A session in which the router receives the task's RPC and then crashes (drops the connection). */
  async function crashOnRpc(): Promise<string> {
    c.cookie = null;
    expect((await c.post(informEnvelope('1-2', { events: ['1 BOOT'] }))).status).toBe(200);
    const rpc = await c.post('');
    c.agent.destroy();
    await new Promise((r) => setTimeout(r, 50));
    c.agent = new (await import('node:http')).Agent({ keepAlive: true, maxSockets: 1 });
    return rpc.status === 200 ? methodOf(rpc.body) : `HTTP ${rpc.status}`;
  }

  it('fails a task that kills the session after its maximum attempts, with a reason', async () => {
    const task = await t.acs.queue.enqueue(
      DEVICE,
      'refreshObject',
      { objectName: 'Device.' },
      { maxAttempts: 3 },
    );
    for (let i = 1; i <= 3; i++) {
      expect(await crashOnRpc()).toBe('GetParameterValues');
      expect((await t.acs.store.getTask(task.id))!.attempts).toBe(i);
    }
    // The fourth session does not send it again.
    c.cookie = null;
    expect((await c.post(informEnvelope('1-2', { events: ['1 BOOT'] }))).status).toBe(200);
    expect((await c.post('')).status).toBe(204);
    const row = (await t.acs.store.getTask(task.id))!;
    expect(row.status).toBe('fault');
    expect(JSON.parse(row.fault!).message).toMatch(/after 3 attempts/);
  });

  it('expires a firmware download that waits for ever after a crash, with a reason', async () => {
    const task = await t.acs.queue.enqueue(DEVICE, 'download', {
      fileType: '1 Firmware Upgrade Image',
      url: 'http://x/fw.bin',
      fileSize: 1,
    });
    c.cookie = null;
    expect((await c.post(informEnvelope('1-2'))).status).toBe(200);
    const rpc = await c.post('');
    expect(methodOf(rpc.body)).toBe('Download');
    const ack = soap.envelope(
      '1-2',
      idOf(rpc.body),
      '<cwmp:DownloadResponse><Status>1</Status><StartTime>0001-01-01T00:00:00Z</StartTime><CompleteTime>0001-01-01T00:00:00Z</CompleteTime></cwmp:DownloadResponse>',
    );
    expect((await c.post(ack)).status).toBe(204);
    expect((await t.acs.store.getTask(task.id))!.status).toBe('waiting');
    // The router never sends TransferComplete (it crashed while flashing).
    expect(await t.acs.queue.sweep()).toBe(0);
    clock += 3_600_001;
    expect(await t.acs.queue.sweep()).toBe(1);
    const row = (await t.acs.store.getTask(task.id))!;
    expect(row.status).toBe('expired');
    expect(JSON.parse(row.fault!).message).toMatch(/waiting/);
  });

  it('expires a task left running by an instance that was killed mid-session', async () => {
    const task = await t.acs.queue.enqueue(
      DEVICE,
      'getParameterValues',
      { names: ['Device.DeviceInfo.UpTime'] },
      { maxAttempts: 3 },
    );
    // What kill -9 leaves behind: the row says running, and no instance has the session.
    await t.acs.store.updateTaskIf(task.id, ['pending'], {
      status: 'running',
      attempts: 1,
      updated_at: new Date(clock).toISOString(),
    });
    clock += 60_000;
    expect(await t.acs.queue.sweep()).toBe(0);
    clock += 3_600_000;
    await t.acs.queue.sweep();
    const row = (await t.acs.store.getTask(task.id))!;
    expect(row.status).toBe('expired');
    expect(JSON.parse(row.fault!).message).toMatch(/interrupted/);
  });

  it('answers a malformed file name on the file server with 400', async () => {
    expect((await fetch(`${t.url}fs/%`)).status).toBe(400);
    expect((await fetch(`${t.url}fs/%E0%A4%A`)).status).toBe(400);
  });
});
