import { describe, expect, it } from 'vitest';
import type { AcsConfig } from './config.js';
import type { TestAcs } from './testing/harness.js';
import { informEnvelope } from './testing/raw-client.js';
import { acsTestbed, basicAuth, finishSession, informAs } from './testing/router-flows.js';

// Requests without valid credentials, over real loopback HTTP: only a small body is read and
// parsed, and an address that keeps failing is refused unread.

const A = '00D0F1-HGW3000-LOADA';
const now = () => new Date().toISOString();

const bed = acsTestbed();
const client = bed.client;
let t: TestAcs;

async function start(cpeAuth: NonNullable<AcsConfig['cpeAuth']>): Promise<void> {
  t = await bed.start(cpeAuth);
}

/** About 20 KiB: under the old 32 KiB limit, far over an Inform's few KiB. */
const padded = (serial: string) =>
  informEnvelope('1-2', { serial, params: [['Device.X.Pad', 'y'.repeat(20 * 1024), 'xsd:string']] });
const brokenXml = '<soap-env:Envelope><broken'.repeat(800);

describe('bodies without valid credentials', () => {
  it('are refused (413) unparsed past 8 KiB, whether the credentials are wrong or unknown', async () => {
    await start({ mode: 'digest', allowBasic: true });
    const own = await t.acs.credentials.provision(A, now());
    const wrong = basicAuth({ username: own.username, password: 'wrong-password' });
    const unknown = basicAuth({ username: 'nobody', password: 'nothing' });
    for (const authorization of [wrong, unknown]) {
      expect((await client().post(padded('LOADB'), { authorization })).status).toBe(413);
      // Were it parsed, malformed XML would be a 400.
      expect((await client().post(brokenXml, { authorization })).status).toBe(413);
    }
    expect(await t.acs.held.count()).toBe(0);
    // The router's own credentials still send large bodies.
    expect((await informAs(client(), padded('LOADA'), own)).status).toBe(200);
  });

  it('are refused (429) unread once an address keeps failing; valid routers and other addresses are unaffected', async () => {
    await start({ mode: 'digest', allowBasic: true, failedAuthPerMinute: 5 });
    const own = await t.acs.credentials.provision(A, now());
    const wrong = basicAuth({ username: own.username, password: 'wrong-password' });
    for (let i = 0; i < 5; i++)
      expect(
        (await client().post(informEnvelope('1-2', { serial: 'LOADA' }), { authorization: wrong })).status,
      ).toBe(401);
    const limited = await client().post(brokenXml.slice(0, 4000), { authorization: wrong });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(
      (
        await client().post(informEnvelope('1-2', { serial: 'LOADB' }), {
          authorization: basicAuth({ username: 'new', password: 'router' }),
        })
      ).status,
    ).toBe(429);
    expect(await t.acs.held.count()).toBe(0);

    expect((await informAs(client(), informEnvelope('1-2', { serial: 'LOADA' }), own)).status).toBe(200);
    expect(
      (await client('127.0.0.2').post(informEnvelope('1-2', { serial: 'LOADA' }), { authorization: wrong }))
        .status,
    ).toBe(401);
  });

  it('do not count against the address when routers from one factory image share a username (genieacs-sim); a wrong password for the named router does', async () => {
    await start({ mode: 'digest', allowBasic: true, acceptNewDevices: true, failedAuthPerMinute: 3 });
    const factory = { username: 'admin', password: 'admin' };
    // Eight routers, each informing twice: registration by first contact, then as themselves.
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 8; i++) {
        const c = client();
        expect(
          (await informAs(c, informEnvelope('1-2', { serial: `FLEET${i}` }), factory, true)).status,
        ).toBe(200);
        await finishSession(c);
      }
    }
    const wrong = { username: 'admin', password: 'not-admin' };
    for (let i = 0; i < 3; i++)
      expect(
        (await informAs(client(), informEnvelope('1-2', { serial: 'FLEET0' }), wrong, true)).status,
      ).toBe(401);
    expect((await informAs(client(), informEnvelope('1-2', { serial: 'FLEET1' }), wrong, true)).status).toBe(
      429,
    );
    // While the address is over its limit, the fleet waits too.
    expect(
      (await informAs(client(), informEnvelope('1-2', { serial: 'FLEET2' }), factory, true)).status,
    ).toBe(429);
  });
});
