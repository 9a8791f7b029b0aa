import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestAcs, type TestAcs } from './testing/harness.js';
import { TestCpe } from './testing/test-cpe.js';

// A task waiting for its router is re-kicked every `rekickMs` while it is still queued. When the
// router is in session on another instance meanwhile (its lock held), that session takes the task
// up as it ends; a connection request would only make the router open one more session after it,
// with nothing left to do. So a re-kick looks at the lock in the statement that reads the
// connection request's facts and sends nothing while the router is in session.

describe('re-kicks of a router in session on another instance', () => {
  let t: TestAcs;
  let cpe: TestCpe;

  beforeEach(async () => {
    t = await startTestAcs();
    cpe = new TestCpe({ acsUrl: t.url, serial: 'SNREKICK1' });
    await cpe.startCrListener();
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    await cpe.idle();
  });

  afterEach(async () => {
    await cpe.stop();
    await t.close();
  });

  const requested = () => cpe.sessions.filter((s) => s.events.includes('6 CONNECTION REQUEST')).length;
  const lock = () => `cwmp:${cpe.deviceId}`;

  it('sends no connection request while the lock is held, and one when it is free', async () => {
    const device = (await t.acs.store.getDevice(cpe.deviceId))!;
    const now = Date.now();
    const other = 'other-instance:session';
    await t.acs.store.acquireLock(
      lock(),
      other,
      new Date(now).toISOString(),
      new Date(now + 60_000).toISOString(),
    );
    const before = requested();
    const task = await t.acs.queue.enqueue(cpe.deviceId, 'getParameterValues', {
      names: ['Device.DeviceInfo.UpTime'],
    });
    // The waiter polls every 50 ms and re-kicks every 500 ms (the harness's settings).
    const waited = t.acs.queue.wait(task, device, 5_000);
    await new Promise((r) => setTimeout(r, 1_300));
    await cpe.idle();
    expect(requested() - before).toBe(0);
    // The other instance's session ends without having taken the task (it died): the next re-kick goes out.
    await t.acs.store.releaseLock(lock(), other);
    expect((await waited).status).toBe('done');
    expect(requested() - before).toBe(1);
  });

  it('still sends the first request for a task while the lock is held', async () => {
    const device = (await t.acs.store.getDevice(cpe.deviceId))!;
    const now = Date.now();
    await t.acs.store.acquireLock(
      lock(),
      'x:y',
      new Date(now).toISOString(),
      new Date(now + 60_000).toISOString(),
    );
    const before = requested();
    expect(await t.acs.queue.kick(device)).toMatchObject({ ok: true, via: 'http' });
    await new Promise((r) => setTimeout(r, 100));
    await cpe.idle();
    expect(requested() - before).toBe(1);
  });
});
