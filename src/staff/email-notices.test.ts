import SQLite from 'better-sqlite3';
import Fastify from 'fastify';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { OutboundMail } from '../channels/email/ports.js';
import { staffNoticesMigration } from '../storage/migrations/012_staff_notices.js';
import type { StaffNoticeTables } from '../storage/tables/staff-notices.js';
import { EMPTY_PACKET as packet, MemoryTicketStore } from '../tickets/testing/memory-tickets.js';
import { createStaffNoticeMailer } from './email-notices.js';
import { createKyselyNoticeStore } from './notice-store.js';
import { staffNotifyPlugin } from './notify-plugin.js';
import { staffAuthPlugin } from './plugin.js';
import { seedDemoStaff } from './seed.js';
import { createTestStaffAuth } from './testing/db.js';
import { newChat, signIn } from './testing/session.js';

async function setup() {
  const db = new Kysely<StaffNoticeTables>({
    dialect: new SqliteDialect({ database: new SQLite(':memory:') }),
  });
  await staffNoticesMigration.up(db as unknown as Kysely<unknown>, 'sqlite');
  let now = new Date('2026-03-16T09:00:00Z');
  const clock = () => now;
  const tickets = new MemoryTicketStore(clock);
  const notices = createKyselyNoticeStore(db);
  const mails: OutboundMail[] = [];
  const deps = {
    tickets,
    notices,
    users: async () => [
      { username: 'agent', role: 'agent' as const, active: true },
      { username: 'tier2', role: 'tier2' as const, active: true },
    ],
    outbox: { enqueue: async (m: OutboundMail) => (mails.push(m), String(mails.length)) },
    now: clock,
    publicUrl: 'https://desk.example.se/',
  };
  return { tickets, notices, mails, deps, setNow: (iso: string) => (now = new Date(iso)) };
}

describe('staff e-mail notifications', () => {
  it('mails a new ticket in my queue, a customer reply on my ticket and an SLA about to breach, each once', async () => {
    const { tickets, notices, mails, deps, setNow } = await setup();
    await notices.save({
      username: 'agent',
      email: 'alex@isp.example',
      events: ['queue', 'reply', 'sla'],
      updatedAt: '2026-03-16T08:00:00.000Z',
    });
    const mailer = createStaffNoticeMailer(deps);
    const t = await newChat(tickets, {
      priority: 'P2',
      events: [{ type: 'message_in', actor: { kind: 'customer', id: null }, channel: 'chat', text: 'hej' }],
    });
    expect(await mailer.run()).toBe(0);

    await tickets.escalate(t.id, 'agents', 'wants a person', packet);
    expect(await mailer.run()).toBe(1);
    expect(mails[0]).toMatchObject({
      to: 'alex@isp.example',
      subject: `Frontline: Nytt ärende i din kö: ${t.reference}`,
      ticketId: null,
    });
    expect(mails[0].text).toContain(`https://desk.example.se/console/tickets/${t.id}`);
    expect(await mailer.run()).toBe(0);

    await tickets.append(
      t.id,
      [
        {
          type: 'message_out',
          actor: { kind: 'staff', id: 'agent' },
          channel: 'chat',
          text: 'Hej!',
          askKey: null,
          options: [],
        },
      ],
      { assignee: 'agent' },
    );
    expect(await mailer.run()).toBe(0);
    await tickets.append(t.id, [
      { type: 'message_in', actor: { kind: 'customer', id: null }, channel: 'chat', text: 'Är ni kvar?' },
    ]);
    expect(await mailer.run()).toBe(1);
    expect(mails[1].subject).toBe(`Frontline: Kunden har svarat på ${t.reference}`);

    // 45 minutes of business time left: about to breach.
    tickets.tickets.set(t.id, { ...(await tickets.get(t.id))!, slaDueAt: '2026-03-16T09:45:00.000Z' });
    expect(await mailer.run()).toBe(1);
    expect(mails[2].subject).toBe(`Frontline: SLA-tiden för ${t.reference} går snart ut eller har gått ut`);
    setNow('2026-03-16T10:00:00Z');
    expect(await mailer.run()).toBe(1);
    expect(await mailer.run()).toBe(0);
    expect(mails).toHaveLength(4);
  });

  it('mails nothing from before the settings were saved, nothing for queues not mine, nothing once turned off', async () => {
    const { tickets, notices, mails, deps, setNow } = await setup();
    const mailer = createStaffNoticeMailer(deps);
    const escalated = async (queue: 'agents' | 'tier2') => {
      const t = await newChat(tickets);
      await tickets.escalate(t.id, queue, 'needs a person', packet);
      return t;
    };
    setNow('2026-03-16T07:00:00Z');
    await escalated('agents');
    await notices.save({
      username: 'agent',
      email: 'alex@isp.example',
      events: ['queue'],
      updatedAt: '2026-03-16T08:00:00.000Z',
    });
    setNow('2026-03-16T09:00:00Z');
    await escalated('tier2');
    expect(await mailer.run()).toBe(0);
    const mine = await escalated('agents');
    expect(await mailer.run()).toBe(1);
    expect(mails[0].subject).toContain(mine.reference);
    await notices.save({
      username: 'agent',
      email: 'alex@isp.example',
      events: [],
      updatedAt: '2026-03-16T09:00:00.000Z',
    });
    expect(await notices.settings('agent')).toBeNull();
    await escalated('agents');
    expect(await mailer.run()).toBe(0);
    expect(mails).toHaveLength(1);
  });

  it('mails a ticket moved into my queue, as a move, even when someone else owns it; not one moved to me', async () => {
    const { tickets, notices, mails, deps } = await setup();
    await notices.save({
      username: 'tier2',
      email: 'kim@isp.example',
      events: ['queue'],
      updatedAt: '2026-03-16T08:00:00.000Z',
    });
    const mailer = createStaffNoticeMailer(deps);
    const t = await newChat(tickets);
    await tickets.escalate(t.id, 'agents', 'wants a person', packet);
    await tickets.append(t.id, [], { assignee: 'agent' });
    expect(await mailer.run()).toBe(0);
    const move = (from: 'agents' | 'tier2', to: 'agents' | 'tier2') =>
      tickets.append(t.id, [{ type: 'queue_change', actor: { kind: 'staff', id: 'agent' }, from, to }], {
        queue: to,
      });
    await move('agents', 'tier2');
    expect(await mailer.run()).toBe(1);
    expect(mails[0]).toMatchObject({
      to: 'kim@isp.example',
      subject: `Frontline: Ärende flyttat till din kö: ${t.reference}`,
    });
    expect(mails[0].text).toContain(`Ticket moved to your queue: ${t.reference}`);
    expect(await mailer.run()).toBe(0);
    // Moved away and back again: a new arrival, a new notice.
    await move('tier2', 'agents');
    await move('agents', 'tier2');
    expect(await mailer.run()).toBe(1);
    // Moved in and given to me at once: nothing to tell.
    await move('tier2', 'agents');
    await tickets.append(
      t.id,
      [{ type: 'queue_change', actor: { kind: 'staff', id: 'tier2' }, from: 'agents', to: 'tier2' }],
      {
        queue: 'tier2',
        assignee: 'tier2',
      },
    );
    expect(await mailer.run()).toBe(0);
    expect(mails).toHaveLength(2);
  });

  it('a notice is claimed once, whichever instance asks first', async () => {
    const { notices } = await setup();
    const n = {
      username: 'agent',
      ticketId: 't1',
      kind: 'sla' as const,
      mark: 'due_soon',
      at: '2026-03-16T09:00:00.000Z',
    };
    expect(await Promise.all([notices.claim(n), notices.claim(n)])).toEqual([true, false]);
  });
});

describe('e-mail notification settings API', () => {
  it('a staff member saves, reads and turns off their own settings; a bad address is refused', async () => {
    const { notices } = await setup();
    const { auth } = await createTestStaffAuth();
    await seedDemoStaff(auth);
    const app = Fastify();
    await app.register(staffAuthPlugin, { auth });
    await app.register(staffNotifyPlugin, { auth, notices });
    try {
      const { cookies, put: putAs } = await signIn(app, 'agent');
      const put = (payload: object) => putAs('/api/v1/console/me/notify-email', payload);
      expect((await app.inject({ method: 'GET', url: '/api/v1/console/me/notify-email' })).statusCode).toBe(
        401,
      );
      expect((await put({ email: 'alex@isp.example', events: ['queue', 'sla'] })).json()).toEqual({
        email: 'alex@isp.example',
        events: ['queue', 'sla'],
      });
      expect(
        (await app.inject({ method: 'GET', url: '/api/v1/console/me/notify-email', cookies })).json(),
      ).toEqual({ email: 'alex@isp.example', events: ['queue', 'sla'] });
      expect((await notices.settings('agent'))?.events).toEqual(['queue', 'sla']);
      expect((await put({ email: 'not an address', events: ['queue'] })).statusCode).toBe(400);
      expect((await put({ email: '', events: ['queue'] })).statusCode).toBe(400);
      expect((await put({ email: '', events: [] })).json()).toEqual({ email: '', events: [] });
      expect(await notices.settings('agent')).toBeNull();
    } finally {
      await app.close();
    }
  });
});
