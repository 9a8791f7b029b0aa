import Fastify, { type FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessJobs, type Jobs } from '../../jobs/jobs.js';
import { acsTestEngines } from '../testing/engines.js';
import { startTestAcs, type TestAcs } from '../testing/harness.js';
import { TestCpe } from '../testing/test-cpe.js';
import { scheduleCampaigns } from './jobs.js';
import { overThreshold, stageSizes } from './plan.js';

// Firmware campaigns with simulated routers: the image is uploaded through the NBI, each stage's
// routers fetch it over HTTP from the ACS, report TransferComplete and boot with the new version;
// the desk's job engine moves the campaign on. Routers told to fail make a stage's failure rate
// exceed the threshold and the campaign stops itself before the next stage.

const IMAGE = 'FL-HGW-3000-2.4.1.bin';

describe('campaign stages', () => {
  it('gives each stage its share of the selection, the last one the rest, and no empty stage', () => {
    expect(stageSizes(1000, [{ percent: 1 }, { percent: 10 }, { percent: 100 }])).toEqual([10, 100, 890]);
    expect(stageSizes(20, [{ size: 2 }, { size: 6 }, { size: 1 }])).toEqual([2, 6, 12]);
    expect(stageSizes(3, [{ percent: 1 }, { percent: 10 }, { percent: 100 }])).toEqual([1, 1, 1]);
    expect(stageSizes(1, [{ percent: 1 }, { percent: 10 }, { percent: 100 }])).toEqual([1]);
    expect(stageSizes(0, [{ percent: 50 }])).toEqual([]);
  });
  it('stops on a failed share above the threshold, not at it', () => {
    expect(overThreshold(1, 10, 0.1)).toBe(false);
    expect(overThreshold(2, 10, 0.1)).toBe(true);
    expect(overThreshold(0, 1, 0)).toBe(false);
    expect(overThreshold(1, 1, 0)).toBe(true);
  });
});

const engines = acsTestEngines('campaigns');

describe.each(engines)('firmware campaigns ($name)', ({ database }) => {
  let drop: (() => Promise<void>) | undefined;
  let t: TestAcs;
  let app: FastifyInstance;
  let jobs: Jobs;
  let cpes: TestCpe[] = [];

  afterEach(async () => {
    await jobs?.stop();
    await app?.close();
    for (const c of cpes) await c.stop();
    cpes = [];
    await t?.close();
    await drop?.();
  });

  /** `n` routers tagged `fleet` that informed once; those in `failing` answer each download with fault 9010. */
  async function fleet(n: number, failing: Set<number> = new Set()) {
    const db = await database();
    drop = db.drop;
    t = await startTestAcs({}, { dbUrl: db.databaseUrl });
    app = Fastify();
    await app.register(t.acs.restPlugin, { prefix: '/api/v1' });
    await app.ready();
    for (let i = 0; i < n; i++) {
      const cpe = new TestCpe({
        acsUrl: t.url,
        serial: `C${String(i).padStart(3, '0')}`,
        ...(failing.has(i) ? { downloadFault: 9010 } : {}),
      });
      await cpe.startCrListener();
      await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
      await t.acs.store.addTag(cpe.deviceId, 'fleet', new Date().toISOString());
      cpes.push(cpe);
    }
    const put = await app.inject({
      method: 'PUT',
      url: `/api/v1/acs/nbi/files/${IMAGE}`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        fileType: '1 Firmware Upgrade Image',
        oui: '00D0F1',
        productClass: 'HGW3000',
        version: '2.4.1',
      },
      payload: Buffer.from('image bytes '.repeat(100)),
    });
    expect(put.statusCode).toBe(200);
    jobs = createInProcessJobs(pino({ level: 'silent' }));
    scheduleCampaigns(jobs, t.acs.campaigns, 50);
  }

  const view = async (id: string) => (await app.inject({ url: `/api/v1/acs/campaigns/${id}` })).json();

  async function settled(id: string) {
    for (let i = 0; i < 600; i++) {
      const v = await view(id);
      if (v.status !== 'running') return v;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('campaign still running');
  }

  const create = (body: object) =>
    app.inject({ method: 'POST', url: '/api/v1/acs/campaigns', payload: body });

  it('upgrades a fleet stage by stage; every router reports the new version', async () => {
    await fleet(12);
    const r = await create({
      name: 'to 2.4.1',
      selection: { tags: ['fleet'] },
      firmware: { file: IMAGE },
      stages: [{ size: 1 }, { percent: 25 }, { percent: 100 }],
      maxFailureRate: 0.2,
    });
    expect(r.statusCode).toBe(201);
    const id = r.json().id as string;
    expect(r.json().stages.map((s: { size: number }) => s.size)).toEqual([1, 3, 8]);
    // Nothing happens before the job engine runs: the request only plans the campaign.
    expect(cpes.every((c) => c.received.length === 1)).toBe(true);
    await jobs.start();
    const done = await settled(id);
    expect(done).toMatchObject({ status: 'completed', stage: 3, stopReason: null });
    expect(done.stages.map((s: { succeeded: number }) => s.succeeded)).toEqual([1, 3, 8]);
    for (const c of cpes) {
      expect(c.params.get('Device.DeviceInfo.SoftwareVersion')!.value).toBe('2.4.1');
      expect(c.received.filter((m) => m === 'Download')).toHaveLength(1);
    }
    const members = (await app.inject({ url: `/api/v1/acs/campaigns/${id}/members` })).json().items;
    expect(
      members.every(
        (m: { status: string; detail: string }) => m.status === 'succeeded' && m.detail === 'reports 2.4.1',
      ),
    ).toBe(true);
    // A second campaign to the same version finds nothing to do.
    const again = await create({ name: 'again', selection: { tags: ['fleet'] }, firmware: { file: IMAGE } });
    expect(again.json()).toMatchObject({ status: 'completed', skipped: 12, stages: [] });
  }, 60_000);

  it('stops itself when a stage fails more than the threshold, before the next stage', async () => {
    // Sorted by id, stage 1 takes C000-C001 (healthy), stage 2 C002-C005 with two failing (50 %).
    await fleet(10, new Set([3, 5, 8]));
    const r = await create({
      name: 'canary',
      selection: { query: JSON.stringify({ _tags: 'fleet' }) },
      firmware: { file: IMAGE },
      stages: [{ size: 2 }, { size: 4 }, { percent: 100 }],
      maxFailureRate: 0.25,
      maxAttempts: 1,
    });
    const id = r.json().id as string;
    await jobs.start();
    const done = await settled(id);
    expect(done.status).toBe('stopped');
    expect(done.stopReason).toBe('stage 2: 2 of 4 routers failed (more than 25 %)');
    expect(done.stages[0]).toMatchObject({ succeeded: 2, failed: 0 });
    expect(done.stages[1]).toMatchObject({ failed: 2 });
    expect(done.stages[2]).toMatchObject({ planned: 4, queued: 0 });
    // The third stage's routers never got a Download, not even the one that would fail.
    for (const i of [6, 7, 8, 9]) expect(cpes[i]!.received).not.toContain('Download');
    const members = (await app.inject({ url: `/api/v1/acs/campaigns/${id}/members` })).json().items;
    expect(members.find((m: { deviceId: string }) => m.deviceId === cpes[3]!.deviceId)).toMatchObject({
      status: 'failed',
      detail: 'fault 9010: download failed',
    });
  }, 60_000);

  it('is stopped by hand, refuses a missing file, and needs a selection', async () => {
    await fleet(2);
    expect((await create({ name: 'x', selection: {}, firmware: { file: IMAGE } })).statusCode).toBe(400);
    const missing = await create({
      name: 'x',
      selection: { tags: ['fleet'] },
      firmware: { file: 'nope.bin' },
    });
    expect(missing.statusCode).toBe(400);
    const r = await create({ name: 'by hand', selection: { tags: ['fleet'] }, firmware: { file: IMAGE } });
    const id = r.json().id as string;
    const stop = await app.inject({
      method: 'POST',
      url: `/api/v1/acs/campaigns/${id}/stop`,
      payload: { reason: 'change freeze' },
    });
    expect(stop.json()).toMatchObject({ status: 'cancelled', stopReason: 'change freeze' });
    expect(
      (await app.inject({ method: 'POST', url: `/api/v1/acs/campaigns/${id}/stop`, payload: {} })).statusCode,
    ).toBe(409);
    await jobs.start();
    await t.acs.campaigns.advance();
    expect(cpes.every((c) => !c.received.includes('Download'))).toBe(true);
  }, 30_000);
});
