import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { ConflictError, InvalidTransitionError } from '../../src/tickets/errors.js';
import { ConcurrencyError, NotFoundError } from '../../src/tickets/ports.js';
import type { TimelineEvent } from '../../src/domain/index.js';
import { openTestDb, steppingClock, testEngines, type TestDb } from './helpers.js';

const customerMsg = (text: string): TimelineEvent => ({
  type: 'message_in',
  channel: 'chat',
  text,
  actor: { kind: 'customer', id: null },
});

describe.each(testEngines())('storage repositories on %s', (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(engine, steppingClock());
    console.info(`[foundation] repository suite running on ${engine}`);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('migrations are idempotent', async () => {
    expect(await migrateToLatest(t.db as never, t.engine)).toEqual([]);
  });

  describe('customers and services', () => {
    it('stores the PIN only as a hash and checks it', async () => {
      const c = await t.repos.customers.createCustomer({
        customerNumber: '100482',
        name: 'Anna Berg',
        contacts: [
          { kind: 'email', value: 'Anna.Berg@Example.se' },
          { kind: 'phone', value: '070-123 45 67' },
        ],
        language: 'sv',
        pin: '4711',
      });
      expect(c.pinHash).toMatch(/^scrypt\$/);
      expect(c.pinHash).not.toContain('4711');
      expect(await t.repos.customers.checkPin(c.id, '4711')).toBe(true);
      expect(await t.repos.customers.checkPin(c.id, '4712')).toBe(false);
      expect(await t.repos.customers.checkPin(c.id, '')).toBe(false);
      expect((await t.repos.customers.byEmail('anna.berg@example.se'))?.id).toBe(c.id);
      expect((await t.repos.customers.byPhone('+46701234567'))?.id).toBe(c.id);
      expect((await t.repos.customers.byPhone('0046 70 123 45 67'))?.id).toBe(c.id);
      expect((await t.repos.customers.byNumber('100482'))?.name).toBe('Anna Berg');
      expect(await t.repos.customers.byEmail('nobody@example.se')).toBeNull();
    });

    it('refuses a duplicate customer number', async () => {
      await expect(
        t.repos.customers.createCustomer({ customerNumber: '100482', name: 'X' }),
      ).rejects.toBeInstanceOf(ConflictError);
    });

    it('updates a customer and re-indexes contacts', async () => {
      const c = (await t.repos.customers.byNumber('100482'))!;
      const u = await t.repos.customers.updateCustomer(c.id, {
        contacts: [{ kind: 'email', value: 'anna@new.se' }],
      });
      expect(u.contacts).toEqual([{ kind: 'email', value: 'anna@new.se' }]);
      expect(await t.repos.customers.byEmail('anna.berg@example.se')).toBeNull();
      expect((await t.repos.customers.byEmail('ANNA@new.se'))?.id).toBe(c.id);
      expect(await t.repos.customers.checkPin(c.id, '4711')).toBe(true);
      await expect(t.repos.customers.updateCustomer('nope', { name: 'x' })).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });

    it('encrypts the PPPoE password at rest', async () => {
      const c = (await t.repos.customers.byNumber('100482'))!;
      const s = await t.repos.customers.createService({
        customerId: c.id,
        access: 'fiber',
        plan: { downMbps: 250, upMbps: 100 },
        areaCode: 'STH-01',
        pppoeUsername: 'anna@isp',
        pppoePassword: 's3cret-pw',
      });
      expect(s.pppoePasswordEnc).toMatch(/^v1\./);
      const raw = await t.db
        .selectFrom('services')
        .select('pppoe_password_enc')
        .where('id', '=', s.id)
        .executeTakeFirst();
      expect(raw?.pppoe_password_enc).not.toContain('s3cret');
      expect(await t.repos.customers.pppoePassword(s.id)).toBe('s3cret-pw');
      expect((await t.repos.customers.services(c.id)).map((x) => x.id)).toEqual([s.id]);
      const u = await t.repos.customers.updateService(s.id, { accountStatus: 'suspended_nonpayment' });
      expect(u.accountStatus).toBe('suspended_nonpayment');
      expect(u.plan).toEqual({ downMbps: 250, upMbps: 100 });
      await expect(
        t.repos.customers.createService({
          customerId: c.id,
          access: 'dsl',
          plan: { downMbps: 10, upMbps: 1 },
          areaCode: 'X',
          pppoeUsername: 'anna@isp',
        }),
      ).rejects.toBeInstanceOf(ConflictError);
    });

    it('lists customers with a cursor', async () => {
      for (let i = 0; i < 5; i++)
        await t.repos.customers.createCustomer({ customerNumber: `200${i}`, name: `Kund ${i}` });
      const p1 = await t.repos.customers.listCustomers({ limit: 4 });
      expect(p1.items).toHaveLength(4);
      expect(p1.nextCursor).not.toBeNull();
      const p2 = await t.repos.customers.listCustomers({ limit: 4, cursor: p1.nextCursor! });
      expect(p2.items).toHaveLength(2);
      expect(p2.nextCursor).toBeNull();
      const ids = new Set([...p1.items, ...p2.items].map((c) => c.id));
      expect(ids.size).toBe(6);
      expect(
        (await t.repos.customers.listCustomers({ q: 'kund 3' })).items.map((c) => c.customerNumber),
      ).toEqual(['2003']);
    });
  });

  describe('devices', () => {
    it('registers devices and resolves their service', async () => {
      const c = (await t.repos.customers.byNumber('100482'))!;
      const [s] = await t.repos.customers.services(c.id);
      const { device, created } = await t.repos.devices.upsert({
        oui: '00d0f1',
        productClass: 'HGW3000',
        serialNumber: 'SN0001',
        model: 'FL-HGW-3000',
        serviceId: s.id,
      });
      expect(created).toBe(true);
      expect(device.id).toBe('00D0F1-HGW3000-SN0001');
      const again = await t.repos.devices.upsert({
        oui: '00D0F1',
        productClass: 'HGW3000',
        serialNumber: 'SN0001',
        firmware: '2.2.0',
      });
      expect(again.created).toBe(false);
      expect(again.device.serviceId).toBe(s.id);
      expect((await t.repos.customers.devicesOfService(s.id)).map((d) => d.firmware)).toEqual(['2.2.0']);
      expect(await t.repos.devices.resolveService({ serial: 'SN0001' })).toBe(s.id);
      expect(await t.repos.devices.resolveService({ serial: 'nope', pppoeUsername: 'anna@isp' })).toBe(s.id);
      expect(await t.repos.devices.resolveService({ serial: 'nope' })).toBeNull();
      // A row the ACS read without a service is not looked up again; the serial number (on another
      // row) and the PPPoE username still find the service, and blanks find nothing.
      const acsRow = {
        oui: '00D0F1',
        productClass: 'OTHER',
        serial: 'SN0001',
        unlinked: '00D0F1-OTHER-SN0001',
      };
      expect(await t.repos.devices.resolveService(acsRow)).toBe(s.id);
      expect(
        await t.repos.devices.resolveService({ ...acsRow, serial: 'nope', pppoeUsername: 'anna@isp' }),
      ).toBe(s.id);
      expect(await t.repos.devices.resolveService({ serial: '', pppoeUsername: '' })).toBeNull();
      await expect(
        t.repos.devices.upsert({ oui: '00D0F1', productClass: 'X', serialNumber: 'Y', serviceId: 'missing' }),
      ).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('tickets', () => {
    it('creates tickets with sequential references and an opening timeline', async () => {
      const a = await t.repos.tickets.create({ channel: 'chat', language: 'sv', subject: 'Internet nere' }, [
        customerMsg('Hej, nätet ligger nere sedan i morse'),
      ]);
      const b = await t.repos.tickets.create({ channel: 'email', language: 'en' });
      expect(a.reference).toMatch(/^T-\d{6}$/);
      expect(Number(b.reference.slice(2))).toBe(Number(a.reference.slice(2)) + 1);
      expect(a.status).toBe('new');
      expect(a.version).toBe(1);
      expect(a.slaDueAt).not.toBeNull();
      const tl = await t.repos.tickets.timeline(a.id);
      expect(tl).toHaveLength(1);
      expect(tl[0]).toMatchObject({
        type: 'message_in',
        text: 'Hej, nätet ligger nere sedan i morse',
        ticketId: a.id,
      });
      expect((await t.repos.tickets.getByReference(a.reference.toLowerCase()))?.id).toBe(a.id);
    });

    it('gives unique references under concurrent creation', async () => {
      const made = await Promise.all(
        Array.from({ length: 20 }, () => t.repos.tickets.create({ channel: 'api', language: 'en' })),
      );
      expect(new Set(made.map((m) => m.reference)).size).toBe(20);
    });

    it('appends events, applies patches and records status changes', async () => {
      const tk = await t.repos.tickets.create({ channel: 'chat', language: 'en' });
      const u = await t.repos.tickets.append(
        tk.id,
        [{ type: 'note', text: 'checked line', actor: { kind: 'staff', id: 'u1' } } as TimelineEvent],
        { status: 'open', intent: 'no_connection', priority: 'P2' },
        1,
      );
      expect(u.version).toBe(2);
      expect(u.status).toBe('open');
      expect(u.intent).toBe('no_connection');
      const tl = await t.repos.tickets.timeline(tk.id);
      expect(tl.map((e) => e.type)).toEqual(['note', 'status_change']);
      expect(tl[1]).toMatchObject({ from: 'new', to: 'open', actor: { kind: 'staff', id: 'u1' } });
      expect(tl[0]).toMatchObject({ internal: true }); // schema default applied on write

      const r = await t.repos.tickets.append(tk.id, [], {
        status: 'resolved',
        disposition: 'resolved.remote_fix',
      });
      expect(r.resolvedAt).not.toBeNull();
      const reopened = await t.repos.tickets.append(tk.id, [], { status: 'open' });
      expect(reopened.resolvedAt).toBeNull();
    });

    it('rejects a stale version with ConcurrencyError and writes nothing', async () => {
      const tk = await t.repos.tickets.create({ channel: 'chat', language: 'en' });
      await t.repos.tickets.append(tk.id, [customerMsg('first')], {}, 1);
      await expect(t.repos.tickets.append(tk.id, [customerMsg('second')], {}, 1)).rejects.toBeInstanceOf(
        ConcurrencyError,
      );
      expect((await t.repos.tickets.timeline(tk.id)).map((e) => (e as { text: string }).text)).toEqual([
        'first',
      ]);
      expect((await t.repos.tickets.get(tk.id))?.version).toBe(2);
    });

    it('validates events on write and rolls back the whole append', async () => {
      const tk = await t.repos.tickets.create({ channel: 'chat', language: 'en' });
      const bad = { type: 'message_in', channel: 'pigeon', text: 'x', actor: { kind: 'customer', id: null } };
      await expect(t.repos.tickets.append(tk.id, [bad as unknown as TimelineEvent])).rejects.toBeInstanceOf(
        ZodError,
      );
      await t.repos.tickets.append(tk.id, [], { status: 'closed' });
      // closed → escalated is not allowed: the message before it must not be stored either.
      await expect(
        t.repos.tickets.append(tk.id, [customerMsg('should not persist')], { status: 'escalated' }),
      ).rejects.toBeInstanceOf(InvalidTransitionError);
      const tl = await t.repos.tickets.timeline(tk.id);
      expect(tl.map((e) => e.type)).toEqual(['status_change']);
      await expect(t.repos.tickets.append('missing', [])).rejects.toBeInstanceOf(NotFoundError);
    });

    it('pauses the SLA clock while pending', async () => {
      const tk = await t.repos.tickets.create({ channel: 'chat', language: 'en', priority: 'P1' });
      const p = await t.repos.tickets.append(tk.id, [], { status: 'pending_customer' });
      expect(p.slaDueAt).toBeNull();
      const o = await t.repos.tickets.append(tk.id, [], { status: 'open' });
      expect(o.slaDueAt).not.toBeNull();
      // the clock was paused between the two writes, so the due time moved later
      expect(Date.parse(o.slaDueAt!)).toBeGreaterThan(Date.parse(tk.slaDueAt!));
    });

    it('escalates with a handoff packet in one transaction', async () => {
      const tk = await t.repos.tickets.create({ channel: 'chat', language: 'sv' });
      const packet = {
        customer: null,
        service: null,
        device: null,
        problem: 'LOS on the fibre',
        findings: [],
        stepsTried: [],
        customerAvailability: 'weekdays after 16',
        priority: 'P2' as const,
        slaDueAt: null,
        verified: true,
      };
      const esc = await t.repos.tickets.escalate(tk.id, 'field', 'fiber LOS', packet);
      const after = await t.repos.tickets.get(tk.id);
      expect(after).toMatchObject({ status: 'escalated', queue: 'field', version: 2 });
      expect(await t.repos.tickets.escalations(tk.id)).toEqual([esc]);
      const tl = await t.repos.tickets.timeline(tk.id);
      expect(tl.map((e) => e.type)).toEqual(['escalation', 'status_change']);
      await expect(t.repos.tickets.escalate('missing', 'field', 'x', packet)).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });

    it('keeps per-ticket state', async () => {
      const tk = await t.repos.tickets.create({ channel: 'chat', language: 'sv' });
      expect(await t.repos.tickets.getState(tk.id, 'runbook')).toBeNull();
      await t.repos.tickets.setState(tk.id, 'runbook', { step: 2, asked: ['lights.power'] });
      await t.repos.tickets.setState(tk.id, 'runbook', { step: 3, asked: ['lights.power'] });
      expect(await t.repos.tickets.getState(tk.id, 'runbook')).toEqual({ step: 3, asked: ['lights.power'] });
      await expect(t.repos.tickets.setState('missing', 'k', 1)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('lists with filters, cursor pagination and full-text search', async () => {
      const c = (await t.repos.customers.byNumber('2001'))!;
      const made = [];
      for (let i = 0; i < 7; i++) {
        made.push(
          await t.repos.tickets.create(
            {
              channel: 'email',
              language: 'en',
              customerId: c.id,
              subject: i === 3 ? 'Router blinking red' : `Case ${i}`,
            },
            i === 5
              ? [customerMsg("Robert'); DROP TABLE tickets;-- <script>alert(1)</script> wifi trouble")]
              : [],
          ),
        );
      }
      const p1 = await t.repos.tickets.list({ customerId: c.id, limit: 3 });
      expect(p1.items.map((x) => x.id)).toEqual([made[6].id, made[5].id, made[4].id]);
      const p2 = await t.repos.tickets.list({ customerId: c.id, limit: 3, cursor: p1.nextCursor! });
      const p3 = await t.repos.tickets.list({ customerId: c.id, limit: 3, cursor: p2.nextCursor! });
      expect([...p1.items, ...p2.items, ...p3.items]).toHaveLength(7);
      expect(p3.nextCursor).toBeNull();

      expect((await t.repos.tickets.list({ q: 'blink' })).items.map((x) => x.id)).toEqual([made[3].id]);
      expect(
        (await t.repos.tickets.list({ q: 'wifi trouble', customerId: c.id })).items.map((x) => x.id),
      ).toEqual([made[5].id]);
      expect((await t.repos.tickets.list({ q: "'); DROP TABLE tickets;--" })).items.map((x) => x.id)).toEqual(
        [made[5].id],
      );
      expect((await t.repos.tickets.list({ q: 'nätet' })).items.length).toBe(1);
      expect((await t.repos.tickets.list({ q: '"*:&|!' })).items.length).toBeGreaterThan(0); // no words → no text filter
      expect((await t.repos.tickets.list({ status: ['escalated'], queue: 'field' })).items).toHaveLength(1);
      expect((await t.repos.tickets.list({ q: 'zzzznothing' })).items).toEqual([]);
    });
  });

  describe('incidents', () => {
    it('creates, updates, resolves and finds by area', async () => {
      const inc = await t.repos.incidents.create({
        areas: ['STH-01', 'STH-02'],
        kind: 'fiber_cut',
        title: 'Fiber cut',
      });
      expect(inc.reference).toMatch(/^INC-\d{6}$/);
      expect((await t.repos.incidents.openInArea('STH-02')).map((i) => i.id)).toEqual([inc.id]);
      expect(await t.repos.incidents.openInArea('GBG-01')).toEqual([]);
      const u = await t.repos.incidents.update(inc.id, { etaAt: '2026-01-05T12:00:00.000Z' });
      expect(u.etaAt).toBe('2026-01-05T12:00:00.000Z');
      const r = await t.repos.incidents.resolve(inc.id);
      expect(r.status).toBe('resolved');
      expect(r.resolvedAt).not.toBeNull();
      expect(await t.repos.incidents.openInArea('STH-02')).toEqual([]);
      expect((await t.repos.incidents.list({ status: 'resolved' })).map((i) => i.id)).toContain(inc.id);
      await expect(t.repos.incidents.resolve('missing')).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('audit log', () => {
    it('appends validated entries and refuses changes', async () => {
      const e = await t.repos.audit.append({
        action: 'identity.verified',
        method: 'pin',
        actor: { kind: 'bot', id: null },
        target: 'customer:100482',
        reason: 'pin matched',
      });
      expect(e.id).toBeGreaterThan(0);
      expect((await t.repos.audit.list({ target: 'customer:100482' }))[0]).toEqual(e);
      await expect(
        t.repos.audit.append({ action: 'identity.verified', method: 'sms' } as never),
      ).rejects.toBeInstanceOf(ZodError);
      await expect(sql`UPDATE audit_log SET target = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
      await expect(sql`DELETE FROM audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
      expect(await t.repos.audit.list()).toHaveLength(1);
    });
  });
});
