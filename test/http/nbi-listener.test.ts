import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestCpe } from '../../src/acs/testing/test-cpe.js';
import { adminToken } from '../../src/server/api-tokens.js';
import { createAcsNode } from '../../src/server/acs-node.js';
import { loadConfig } from '../../src/server/config.js';
import { isLoopbackHost, startNbiListener, type NbiListener } from '../../src/server/nbi-listener.js';
import { routerControlDepsOf } from '../../src/server/router-control.js';
import {
  ADMIN_TOKEN,
  bearer,
  rawRequest,
  serviceWithTicket,
  startTestDesk,
  type TestDesk,
} from './helpers.js';

// ACS_NBI_LISTEN: the GenieACS-compatible NBI at GenieACS's paths on a listener of its own. On a
// loopback address a caller without a credential has the devices scope (reads, tags, read-only
// tasks; audited as `nbi` with the listener's address); admin tasks and overrides need the admin
// token; off loopback every request needs a token; the desk's own API keeps its credential.

// The fleet's shared credential: the ACS then sets only the connection-request credentials.
const ROUTER = { username: 'nbi-router', password: 'nbi-router-secret' };
const ROUTER_ENV = {
  ACS_ACCEPT_NEW_DEVICES: 'true',
  ACS_USERNAME: ROUTER.username,
  ACS_PASSWORD: ROUTER.password,
};
const json = { 'content-type': 'application/json' };

async function deviceActions(d: TestDesk) {
  const entries = await d.desk.services.repos.audit.list({ action: 'device.action', limit: 500 });
  return entries.map(
    (e) => e.action === 'device.action' && `${e.actor.kind}:${e.actor.id}:${e.name}:${e.result}`,
  );
}

describe('the NBI listener on a loopback address', () => {
  let d: TestDesk;
  let nbi: string;
  let address: string;
  let restUrl: string;
  let acsUrl: string;
  let cpe: TestCpe;

  beforeAll(async () => {
    d = await startTestDesk(
      {
        RATE_LIMITS: 'false',
        FRONTLINE_API_TOKEN: ADMIN_TOKEN,
        ...ROUTER_ENV,
        ACS_NBI_LISTEN: '127.0.0.1:0',
      },
      { start: false },
    );
    const started = await d.desk.start();
    nbi = started.nbiUrl!;
    restUrl = started.url;
    acsUrl = started.acsUrl;
    address = nbi.replace('http://', '');
    cpe = new TestCpe({ acsUrl: started.acsUrl, serial: 'NBI0001', auth: ROUTER });
    await cpe.startCrListener();
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    await cpe.idle();
  });
  afterAll(async () => {
    await cpe?.stop();
    await d?.stop();
  });

  const task = (body: object, headers: Record<string, string> = {}) =>
    fetch(`${nbi}/devices/${cpe.deviceId}/tasks?connection_request&timeout=10000`, {
      method: 'POST',
      headers: { ...json, ...headers },
      body: JSON.stringify(body),
    });

  it('serves the NBI at its root, where a GenieACS script expects it', async () => {
    expect(nbi).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const r = await fetch(
      `${nbi}/devices/?query=${encodeURIComponent(JSON.stringify({ _id: cpe.deviceId }))}`,
    );
    expect(r.status).toBe(200);
    expect(r.headers.get('x-total-count')).toBe('1');
    expect(((await r.json()) as { _id: string }[]).map((x) => x._id)).toEqual([cpe.deviceId]);
  });

  it('tags and runs a read-only task with a connection request without a credential, audited as nbi', async () => {
    expect((await fetch(`${nbi}/devices/${cpe.deviceId}/tags/lab`, { method: 'POST' })).status).toBe(200);
    const tagged = await fetch(`${nbi}/devices/?query=${encodeURIComponent('{"_tags":"lab"}')}`);
    expect(((await tagged.json()) as unknown[]).length).toBe(1);
    const get = await task({ name: 'getParameterValues', parameterNames: ['Device.DeviceInfo.UpTime'] });
    expect(get.status).toBe(200);
    expect(cpe.received).toContain('GetParameterValues');
    expect(await deviceActions(d)).toEqual(
      expect.arrayContaining([`nbi:${address}:addTag:lab:done`, `nbi:${address}:getParameterValues:done`]),
    );
  });

  it('refuses an admin-only task, an override and admin routes without the admin token, and audits the refusals', async () => {
    const set = {
      name: 'setParameterValues',
      parameterValues: [['Device.ManagementServer.PeriodicInformInterval', 600]],
    };
    expect((await task(set)).status).toBe(403);
    expect((await task({ name: 'factoryReset' })).status).toBe(403);
    const override = { ...set, override: { reason: 'lab change by the operator' } };
    expect((await task(override)).status).toBe(403);
    // A reboot needs the customer's consent, as on the REST API.
    const reboot = await task({ name: 'reboot' });
    expect(reboot.status).toBe(403);
    expect(((await reboot.json()) as { title: string }).title).toBe('Consent required');
    expect((await fetch(`${nbi}/files/x.bin`, { method: 'PUT', body: 'x' })).status).toBe(403);
    expect((await fetch(`${nbi}/faults/x:task_1`, { method: 'DELETE' })).status).toBe(403);
    expect(await deviceActions(d)).toEqual(
      expect.arrayContaining([
        `nbi:${address}:setParameterValues:refused`,
        `nbi:${address}:factoryReset:refused`,
        `nbi:${address}:reboot:refused`,
      ]),
    );
    // The admin token (as Bearer) may override, stated and audited under its own name.
    const done = await task(override, bearer(ADMIN_TOKEN));
    expect(done.status).toBe(200);
    expect(cpe.params.get('Device.ManagementServer.PeriodicInformInterval')!.value).toBe('600');
    expect(await deviceActions(d)).toContain('api:admin:setParameterValues:done');
  });

  it("reboots a router named by its GenieACS id for a caller without a credential, on the verified customer's consent", async () => {
    const repos = d.desk.services.repos;
    const customer = await repos.customers.createCustomer({
      customerNumber: '530001',
      name: 'Kund 530001',
      pin: '1234',
    });
    const { service, ticket } = await serviceWithTicket(d, customer.id);
    // GenieACS escapes the '.' of the serial: its id is not Frontline's.
    const router = new TestCpe({ acsUrl, serial: 'NBI.0002', auth: ROUTER });
    await router.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    await router.idle();
    const genieId = '00D0F1-HGW3000-NBI%2E0002';
    expect(router.deviceId).not.toBe(genieId);
    await repos.db
      .updateTable('devices')
      .set({ service_id: service.id })
      .where('id', '=', router.deviceId)
      .execute();
    const customerSays = {
      actor: { kind: 'customer' as const, id: '530001' },
      target: ticket.id,
      reason: 'test',
    };
    await repos.audit.append({ ...customerSays, action: 'identity.verified', method: 'pin' });
    await repos.audit.append({ ...customerSays, action: 'consent.given', consentKey: 'consent.reboot' });
    const r = await fetch(`${nbi}/devices/${encodeURIComponent(genieId)}/tasks`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: 'reboot', ticketId: ticket.id }),
    });
    expect(r.status).toBe(202);
    const entry = (await repos.audit.list({ action: 'device.action', target: `device:${genieId}` })).find(
      (e) => e.action === 'device.action' && e.name === 'reboot',
    );
    expect(entry).toMatchObject({ actor: { kind: 'nbi', id: address }, result: 'done' });
    expect(entry?.reason).toContain(`customer gave consent.reboot on ticket ${ticket.id}`);
    await router.stop();
  });

  it('wants a token from web pages, rebound names and proxies, and for a wrong token', async () => {
    const port = Number(address.split(':')[1]);
    const get = (headers: Record<string, string>) => rawRequest(port, 'GET /devices/ HTTP/1.1', headers);
    expect((await get({})).status).toBe(200);
    expect((await get({ host: `localhost:${port}` })).status).toBe(200);
    expect((await get({ host: `rebound.example:${port}` })).status).toBe(401);
    expect((await get({ origin: 'https://evil.example' })).status).toBe(401);
    expect((await get({ 'sec-fetch-site': 'cross-site' })).status).toBe(401);
    expect((await get({ 'x-forwarded-for': '203.0.113.9' })).status).toBe(401);
    expect((await get({ authorization: 'Bearer not-a-token-at-all' })).status).toBe(401);
    expect((await get({ 'x-forwarded-for': '203.0.113.9', ...bearer(ADMIN_TOKEN) })).status).toBe(200);
  });

  it("leaves the desk's REST API behind its credential", async () => {
    expect((await fetch(`${restUrl}/api/v1/acs/nbi/devices/`)).status).toBe(401);
    expect((await fetch(`${restUrl}/api/v1/devices`)).status).toBe(401);
    expect((await fetch(`${restUrl}/api/v1/acs/nbi/devices/`, { headers: bearer(ADMIN_TOKEN) })).status).toBe(
      200,
    );
  });
});

describe('the NBI listener off loopback', () => {
  let d: TestDesk;
  let listener: NbiListener;
  beforeAll(async () => {
    d = await startTestDesk({ RATE_LIMITS: 'false', FRONTLINE_API_TOKEN: ADMIN_TOKEN }, { start: false });
    listener = await startNbiListener({
      host: '0.0.0.0',
      port: 0,
      tokens: [adminToken(ADMIN_TOKEN)],
      nbi: d.desk.services.caps.acs.nbiPlugin,
      control: routerControlDepsOf(d.desk.services.repos),
    });
  });
  afterAll(async () => {
    await listener?.close();
    await d?.stop();
  });

  it('needs a token for every request, even from this host', async () => {
    expect(listener.loopback).toBe(false);
    const url = `http://127.0.0.1:${listener.address.split(':').pop()}`;
    const anonymous = await fetch(`${url}/devices/`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { detail: string }).detail).toMatch(/not on a loopback address/);
    expect((await fetch(`${url}/devices/x/tags/lab`, { method: 'POST' })).status).toBe(401);
    expect((await fetch(`${url}/devices/`, { headers: bearer(ADMIN_TOKEN) })).status).toBe(200);
  });

  it('is refused at start without any API token, API_OPEN or not', async () => {
    const open = await startTestDesk({ API_OPEN: 'true', ACS_NBI_LISTEN: '0.0.0.0:0' }, { start: false });
    try {
      await expect(open.desk.start()).rejects.toThrow(/ACS_NBI_LISTEN on 0\.0\.0\.0.*needs an API token/);
    } finally {
      await open.stop();
    }
  });

  it.each([
    ['127.0.0.1', true],
    ['127.8.9.1', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0:0:0:0:0:0:0:1', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['10.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['localhost.example', false],
  ])('%s is loopback: %s', (host, want) => {
    expect(isLoopbackHost(host)).toBe(want);
  });
});

describe('the NBI listener in `frontline acs`', () => {
  it('serves the same NBI beside the CWMP listener, audited in the desk tables', async () => {
    const node = await createAcsNode(
      loadConfig({
        DATABASE_URL: ':memory:',
        ACS_PORT: '0',
        HOST: '127.0.0.1',
        ...ROUTER_ENV,
        ACS_NBI_LISTEN: '127.0.0.1:0',
      }),
      { logger: false },
    );
    try {
      const { acsUrl, nbiUrl } = await node.start();
      const cpe = new TestCpe({ acsUrl, serial: 'NODE-NBI1', auth: ROUTER });
      await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
      await cpe.idle();
      const list = (await (await fetch(`${nbiUrl}/devices/?projection=_id`)).json()) as { _id: string }[];
      expect(list.map((x) => x._id)).toEqual(['00D0F1-HGW3000-NODE%2DNBI1']);
      const tag = `${nbiUrl}/devices/${encodeURIComponent(list[0]!._id)}/tags/lab`;
      expect((await fetch(tag, { method: 'POST' })).status).toBe(200);
      const audit = await node.db.db
        .selectFrom('audit_log')
        .select(['actor_kind', 'actor_id'])
        .executeTakeFirst();
      expect(audit).toEqual({ actor_kind: 'nbi', actor_id: nbiUrl!.replace('http://', '') });
    } finally {
      await node.stop();
    }
  });
});
