import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { Registry } from 'prom-client';
import type { AcsConfig } from './config.js';
import { registerAcsMetrics } from './metrics.js';
import type { TestAcs } from './testing/harness.js';
import { informEnvelope } from './testing/raw-client.js';
import { acsTestbed, finishSession, informAs } from './testing/router-flows.js';

// Routers held for approval, over real loopback HTTP: approval never adopts whichever credential
// came last, held Informs change nothing, and one address cannot fill the held list.

const A = '00D0F1-HGW3000-HELDA';
const B = '00D0F1-HGW3000-HELDB';
const now = () => new Date().toISOString();

const bed = acsTestbed();
const client = bed.client;
let t: TestAcs;
let app: FastifyInstance;
afterEach(() => app.close());

async function start(cpeAuth: NonNullable<AcsConfig['cpeAuth']>): Promise<void> {
  t = await bed.start(cpeAuth);
  app = Fastify();
  await app.register(t.acs.restPlugin, { prefix: '/api/v1' });
}

const genuine = { username: 'factory', password: 'genuine-pw' };
const forged = [
  { username: 'factory', password: 'attacker-1' },
  { username: 'evil', password: 'attacker-2' },
];

interface Presented {
  fingerprint: string;
  username: string;
  addresses: string[];
}

describe('approving a held router', () => {
  it('refuses (409) a router that presented different credentials unless the operator picks one, and shows fingerprints and addresses', async () => {
    await start({ mode: 'digest', allowBasic: true });
    const held = informEnvelope('1-2', {
      serial: 'HELDA',
      params: [['Device.ManagementServer.ConnectionRequestURL', 'http://10.0.0.9/cr', 'xsd:string']],
    });
    expect((await informAs(client(), held, genuine, true)).status).toBe(403);
    for (const [i, creds] of forged.entries()) {
      const evil = informEnvelope('1-2', {
        serial: 'HELDA',
        params: [
          ['Device.ManagementServer.ConnectionRequestURL', `http://evil${i}.example/cr`, 'xsd:string'],
        ],
      });
      expect((await informAs(client('127.0.0.2'), evil, creds, true)).status).toBe(403);
    }

    const listed = await app.inject({ method: 'GET', url: '/api/v1/acs/held-devices' });
    for (const p of [genuine, ...forged]) expect(listed.body).not.toContain(p.password);
    const presented = listed.json().items[0].presented as Presented[];
    expect(presented).toHaveLength(3);
    expect(new Set(presented.map((p) => p.fingerprint)).size).toBe(3);
    expect(presented.map((p) => p.addresses)).toEqual([['127.0.0.1'], ['127.0.0.2'], ['127.0.0.2']]);

    const refused = await app.inject({ method: 'POST', url: `/api/v1/acs/held-devices/${A}/approve` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().presented).toHaveLength(3);
    expect(await t.acs.credentials.forDevice(A)).toBeNull();
    expect((await informAs(client('127.0.0.2'), held, forged[1]!, true)).status).toBe(403);

    // The operator adopts the credential that came from the router's own address.
    const pick = presented.find((p) => p.addresses.includes('127.0.0.1'))!;
    const approved = await app.inject({
      method: 'POST',
      url: `/api/v1/acs/held-devices/${A}/approve`,
      payload: { fingerprint: pick.fingerprint },
    });
    expect(approved.statusCode).toBe(201);
    expect(approved.json()).toMatchObject({ deviceId: A, username: 'factory' });
    expect(approved.json().password).toBeUndefined();
    for (const creds of forged)
      expect((await informAs(client('127.0.0.2'), held, creds, true)).status).toBe(401);
    const c = client();
    expect((await informAs(c, held, genuine, true)).status).toBe(200);
    await finishSession(c);
    expect((await t.acs.store.getDevice(A))!.connection_request_url).toBe('http://10.0.0.9/cr');
  });

  it('with several credentials presented, approves with explicit or generated credentials instead', async () => {
    await start({ mode: 'digest', allowBasic: true });
    for (const serial of ['HELDA', 'HELDB']) {
      for (const creds of [genuine, ...forged])
        expect((await informAs(client(), informEnvelope('1-2', { serial }), creds, true)).status).toBe(403);
    }
    const explicit = await app.inject({
      method: 'POST',
      url: `/api/v1/acs/held-devices/${A}/approve`,
      payload: { username: 'factory', password: 'genuine-pw' },
    });
    expect(explicit.statusCode).toBe(201);
    expect((await informAs(client(), informEnvelope('1-2', { serial: 'HELDA' }), genuine, true)).status).toBe(
      200,
    );

    const generated = await app.inject({
      method: 'POST',
      url: `/api/v1/acs/held-devices/${B}/approve`,
      payload: { generate: true },
    });
    expect(generated.statusCode).toBe(201);
    const creds = generated.json() as { username: string; password: string };
    expect(creds).toMatchObject({ deviceId: B, username: B });
    for (const p of [genuine, ...forged])
      expect((await informAs(client(), informEnvelope('1-2', { serial: 'HELDB' }), p, true)).status).not.toBe(
        200,
      );
    expect((await informAs(client(), informEnvelope('1-2', { serial: 'HELDB' }), creds)).status).toBe(200);
  });

  it("a held router's Inform changes nothing of a registered device (URL, firmware, parameters)", async () => {
    await start({ mode: 'digest', allowBasic: true });
    const own = await t.acs.credentials.provision(B, now());
    const c = client();
    const real = informEnvelope('1-2', {
      serial: 'HELDB',
      params: [
        ['Device.DeviceInfo.SoftwareVersion', '2.3.1', 'xsd:string'],
        ['Device.ManagementServer.ConnectionRequestURL', 'http://10.0.0.2/cr', 'xsd:string'],
      ],
    });
    expect((await informAs(c, real, own)).status).toBe(200);
    await finishSession(c);
    await t.acs.credentials.revoke(B); // e.g. re-keying: the router is held until approved again
    const before = await t.acs.store.getDevice(B);
    const forgedInform = informEnvelope('1-2', {
      serial: 'HELDB',
      events: ['0 BOOTSTRAP'],
      params: [
        ['Device.DeviceInfo.SoftwareVersion', '9.9.9', 'xsd:string'],
        ['Device.ManagementServer.ConnectionRequestURL', 'http://evil.example/cr', 'xsd:string'],
        ['Device.X.Injected', 'yes', 'xsd:string'],
      ],
    });
    expect((await informAs(client('127.0.0.2'), forgedInform, forged[0]!, true)).status).toBe(403);
    expect(await t.acs.store.getDevice(B)).toEqual(before);
    const params = await t.acs.store.db
      .selectFrom('acs_params')
      .select('path')
      .where('device_id', '=', B)
      .execute();
    expect(params.map((p) => p.path)).not.toContain('Device.X.Injected');
  });
});

describe('the held list under load', () => {
  it('records only a few new routers per source address; a router from another address is still recorded', async () => {
    await start({ mode: 'digest', allowBasic: true, maxHeld: 8 });
    const refused: unknown[] = [];
    t.acs.events.on('heldRefused', (e) => refused.push(e));
    for (let i = 0; i < 12; i++) {
      expect(
        (
          await informAs(
            client(),
            informEnvelope('1-2', { serial: `FLOOD${i}` }),
            { username: 'x', password: `p${i}` },
            true,
          )
        ).status,
      ).toBe(403);
    }
    expect(await t.acs.held.count()).toBe(5);
    expect(refused).toHaveLength(7);
    expect(refused[0]).toMatchObject({ address: '127.0.0.1', reason: 'address-limit' });
    expect(
      (await informAs(client('127.0.0.2'), informEnvelope('1-2', { serial: 'HELDA' }), genuine, true)).status,
    ).toBe(403);
    expect(await t.acs.held.get(A)).toMatchObject({ serial_number: 'HELDA', first_address: '127.0.0.2' });
    // Routers already held keep being refreshed from their address.
    expect(
      (
        await informAs(
          client(),
          informEnvelope('1-2', { serial: 'FLOOD0' }),
          { username: 'x', password: 'p0' },
          true,
        )
      ).status,
    ).toBe(403);
    expect((await t.acs.held.get('00D0F1-HGW3000-FLOOD0'))!.contacts).toBe(2);
  });

  it('reports a full list (event and error log) rather than dropping routers silently', async () => {
    await start({ mode: 'digest', allowBasic: true, maxHeld: 3 });
    const refused: unknown[] = [];
    t.acs.events.on('heldRefused', (e) => refused.push(e));
    const registry = new Registry();
    registerAcsMetrics(t.acs.events, registry);
    for (let i = 0; i < 4; i++) {
      expect(
        (
          await informAs(
            client(`127.0.0.${i + 2}`),
            informEnvelope('1-2', { serial: `SPREAD${i}` }),
            genuine,
            true,
          )
        ).status,
      ).toBe(403);
    }
    expect(await t.acs.held.count()).toBe(3);
    expect(refused).toEqual([{ deviceId: '00D0F1-HGW3000-SPREAD3', address: '127.0.0.5', reason: 'full' }]);
    expect(await registry.getSingleMetricAsString('frontline_acs_held_refused_total')).toContain(
      'frontline_acs_held_refused_total{reason="full"} 1',
    );
  });
});
