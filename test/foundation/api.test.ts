import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type FrontlineApp } from '../../src/server/app.js';
import { openTestDb, steppingClock, testEngines, type TestDb } from './helpers.js';

const json = { 'content-type': 'application/json' };

describe.each(testEngines())('REST API on %s', (engine) => {
  let t: TestDb;
  let app: FrontlineApp;
  const resolved: string[] = [];

  beforeAll(async () => {
    t = await openTestDb(engine, steppingClock());
    app = buildApp(
      { repos: t.repos, onIncidentResolved: (i) => void resolved.push(i.id) },
      // These tests are about the API's behaviour, not its authentication (test/http/): open it.
      { bodyLimitBytes: 64 * 1024, access: { tokens: [], open: true } },
    );
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  async function createCustomer(n: string) {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: json,
      payload: {
        customerNumber: n,
        name: `Kund ${n}`,
        pin: '1234',
        contacts: [{ kind: 'email', value: `${n}@example.se` }],
      },
    });
    expect(r.statusCode).toBe(201);
    return r.json();
  }

  it('serves health, readiness, metrics and request ids', async () => {
    const h = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-123' } });
    expect(h.json()).toEqual({ status: 'ok' });
    expect(h.headers['x-request-id']).toBe('abc-123');
    const bad = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'no spaces <allowed>' } });
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const r = await app.inject({ url: '/readyz' });
    expect(r.statusCode).toBe(200);
    expect(r.json().checks.database).toBe('ok');
    const m = await app.inject({ url: '/metrics' });
    expect(m.body).toContain('http_request_duration_seconds_bucket');
    expect(m.body).toContain('process_cpu_user_seconds_total');
    expect(m.body).toContain('route="/healthz"');
  });

  it('creates and reads customers without exposing secrets', async () => {
    const c = await createCustomer('300001');
    expect(c).not.toHaveProperty('pinHash');
    expect(c.hasPin).toBe(true);
    const s = await app.inject({
      method: 'POST',
      url: `/api/v1/customers/${c.id}/services`,
      headers: json,
      payload: {
        access: 'dsl',
        plan: { downMbps: 60, upMbps: 10 },
        areaCode: 'UPP-02',
        pppoeUsername: 'k300001',
        pppoePassword: 'hemligt1',
      },
    });
    expect(s.statusCode).toBe(201);
    expect(s.json()).not.toHaveProperty('pppoePasswordEnc');
    expect(s.json().hasPppoePassword).toBe(true);
    const d = await app.inject({
      method: 'POST',
      url: '/api/v1/devices',
      headers: json,
      payload: { oui: '00D0F1', productClass: 'VDSL2200', serialNumber: 'VD300001', serviceId: s.json().id },
    });
    expect(d.statusCode).toBe(201);
    const full = await app.inject({ url: '/api/v1/customers/300001' });
    expect(full.statusCode).toBe(200);
    expect(full.json().services[0].devices[0].id).toBe('00D0F1-VDSL2200-VD300001');
    expect(full.body).not.toContain('hemligt1');
    expect(full.body).not.toContain('scrypt$');
    const list = await app.inject({ url: '/api/v1/customers?limit=1' });
    expect(list.json().items).toHaveLength(1);
  });

  it('answers validation errors with problem+json listing every field', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: json,
      payload: {
        customerNumber: 'bad number!',
        name: 42,
        pin: '12',
        contacts: [{ kind: 'email', value: 'nope' }],
      },
    });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    const p = r.json();
    expect(p).toMatchObject({
      status: 400,
      type: expect.any(String),
      title: expect.any(String),
      instance: '/api/v1/customers',
    });
    expect(p.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(
      ['/contacts/0/value', '/customerNumber', '/name', '/pin'].sort(),
    );
    const q = await app.inject({ url: '/api/v1/tickets?limit=5000&status=nope' });
    expect(q.statusCode).toBe(400);
    expect(q.json().errors.every((e: { in: string }) => e.in === 'query')).toBe(true);
  });

  it('refuses malformed JSON, wrong content types and oversized bodies and keeps serving', async () => {
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: json,
      payload: '{"customerNumber": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
    const proto = await app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: json,
      payload: '{"customerNumber":"9","name":"x","__proto__":{"admin":true}}',
    });
    expect(proto.statusCode).toBe(400);
    const xml = await app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expect(xml.statusCode).toBe(415);
    const big = await app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: json,
      payload: JSON.stringify({ customerNumber: '1', name: 'x'.repeat(70 * 1024) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().status).toBe(413);
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/v1/customers?q=xxxxxxxx' })).json().items).toEqual([]);
  });

  it('answers unknown ids and routes with 404 problems', async () => {
    for (const url of [
      '/api/v1/customers/nope',
      '/api/v1/tickets/nope',
      '/api/v1/incidents/nope',
      '/api/v1/services/nope',
      '/api/v1/nothing',
    ]) {
      const r = await app.inject({ url });
      expect(r.statusCode, url).toBe(404);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
    const patch = await app.inject({
      method: 'PATCH',
      url: '/api/v1/devices/none',
      headers: json,
      payload: { model: 'x' },
    });
    expect(patch.statusCode).toBe(404);
    const t = await app.inject({
      method: 'POST',
      url: '/api/v1/tickets',
      headers: json,
      payload: { language: 'sv', customerId: 'ghost' },
    });
    expect(t.statusCode).toBe(422);
  });

  it('stores SQL and HTML in text fields verbatim and harmlessly', async () => {
    const evil = `Robert'); DROP TABLE tickets;-- <img src=x onerror=alert(1)>`;
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/tickets',
      headers: json,
      payload: { language: 'en', channel: 'email', subject: evil, message: evil },
    });
    expect(r.statusCode).toBe(201);
    const got = await app.inject({ url: `/api/v1/tickets/${r.json().reference}` });
    expect(got.json().ticket.subject).toBe(evil);
    expect(got.json().timeline[0].text).toBe(evil);
    expect(got.headers['content-type']).toContain('application/json');
    const search = await app.inject({
      url: `/api/v1/tickets?q=${encodeURIComponent("DROP TABLE tickets')")}`,
    });
    expect(search.json().items.map((x: { id: string }) => x.id)).toEqual([r.json().id]);
  });

  it('lists tickets with filters and cursor pages, patches with optimistic concurrency', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/tickets',
        headers: json,
        payload: { language: 'sv', channel: 'chat', intent: 'slow_speed', subject: `Långsamt ${i}` },
      });
      ids.push(r.json().id);
    }
    const p1 = await app.inject({ url: '/api/v1/tickets?intent=slow_speed&limit=3' });
    expect(p1.json().items.map((x: { id: string }) => x.id)).toEqual([ids[4], ids[3], ids[2]]);
    const p2 = await app.inject({
      url: `/api/v1/tickets?intent=slow_speed&limit=3&cursor=${p1.json().nextCursor}`,
    });
    expect(p2.json().items.map((x: { id: string }) => x.id)).toEqual([ids[1], ids[0]]);
    expect(p2.json().nextCursor).toBeNull();
    expect((await app.inject({ url: '/api/v1/tickets?cursor=garbage' })).statusCode).toBe(400);

    const ok = await app.inject({
      method: 'PATCH',
      url: `/api/v1/tickets/${ids[0]}`,
      headers: json,
      payload: { expectedVersion: 1, status: 'open', queue: 'tier2', note: 'looked at it' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, status: 'open', queue: 'tier2' });
    const stale = await app.inject({
      method: 'PATCH',
      url: `/api/v1/tickets/${ids[0]}`,
      headers: json,
      payload: { expectedVersion: 1, priority: 'P1' },
    });
    expect(stale.statusCode).toBe(409);
    const multi = await app.inject({ url: '/api/v1/tickets?status=open,escalated&queue=tier2' });
    expect(multi.json().items.map((x: { id: string }) => x.id)).toEqual([ids[0]]);
    const badEvent = await app.inject({
      method: 'POST',
      url: `/api/v1/tickets/${ids[1]}/events`,
      headers: json,
      payload: { events: [{ type: 'csat', score: 9, actor: { kind: 'customer', id: null } }] },
    });
    expect(badEvent.statusCode).toBe(400);
    const goodEvent = await app.inject({
      method: 'POST',
      url: `/api/v1/tickets/${ids[1]}/events`,
      headers: json,
      payload: { events: [{ type: 'csat', score: 5, actor: { kind: 'customer', id: null } }] },
    });
    expect(goodEvent.statusCode).toBe(200);
    const tl = await app.inject({ url: `/api/v1/tickets/${ids[1]}` });
    expect(tl.json().timeline.map((e: { type: string }) => e.type)).toEqual(['csat']);
  });

  it('creates, updates, resolves and lists incidents', async () => {
    const c = await app.inject({
      method: 'POST',
      url: '/api/v1/incidents',
      headers: json,
      payload: {
        areas: ['GBG-03'],
        kind: 'fiber_cut',
        title: 'Fiberavbrott Göteborg',
        etaAt: '2026-01-05T15:00:00Z',
      },
    });
    expect(c.statusCode).toBe(201);
    const id = c.json().id;
    const u = await app.inject({
      method: 'PATCH',
      url: `/api/v1/incidents/${id}`,
      headers: json,
      payload: { areas: ['GBG-03', 'GBG-04'] },
    });
    expect(u.json().areas).toEqual(['GBG-03', 'GBG-04']);
    expect(
      (await app.inject({ url: '/api/v1/incidents?area=GBG-04' }))
        .json()
        .items.map((i: { id: string }) => i.id),
    ).toEqual([id]);
    const r = await app.inject({ method: 'POST', url: `/api/v1/incidents/${id}/resolve` });
    expect(r.json().status).toBe('resolved');
    expect(resolved).toEqual([id]);
    expect((await app.inject({ url: '/api/v1/incidents?status=open' })).json().items).toEqual([]);
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/incidents',
      headers: json,
      payload: { areas: [], kind: '', title: 'x', etaAt: 'tomorrow' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toHaveLength(3);
  });

  it('publishes an OpenAPI 3.1 document of the registered routes', async () => {
    const r = await app.inject({ url: '/api/v1/openapi.json' });
    const doc = r.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/customers',
        '/api/v1/tickets/{id}',
        '/api/v1/incidents/{id}/resolve',
        '/api/v1/import',
      ]),
    );
    const post = doc.paths['/api/v1/customers'].post;
    expect(post.requestBody.content['application/json'].schema.properties.customerNumber).toBeDefined();
    const list = doc.paths['/api/v1/tickets'].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['status', 'queue', 'q', 'cursor']),
    );
  });
});
