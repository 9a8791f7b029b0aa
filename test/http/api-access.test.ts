// Issue 15, item 5: out of the box anyone who reached the HTTP port read customers, tickets and
// transcripts and queued router tasks (factory reset included) with no audit entry, and with the
// token set `demo/portal-token` still minted a verified session for any customer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, bearer, serviceWithTicket, startTestDesk, type TestDesk } from './helpers.js';

const READ_TOKEN = 'reader-token-0123456789abcdef';
const NOC_TOKEN = 'noc-token-0123456789abcdef';
const json = { 'content-type': 'application/json' };

async function createCustomer(d: TestDesk, customerNumber: string) {
  return d.desk.services.repos.customers.createCustomer({
    customerNumber,
    name: `Kund ${customerNumber}`,
    pin: '1234',
  });
}

/** Signs `username` in; the cookie header and CSRF token of the session. */
async function staffSession(d: TestDesk, username: string, role: 'agent' | 'supervisor' | 'admin') {
  await d.desk.services.caps.staff.createUser({ username, password: `${username}-password-1`, role });
  const res = await d.desk.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: json,
    payload: { username, password: `${username}-password-1` },
  });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return { cookie, csrf: (res.json() as { csrfToken: string }).csrfToken };
}

describe('defaults: customer data and router control need a credential', () => {
  let d: TestDesk;
  beforeAll(async () => {
    // Demo mode without any token: the configuration a first `npm start` has.
    d = await startTestDesk({ DEMO: 'true', RATE_LIMITS: 'false' }, { start: false });
    await createCustomer(d, '510001');
  });
  afterAll(async () => {
    await d?.stop();
  });

  it('refuses customers, tickets, devices, router tasks and stats to an anonymous caller', async () => {
    const calls = [
      { method: 'GET', url: '/api/v1/customers' },
      { method: 'GET', url: '/api/v1/customers/510001' },
      { method: 'GET', url: '/api/v1/tickets' },
      { method: 'GET', url: '/api/v1/devices' },
      { method: 'GET', url: '/api/v1/stats' },
      { method: 'POST', url: '/api/v1/devices/00D0F1-X-1/tasks', payload: { name: 'factoryReset' } },
      { method: 'POST', url: '/api/v1/import', payload: [] },
      { method: 'DELETE', url: '/api/v1/customers/510001' },
    ] as const;
    for (const c of calls) {
      const res = await d.desk.app.inject({ ...c, headers: json });
      expect(res.statusCode, `${c.method} ${c.url}`).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(await d.desk.services.repos.customers.byNumber('510001')).not.toBeNull();
  });

  it('says in the OpenAPI document which routes need which credential', async () => {
    const doc = (await d.desk.app.inject({ url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, { security: { bearer?: string[] }[] }>>;
    };
    expect(doc.paths['/api/v1/customers'].get.security[0].bearer).toEqual(['read']);
    expect(doc.paths['/api/v1/customers'].post.security[0].bearer).toEqual(['admin']);
    expect(doc.paths['/api/v1/chat/conversations'].post.security).toEqual([]);
  });

  it('keeps what authenticates itself, or is public, reachable', async () => {
    expect(
      (
        await d.desk.app.inject({
          method: 'POST',
          url: '/api/v1/chat/conversations',
          headers: json,
          payload: {},
        })
      ).statusCode,
    ).toBe(201);
    expect((await d.desk.app.inject({ url: '/api/v1/openapi.json' })).statusCode).toBe(200);
    expect((await d.desk.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    expect((await d.desk.app.inject({ url: '/help' })).statusCode).toBe(200);
    expect((await d.desk.app.inject({ url: '/api/v1/auth/me' })).statusCode).toBe(401);
    // The demo helpers are open in the demo as long as no API token is set (and the log says so).
    const t = await d.desk.app.inject({
      method: 'POST',
      url: '/api/v1/demo/portal-token',
      headers: json,
      payload: { customerNumber: '510001' },
    });
    expect(t.statusCode).toBe(200);
  });

  it('accepts a staff session, by role: agents read, supervisors run router tasks, only admins reset', async () => {
    const agent = await staffSession(d, 'anna', 'agent');
    const sup = await staffSession(d, 'sven', 'supervisor');
    const admin = await staffSession(d, 'ada', 'admin');
    const as = (s: { cookie: string; csrf: string }) => ({
      ...json,
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
    });
    expect(
      (await d.desk.app.inject({ url: '/api/v1/customers', headers: { cookie: agent.cookie } })).statusCode,
    ).toBe(200);
    const task = (s: { cookie: string; csrf: string }, name: string, extra: object = {}) =>
      d.desk.app.inject({
        method: 'POST',
        url: '/api/v1/devices/00D0F1-X-1/tasks?connectionRequest=false',
        headers: as(s),
        payload: { name, ...extra },
      });
    expect((await task(agent, 'reboot')).statusCode).toBe(403);
    // A reboot changes the customer's router: without their consent it is refused.
    expect((await task(sup, 'reboot')).json().title).toBe('Consent required');
    // Past the guards: the device does not exist.
    expect(
      (await task(sup, 'getParameterValues', { parameterNames: ['Device.DeviceInfo.'] })).statusCode,
    ).toBe(404);
    expect(
      (await task(sup, 'factoryReset', { override: { reason: 'NOC maintenance window 42' } })).statusCode,
    ).toBe(403);
    expect(
      (await task(admin, 'factoryReset', { override: { reason: 'NOC maintenance window 42' } })).statusCode,
    ).toBe(404);
    // A cookie alone cannot change anything: the CSRF token must come with it.
    const forged = await d.desk.app.inject({
      method: 'POST',
      url: '/api/v1/devices/00D0F1-X-1/tasks',
      headers: { ...json, cookie: admin.cookie },
      payload: { name: 'factoryReset' },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().title).toBe('CSRF check failed');

    const audit = await d.desk.services.repos.audit.list({ action: 'device.action' });
    const byActor = (id: string) =>
      audit
        .filter((e) => e.actor.kind === 'staff' && e.actor.id === id)
        .map((e) => e.action === 'device.action' && `${e.name}:${e.result}`);
    expect(byActor('anna')).toEqual(['reboot:refused']);
    expect(byActor('sven').sort()).toEqual([
      'factoryReset:refused',
      'getParameterValues:failed',
      'reboot:refused',
    ]);
    expect(byActor('ada')).toEqual(['factoryReset:failed']);
    expect(audit.find((e) => e.actor.id === 'ada')?.reason).toContain(
      'overridden by admin: NOC maintenance window 42',
    );
  });
});

describe('scoped API tokens', () => {
  let d: TestDesk;
  beforeAll(async () => {
    d = await startTestDesk(
      {
        DEMO: 'true',
        RATE_LIMITS: 'false',
        FRONTLINE_API_TOKEN: ADMIN_TOKEN,
        // The reader's token is given as its SHA-256, so the environment does not hold it.
        FRONTLINE_API_TOKENS: `reader:read:sha256:${(await import('node:crypto')).createHash('sha256').update(READ_TOKEN).digest('hex')},noc:devices:${NOC_TOKEN}`,
      },
      { start: false },
    );
    await createCustomer(d, '520001');
  });
  afterAll(async () => {
    await d?.stop();
  });

  const task = (token: string, name: string, extra: object = {}) =>
    d.desk.app.inject({
      method: 'POST',
      url: '/api/v1/devices/00D0F1-X-9/tasks?connectionRequest=false',
      headers: { ...json, ...bearer(token) },
      payload: { name, ...extra },
    });

  it('read scope reads and changes nothing', async () => {
    expect(
      (await d.desk.app.inject({ url: '/api/v1/customers/520001', headers: bearer(READ_TOKEN) })).statusCode,
    ).toBe(200);
    expect(
      (
        await d.desk.app.inject({
          method: 'DELETE',
          url: '/api/v1/customers/520001',
          headers: bearer(READ_TOKEN),
        })
      ).statusCode,
    ).toBe(403);
    expect((await task(READ_TOKEN, 'reboot')).statusCode).toBe(403);
    expect(
      (await d.desk.app.inject({ url: '/api/v1/customers', headers: bearer('not-a-token-at-all-000') }))
        .statusCode,
    ).toBe(401);
  });

  it('devices scope runs router tasks but not factory resets, raw writes or downloads from any URL', async () => {
    expect((await task(NOC_TOKEN, 'getParameterValues', { parameterNames: ['Device.'] })).statusCode).toBe(
      404,
    );
    expect((await task(NOC_TOKEN, 'reboot')).statusCode).toBe(403);
    expect((await task(NOC_TOKEN, 'factoryReset')).statusCode).toBe(403);
    expect(
      (
        await task(NOC_TOKEN, 'setParameterValues', {
          parameterValues: [['Device.ManagementServer.URL', 'http://evil']],
        })
      ).statusCode,
    ).toBe(403);
    expect((await task(NOC_TOKEN, 'download', { url: 'http://evil.example/fw.bin' })).statusCode).toBe(403);
    expect(
      (
        await d.desk.app.inject({
          method: 'POST',
          url: '/api/v1/customers',
          headers: { ...json, ...bearer(NOC_TOKEN) },
          payload: {},
        })
      ).statusCode,
    ).toBe(403);
  });

  it('FRONTLINE_API_TOKEN is the admin token; every router action is audited with the token as actor', async () => {
    expect((await task(ADMIN_TOKEN, 'factoryReset')).json().title).toBe('Consent required');
    expect((await task(ADMIN_TOKEN, 'factoryReset', { override: { reason: 'too short' } })).statusCode).toBe(
      403,
    );
    expect(
      (
        await task(ADMIN_TOKEN, 'factoryReset', {
          override: { reason: 'router replaced, wiping the old unit' },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await d.desk.app.inject({
          method: 'DELETE',
          url: '/api/v1/tasks/no-such-task',
          headers: bearer(NOC_TOKEN),
        })
      ).statusCode,
    ).toBe(404);
    const audit = await d.desk.services.repos.audit.list({ action: 'device.action' });
    const seen = audit.map(
      (e) =>
        e.action === 'device.action' && `${e.actor.kind}:${e.actor.id}:${e.name}:${e.result}:${e.target}`,
    );
    expect(seen).toEqual(
      expect.arrayContaining([
        'api:reader:reboot:refused:device:00D0F1-X-9',
        'api:noc:getParameterValues:failed:device:00D0F1-X-9',
        'api:noc:reboot:refused:device:00D0F1-X-9',
        'api:noc:factoryReset:refused:device:00D0F1-X-9',
        'api:admin:factoryReset:refused:device:00D0F1-X-9',
        'api:admin:factoryReset:failed:device:00D0F1-X-9',
        'api:noc:cancelTask:failed:task:no-such-task',
      ]),
    );
  });

  it('a router change needs the verified customer consent on their own ticket, as the agent does', async () => {
    const repos = d.desk.services.repos;
    const customer = await createCustomer(d, '520002');
    const { service, ticket } = await serviceWithTicket(d, customer.id);
    // A ticket about another service of the same customer.
    const { ticket: elsewhere } = await serviceWithTicket(d, customer.id, 'dsl');
    const now = new Date().toISOString();
    await repos.db
      .insertInto('devices')
      .values({
        id: '00D0F1-C-1',
        oui: '00D0F1',
        product_class: 'C',
        serial_number: '1',
        manufacturer: null,
        model: null,
        firmware: null,
        service_id: service.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await repos.db
      .insertInto('acs_device_state')
      .values({
        device_id: '00D0F1-C-1',
        root: 'Device.',
        cwmp_ns: '1-2',
        pppoe_username: null,
        connection_request_url: null,
        last_inform_at: null,
        last_boot_at: null,
        last_events: '[]',
        inform_count: 0,
      })
      .execute();
    const reboot = (ticketId: string) =>
      d.desk.app.inject({
        method: 'POST',
        url: '/api/v1/devices/00D0F1-C-1/tasks?connectionRequest=false',
        headers: { ...json, ...bearer(NOC_TOKEN) },
        payload: { name: 'reboot', ticketId },
      });
    const grant = (ticketId: string, action: 'identity.verified' | 'consent.given') =>
      repos.audit.append(
        action === 'identity.verified'
          ? {
              action,
              actor: { kind: 'customer', id: '520002' },
              target: ticketId,
              reason: 'test',
              method: 'pin',
            }
          : {
              action,
              actor: { kind: 'customer', id: '520002' },
              target: ticketId,
              reason: 'test',
              consentKey: 'consent.reboot',
            },
      );
    expect((await reboot(ticket.id)).json().detail).toMatch(/not verified/);
    await grant(ticket.id, 'identity.verified');
    expect((await reboot(ticket.id)).json().detail).toMatch(/has not given consent.reboot/);
    await grant(ticket.id, 'consent.given');
    await grant(elsewhere.id, 'identity.verified');
    await grant(elsewhere.id, 'consent.given');
    // Consent on a ticket for another service does not cover this router.
    expect((await reboot(elsewhere.id)).json().detail).toMatch(/not the customer's ticket for this router/);
    const ok = await reboot(ticket.id);
    expect(ok.statusCode).toBe(202);
    const entry = (await repos.audit.list({ action: 'device.action', target: 'device:00D0F1-C-1' })).find(
      (e) => e.action === 'device.action' && e.result === 'done',
    );
    expect(entry?.reason).toContain(`customer gave consent.reboot on ticket ${ticket.id}`);

    // A Wi-Fi consent never carries another parameter along (an admin write, so the scope is not what stops it).
    await repos.audit.append({
      action: 'consent.given',
      actor: { kind: 'customer', id: '520002' },
      target: ticket.id,
      reason: 'test',
      consentKey: 'consent.wifi_change',
    });
    const write = (parameterValues: unknown[]) =>
      d.desk.app.inject({
        method: 'POST',
        url: '/api/v1/devices/00D0F1-C-1/tasks?connectionRequest=false',
        headers: { ...json, ...bearer(ADMIN_TOKEN) },
        payload: { name: 'setParameterValues', parameterValues, ticketId: ticket.id },
      });
    const mixed = await write([
      ['Device.WiFi.SSID.1.SSID', 'Villa Kulla'],
      ['Device.ManagementServer.URL', 'http://evil.example/acs'],
    ]);
    expect(mixed.statusCode).toBe(403);
    expect(mixed.json().detail).toMatch(/consent.config_change/);
    expect((await write([['Device.WiFi.SSID.1.SSID', 'Villa Kulla']])).statusCode).toBe(202);

    // Once the case is resolved its consents cover nothing more.
    await repos.tickets.append(ticket.id, [], { status: 'resolved' });
    expect((await reboot(ticket.id)).json().detail).toMatch(/resolved: a consent covers an open case only/);
  });

  it('with a token set, demo portal sessions are minted only for an authorised caller', async () => {
    const mint = (headers: Record<string, string>) =>
      d.desk.app.inject({
        method: 'POST',
        url: '/api/v1/demo/portal-token',
        headers: { ...json, ...headers },
        payload: { customerNumber: '520001' },
      });
    expect((await mint({})).statusCode).toBe(401);
    expect((await mint(bearer(READ_TOKEN))).statusCode).toBe(403);
    expect((await mint(bearer(NOC_TOKEN))).statusCode).toBe(200);
    expect((await d.desk.app.inject({ url: '/api/v1/demo/customers' })).statusCode).toBe(401);
  });
});

describe('production start', () => {
  it('refuses to serve an API nobody could authenticate to, unless API_OPEN is set', async () => {
    const closed = await startTestDesk({}, { start: false });
    try {
      await expect(closed.desk.start()).rejects.toThrow(/FRONTLINE_API_TOKEN.*API_OPEN=true/);
    } finally {
      await closed.stop();
    }
    const open = await startTestDesk({ API_OPEN: 'true', RATE_LIMITS: 'false' }, { captureLogs: true });
    try {
      expect((await fetch(`${open.url}/api/v1/customers`)).status).toBe(200);
      expect(open.logs.some((l) => l.level === 40 && String(l.msg).includes('API_OPEN=true'))).toBe(true);
    } finally {
      await open.stop();
    }
  });

  it('starts with a staff account and no token, and then wants a session', async () => {
    const d = await startTestDesk({ RATE_LIMITS: 'false' }, { start: false });
    try {
      await d.desk.services.caps.staff.createUser({
        username: 'ops',
        password: 'ops-password-123',
        role: 'admin',
      });
      const { url } = await d.desk.start();
      expect((await fetch(`${url}/api/v1/customers`)).status).toBe(401);
      // Not in the demo: the demo helpers do not exist.
      expect(
        (
          await fetch(`${url}/api/v1/demo/portal-token`, {
            method: 'POST',
            headers: json,
            body: '{"customerNumber":"1"}',
          })
        ).status,
      ).toBe(404);
    } finally {
      await d.stop();
    }
  });

  it('says in the log what the demo leaves open', async () => {
    const d = await startTestDesk({ DEMO: 'true', RATE_LIMITS: 'false' }, { captureLogs: true });
    try {
      const line = d.logs.find((l) => String(l.msg).startsWith('REST API:'));
      expect(line?.open).toEqual(
        expect.arrayContaining([expect.stringContaining('/api/v1/demo/'), expect.stringContaining('chat')]),
      );
      expect(String(line?.protectedBy)).toContain('staff sessions');
    } finally {
      await d.stop();
    }
  });
});
