import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandoffPacket } from '../../src/domain/index.js';
import { loadConfig } from '../../src/server/config.js';
import { createDesk } from '../../src/server/desk.js';
import { createDeliveryStore, type DeliveryStore } from '../../src/webhooks/store.js';
import { tapIncidentEvents, tapTicketEvents } from '../../src/webhooks/tap.js';
import { createWebhooks, type EmitEvent } from '../../src/webhooks/webhooks.js';
import { openTestDb, steppingClock, testEngines, type TestDb } from '../foundation/helpers.js';
import { testDeskEnv } from '../helpers/desk-env.js';

const SECRET = 'whsec-test-0123456789abcdef';
const log = pino({ level: 'silent' });

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
  /** The signature checked the way a receiver would: HMAC-SHA256 of `timestamp.body`. */
  valid: boolean;
}

/** An HTTP receiver that answers each request with the next status of `answers` (then 200). */
async function receiver(answers: number[] = []) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const ts = String(req.headers['x-frontline-timestamp']);
      const expected = Buffer.from(
        `sha256=${createHmac('sha256', SECRET).update(`${ts}.${body}`).digest('hex')}`,
      );
      const given = Buffer.from(String(req.headers['x-frontline-signature']));
      received.push({
        headers: req.headers,
        body,
        valid: given.length === expected.length && timingSafeEqual(given, expected),
      });
      res.writeHead(answers.shift() ?? 200).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`;
  return { url, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe.each(testEngines())('webhook deliveries on %s', (engine) => {
  let t: TestDb;
  let store: DeliveryStore;
  let clock: number;
  const now = () => new Date(clock);
  beforeEach(async () => {
    t = await openTestDb(engine);
    store = createDeliveryStore(t.db as never);
    clock = Date.parse('2026-03-02T09:00:00.000Z');
  });
  afterEach(async () => t.destroy());

  it('signs the body, retries a failed first delivery after the back-off, and logs both attempts', async () => {
    const r = await receiver([500]);
    try {
      const hooks = createWebhooks({
        store,
        receivers: [{ name: 'crm', url: r.url, secret: SECRET, events: ['ticket.created'] }],
        log,
        now,
        baseDelayMs: 30_000,
      });
      await hooks.emit('ticket.created', { ticket: { reference: 'T-000001' } });
      await hooks.emit('incident.opened', { incident: {} }); // not subscribed
      expect(await hooks.deliverDue()).toBe(0);
      expect(r.received).toHaveLength(1);
      const [failed] = await store.list({ limit: 10 });
      expect(failed).toMatchObject({
        webhook: 'crm',
        event: 'ticket.created',
        status: 'pending',
        attempts: 1,
        lastStatus: 500,
        lastError: 'HTTP 500',
      });
      expect(failed!.nextAttemptAt).toBe('2026-03-02T09:00:30.000Z');

      expect(await hooks.deliverDue()).toBe(0); // not due yet
      clock += 30_000;
      expect(await hooks.deliverDue()).toBe(1);
      expect(r.received).toHaveLength(2);
      expect(r.received.map((x) => x.valid)).toEqual([true, true]);
      expect(r.received[1]!.body).toBe(r.received[0]!.body);
      expect(r.received[1]!.headers['x-frontline-delivery']).toBe(failed!.id);
      expect(JSON.parse(r.received[0]!.body)).toMatchObject({
        type: 'ticket.created',
        occurredAt: '2026-03-02T09:00:00.000Z',
        data: { ticket: { reference: 'T-000001' } },
      });
      expect((await store.list({ limit: 10 }))[0]).toMatchObject({
        status: 'delivered',
        attempts: 2,
        lastStatus: 200,
        lastError: null,
        deliveredAt: '2026-03-02T09:00:30.000Z',
      });
    } finally {
      await r.close();
    }
  });

  it('gives up after the last attempt and says why', async () => {
    const hooks = createWebhooks({
      store,
      receivers: [
        { name: 'down', url: 'http://127.0.0.1:1/hook', secret: SECRET, events: ['incident.opened'] },
      ],
      log,
      now,
      maxAttempts: 2,
      baseDelayMs: 1000,
    });
    await hooks.emit('incident.opened', { incident: { id: 'i1' } });
    await hooks.deliverDue();
    clock += 1000;
    await hooks.deliverDue();
    clock += 60_000;
    expect(await hooks.deliverDue()).toBe(0);
    expect(await store.list({ status: 'failed', limit: 10 })).toEqual([
      expect.objectContaining({
        attempts: 2,
        lastStatus: null,
        lastError: expect.stringMatching(/fetch failed/),
      }),
    ]);
  });
});

describe.each(testEngines())('webhook events from the stores on %s', (engine) => {
  let t: TestDb;
  const events: { event: string; data: Record<string, unknown> }[] = [];
  const emit: EmitEvent = async (event, data) => void events.push({ event, data });
  beforeEach(async () => {
    events.length = 0;
    t = await openTestDb(engine, steppingClock());
  });
  afterEach(async () => t.destroy());

  it('raises created, escalated, csat and resolved (once) for tickets, opened and resolved for incidents', async () => {
    const tickets = tapTicketEvents(t.repos.tickets, emit);
    const incidents = tapIncidentEvents(t.repos.incidents, emit);
    const tk = await tickets.create({ channel: 'chat', language: 'sv', priority: 'P3' });
    const packet: HandoffPacket = {
      customer: null,
      service: null,
      device: null,
      problem: 'x',
      findings: [],
      stepsTried: [],
      customerAvailability: null,
      priority: 'P3',
      slaDueAt: null,
      verified: false,
    };
    await tickets.escalate(tk.id, 'tier2', 'line fault', packet);
    await tickets.append(tk.id, [
      { type: 'note', actor: { kind: 'staff', id: 'anna' }, text: 'looking', internal: true },
    ]);
    await tickets.append(tk.id, [], { status: 'resolved' });
    await tickets.append(tk.id, [{ type: 'csat', actor: { kind: 'customer', id: null }, score: 5 }], {
      status: 'resolved',
    });
    const inc = await incidents.create({ areas: ['SE-1'], kind: 'fiber_cut', title: 'Fibre cut' });
    await incidents.resolve(inc.id);
    await incidents.resolve(inc.id);
    expect(events.map((e) => e.event)).toEqual([
      'ticket.created',
      'ticket.escalated',
      'ticket.resolved',
      'ticket.csat',
      'incident.opened',
      'incident.resolved',
    ]);
    expect(events[1]!.data).toMatchObject({
      ticket: { reference: tk.reference },
      escalation: { queue: 'tier2', reason: 'line fault' },
    });
    expect(events[3]!.data).toMatchObject({ csat: { score: 5, comment: null } });
    expect(events[5]!.data).toMatchObject({ incident: { id: inc.id, status: 'resolved' } });
    // Everything else passes through to the real store.
    expect((await tickets.get(tk.id))?.status).toBe('resolved');
    expect(await tickets.escalations(tk.id)).toHaveLength(1);
  });
});

describe('webhooks in the desk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-webhooks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const TOKEN = 'webhook-test-admin-token-0123456789';

  it('an incident opened over the REST API reaches the receiver from the operator file, and admins see the log', async () => {
    const r = await receiver([503]);
    const operatorFile = join(dir, 'operator.yaml');
    writeFileSync(
      operatorFile,
      `${(await import('node:fs')).readFileSync(join(import.meta.dirname, '..', '..', 'config', 'demo-operator.yaml'), 'utf8').replace('webhooks: []', '')}` +
        `  webhooks:\n    - { name: noc-board, url: "${r.url}", secretEnv: WEBHOOK_TEST_SECRET, events: [incident.opened] }\n`,
    );
    const config = loadConfig({
      ...testDeskEnv(join(dir, 'desk.db')),
      DEMO: 'false',
      OPERATOR_CONFIG: operatorFile,
      FRONTLINE_API_TOKEN: TOKEN,
      RATE_LIMITS: 'false',
    });
    process.env.WEBHOOK_TEST_SECRET = SECRET;
    const desk = await createDesk(config, { logger: false, schedule: { webhookMs: 50 } });
    const auth = { authorization: `Bearer ${TOKEN}` };
    try {
      await desk.start();
      const opened = await desk.app.inject({
        method: 'POST',
        url: '/api/v1/incidents',
        headers: auth,
        payload: { areas: ['SE-1'], kind: 'fiber_cut', title: 'Fibre cut' },
      });
      expect(opened.statusCode).toBe(201);
      // The first answer is 503: the delivery stays pending with its back-off (30 s), visible in the log.
      await expect.poll(() => r.received.length, { timeout: 5000 }).toBe(1);
      expect(r.received[0]!.valid).toBe(true);
      await expect
        .poll(
          async () =>
            (
              await desk.app.inject({ method: 'GET', url: '/api/v1/webhooks/deliveries', headers: auth })
            ).json(),
          { timeout: 5000 },
        )
        .toMatchObject({
          items: [
            {
              webhook: 'noc-board',
              event: 'incident.opened',
              status: 'pending',
              attempts: 1,
              lastStatus: 503,
              body: { data: { incident: { title: 'Fibre cut' } } },
            },
          ],
        });
      const list = await desk.app.inject({ method: 'GET', url: '/api/v1/webhooks', headers: auth });
      expect(list.json()).toEqual({
        items: [{ name: 'noc-board', url: r.url, events: ['incident.opened'] }],
      });
      expect(JSON.stringify(list.json())).not.toContain(SECRET);
      expect((await desk.app.inject({ method: 'GET', url: '/api/v1/webhooks/deliveries' })).statusCode).toBe(
        401,
      );
    } finally {
      await desk.stop();
      await r.close();
      delete process.env.WEBHOOK_TEST_SECRET;
    }
  });
});
