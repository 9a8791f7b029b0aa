import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { AcsConfig } from './config.js';
import type { TestAcs } from './testing/harness.js';
import { informEnvelope, methodOf } from './testing/raw-client.js';
import { acsTestbed, finishSession, informAs, valueOf } from './testing/router-flows.js';

// Router authentication over real loopback HTTP: each router has its own credentials, bound to
// the device it may speak for; routers without credentials are held for approval unless
// auto-registration is on; nobody unauthenticated gets a large body read.

const A = '00D0F1-HGW3000-RAWA';
const B = '00D0F1-HGW3000-RAWB';
const now = () => new Date().toISOString();

const bed = acsTestbed();
const client = () => bed.client();
let t: TestAcs;

async function start(cpeAuth: NonNullable<AcsConfig['cpeAuth']>): Promise<void> {
  t = await bed.start(cpeAuth);
}

describe('per-device router credentials', () => {
  it("refuses device A's credentials for an Inform as device B, and leaves B untouched", async () => {
    await start({ mode: 'digest' });
    const a = await t.acs.credentials.provision(A, now());
    const b = await t.acs.credentials.provision(B, now());
    const cb = client();
    const bInform = informEnvelope('1-2', {
      serial: 'RAWB',
      events: ['0 BOOTSTRAP'],
      params: [
        ['Device.DeviceInfo.SoftwareVersion', '2.3.1', 'xsd:string'],
        ['Device.ManagementServer.ConnectionRequestURL', 'http://10.0.0.2:7547/cr', 'xsd:string'],
      ],
    });
    expect((await informAs(cb, bInform, b)).status).toBe(200);
    await finishSession(cb);
    const wifi = await t.acs.queue.enqueue(B, 'setParameterValues', {
      values: [
        {
          name: 'Device.WiFi.AccessPoint.1.Security.KeyPassphrase',
          value: 'new-wifi-key',
          type: 'xsd:string',
        },
      ],
    });

    // A, authenticated with its own credentials, claims to be B with another URL and firmware.
    const attacker = client();
    const forged = informEnvelope('1-2', {
      serial: 'RAWB',
      params: [
        ['Device.DeviceInfo.SoftwareVersion', '9.9.9', 'xsd:string'],
        ['Device.ManagementServer.ConnectionRequestURL', 'http://evil.example/cr', 'xsd:string'],
      ],
    });
    const r = await informAs(attacker, forged, a);
    expect(r.status).toBe(403);
    const next = await attacker.post('');
    expect(next.status).not.toBe(200); // no session: nothing queued for B reaches A
    expect(next.body).not.toContain('new-wifi-key');
    const dev = await t.acs.store.getDevice(B);
    expect(dev).toMatchObject({ firmware: '2.3.1', connection_request_url: 'http://10.0.0.2:7547/cr' });
    expect((await t.acs.store.getTask(wifi.id))!.status).toBe('pending');
    expect(await t.acs.store.getDevice(A)).toBeUndefined();
  });

  it('keeps passwords encrypted at rest', async () => {
    await start({ mode: 'digest' });
    const a = await t.acs.credentials.provision(A, now());
    const row = await t.acs.store.db
      .selectFrom('acs_credentials')
      .selectAll()
      .where('device_id', '=', A)
      .executeTakeFirstOrThrow();
    expect(row.password_enc).toMatch(/^v1\./);
    expect(row.password_enc).not.toContain(a.password);
  });

  it('refuses the shared legacy credential for a router that has its own', async () => {
    await start({ mode: 'digest', username: 'shared', password: 'shared-pw', acceptNewDevices: true });
    await t.acs.credentials.provision(B, now());
    const r = await informAs(client(), informEnvelope('1-2', { serial: 'RAWB' }), {
      username: 'shared',
      password: 'shared-pw',
    });
    expect(r.status).toBe(401);
    expect(await t.acs.store.getDevice(B)).toBeUndefined();
  });
});

describe('routers without credentials of their own', () => {
  it('holds an unknown router for approval: recorded, not registered, no tasks', async () => {
    await start({ mode: 'digest', allowBasic: true });
    const c = client();
    const r = await informAs(
      c,
      informEnvelope('1-2', { serial: 'RAWA' }),
      { username: 'factory', password: 'factory-pw' },
      true,
    );
    expect(r.status).toBe(403);
    expect(await t.acs.store.getDevice(A)).toBeUndefined();
    expect(await t.acs.store.listTasks(A)).toEqual([]);
    const held = await t.acs.held.get(A);
    expect(held).toMatchObject({ serial_number: 'RAWA', username: 'factory', contacts: 1 });
    expect(held!.password_enc).not.toContain('factory-pw');

    // Approval adopts the Basic credentials it presented; then the router gets in.
    await t.acs.credentials.provision(
      A,
      now(),
      { username: 'factory', password: t.acs.held.presentedPassword(held!)! },
      'approved',
    );
    await t.acs.held.remove(A);
    expect(
      (
        await informAs(
          client(),
          informEnvelope('1-2', { serial: 'RAWA' }),
          { username: 'factory', password: 'factory-pw' },
          true,
        )
      ).status,
    ).toBe(200);
  });

  it('lists held routers over REST; approval issues credentials (shown once) that the router then uses', async () => {
    await start({ mode: 'digest' });
    const app = Fastify();
    await app.register(t.acs.restPlugin, { prefix: '/api/v1' });
    expect(
      (
        await informAs(client(), informEnvelope('1-2', { serial: 'RAWA' }), {
          username: 'admin',
          password: 'admin',
        })
      ).status,
    ).toBe(403);
    const list = (await app.inject({ method: 'GET', url: '/api/v1/acs/held-devices' })).json();
    expect(list).toMatchObject({
      total: 1,
      items: [
        { deviceId: A, serialNumber: 'RAWA', username: 'admin', presentedPassword: false, contacts: 1 },
      ],
    });
    const approved = await app.inject({ method: 'POST', url: `/api/v1/acs/held-devices/${A}/approve` });
    expect(approved.statusCode).toBe(201);
    const creds = approved.json() as { username: string; password: string };
    expect(creds).toMatchObject({ deviceId: A, username: A });
    expect((await app.inject({ method: 'GET', url: '/api/v1/acs/held-devices' })).json().total).toBe(0);
    expect((await app.inject({ method: 'POST', url: `/api/v1/devices/${A}/credentials` })).statusCode).toBe(
      409,
    );
    expect((await informAs(client(), informEnvelope('1-2', { serial: 'RAWA' }), creds)).status).toBe(200);
    await app.close();
  });

  it('registers none of 50 invented routers that know the shared legacy credential', async () => {
    await start({
      mode: 'digest',
      username: 'shared',
      password: 'shared-pw',
      maxHeld: 20,
      maxHeldPerAddressPerHour: 100,
    });
    for (let i = 0; i < 50; i++) {
      const r = await informAs(client(), informEnvelope('1-2', { serial: `FAKE${i}` }), {
        username: 'shared',
        password: 'shared-pw',
      });
      expect(r.status).toBe(403);
    }
    expect(await t.acs.store.countDevices()).toBe(0);
    expect(await t.acs.held.count()).toBe(20); // bounded
  });

  it('admits a router known to the inventory with the shared legacy credential', async () => {
    t = await bed.start(
      { mode: 'digest', username: 'shared', password: 'shared-pw' },
      { knownDevice: async (id) => id === A },
    );
    expect(
      (
        await informAs(client(), informEnvelope('1-2', { serial: 'RAWA' }), {
          username: 'shared',
          password: 'shared-pw',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await informAs(client(), informEnvelope('1-2', { serial: 'RAWB' }), {
          username: 'shared',
          password: 'shared-pw',
        })
      ).status,
    ).toBe(403);
  });

  it('with auto-registration adopts Basic credentials at first contact; no other router can use them', async () => {
    await start({ mode: 'digest', allowBasic: true, acceptNewDevices: true });
    // Routers from one factory image share a username; their passwords tell them apart.
    const credsA = { username: 'factory-user', password: 'secret-a' };
    const credsB = { username: 'factory-user', password: 'secret-b' };
    for (const [serial, creds] of [
      ['RAWA', credsA],
      ['RAWB', credsB],
    ] as const) {
      const c = client();
      expect(
        (await informAs(c, informEnvelope('1-2', { serial, events: ['0 BOOTSTRAP'] }), creds, true)).status,
      ).toBe(200);
      await finishSession(c);
    }
    expect(await t.acs.credentials.forDevice(A)).toMatchObject(credsA);
    expect(await t.acs.credentials.forDevice(B)).toMatchObject(credsB);
    expect(
      (await informAs(client(), informEnvelope('1-2', { serial: 'RAWB' }), credsA, true)).status,
    ).not.toBe(200);
    expect(
      (
        await informAs(
          client(),
          informEnvelope('1-2', { serial: 'RAWA' }),
          { ...credsA, password: 'wrong' },
          true,
        )
      ).status,
    ).toBe(401);
    expect((await informAs(client(), informEnvelope('1-2', { serial: 'RAWA' }), credsA, true)).status).toBe(
      200,
    );
    expect((await informAs(client(), informEnvelope('1-2', { serial: 'RAWB' }), credsB, true)).status).toBe(
      200,
    );
  });

  it('with auto-registration sets generated credentials on a Digest router and then requires them', async () => {
    await start({ mode: 'digest', acceptNewDevices: true });
    const factory = { username: 'admin', password: 'admin' };
    const c = client();
    expect(
      (await informAs(c, informEnvelope('1-2', { serial: 'RAWA', events: ['0 BOOTSTRAP'] }), factory)).status,
    ).toBe(200);
    const [spv] = await finishSession(c);
    expect(methodOf(spv!)).toBe('SetParameterValues');
    const pushed = {
      username: valueOf(spv!, 'Device.ManagementServer.Username')!,
      password: valueOf(spv!, 'Device.ManagementServer.Password')!,
    };
    expect(pushed.username).toBe(A);
    expect(pushed.password.length).toBeGreaterThan(16);
    expect(valueOf(spv!, 'Device.ManagementServer.ConnectionRequestPassword')).toBeTruthy();
    expect(await t.acs.credentials.forDevice(A)).toMatchObject(pushed);
    expect((await informAs(client(), informEnvelope('1-2', { serial: 'RAWA' }), factory)).status).toBe(401);
    expect((await informAs(client(), informEnvelope('1-2', { serial: 'RAWA' }), pushed)).status).toBe(200);
  });
});

describe('request bodies before authentication', () => {
  const big = informEnvelope('1-2', {
    serial: 'RAWA',
    params: [['Device.X', 'y'.repeat(100 * 1024), 'xsd:string']],
  });

  it('refuses a large unauthenticated body with 413 and answers a small one 401 without parsing it', async () => {
    await start({ mode: 'digest', allowBasic: true });
    expect((await client().post(big)).status).toBe(413);
    const basicUnknown = `Basic ${Buffer.from('nobody:x').toString('base64')}`;
    expect((await client().post(big, { authorization: basicUnknown })).status).toBe(413);
    // Malformed XML would be a 400 if it were parsed: it is not.
    const r = await client().post('<soap-env:Envelope><broken'.repeat(100));
    expect(r.status).toBe(401);
    expect(r.headers['www-authenticate']).toMatch(/^Digest /);
  });

  it('reads the full body once the router has authenticated', async () => {
    await start({ mode: 'digest' });
    const a = await t.acs.credentials.provision(A, now());
    expect((await informAs(client(), big, a)).status).toBe(200);
  });
});
