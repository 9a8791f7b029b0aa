import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/server/config.js';
import { createDesk, type Desk, type DeskOverrides } from '../src/server/desk.js';
import { adminQuery as adminQueryOn, withSearchPath } from './helpers/pg-schema.js';
import { connectWs } from './helpers/ws-client.js';

// Scale-out: two stateless desk instances on one PostgreSQL, as behind a load balancer. A chat
// started on one continues on the other, PIN failures on both add up to one lockout, and a staff
// session made on one is valid on the other. Each run uses a fresh schema, chosen through the
// connection string's search_path, and drops it afterwards.

const BASE_URL = process.env.TEST_DATABASE_URL;

interface ChatReply {
  id: string;
  text: string;
  askKey: string | null;
}

interface Running {
  desk: Desk;
  url: string;
}

const adminQuery = (sql: string) => adminQueryOn(BASE_URL!, sql);

async function json<T>(res: Response, status = 200): Promise<T> {
  const body = await res.text();
  expect(res.status, body).toBe(status);
  return JSON.parse(body) as T;
}

async function post<T>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  status = 200,
): Promise<T> {
  return json<T>(
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
    status,
  );
}

const API_TOKEN = 'scale-out-admin-token-0123456789';
const asAdmin = { authorization: `Bearer ${API_TOKEN}` };

describe.skipIf(!BASE_URL)('scale-out: two desk instances on one PostgreSQL', () => {
  const schema = `so_${randomBytes(6).toString('hex')}`;
  let a: Running;
  let b: Running;

  async function start(overrides: DeskOverrides = {}): Promise<Running> {
    const config = loadConfig({
      DATABASE_URL: withSearchPath(BASE_URL!, schema),
      PORT: '0',
      ACS_PORT: '0',
      SMTP_PORT: '0',
      HOST: '127.0.0.1',
      DEMO: 'false',
      FRONTLINE_API_TOKEN: API_TOKEN,
    });
    const desk = await createDesk(config, { logger: false, ...overrides });
    const { url } = await desk.start();
    return { desk, url };
  }

  /** Starts a chat on `on`; returns the id, the token and the greeting. */
  async function startChat(on: Running) {
    return post<{ conversationId: string; token: string; messages: ChatReply[] }>(
      `${on.url}/api/v1/chat/conversations`,
      { language: 'en' },
      {},
      201,
    );
  }

  async function say(on: Running, chat: { conversationId: string; token: string }, text: string) {
    const r = await post<{ messageId: string; replies: ChatReply[] }>(
      `${on.url}/api/v1/chat/conversations/${chat.conversationId}/messages`,
      { text },
      {
        authorization: `Bearer ${chat.token}`,
      },
    );
    return r.replies;
  }

  beforeAll(async () => {
    await adminQuery(`CREATE SCHEMA ${schema}`);
    // Both instances boot at once, as in a rolling deploy: migrations and seeding must not collide.
    [a, b] = await Promise.all([start(), start()]);
    const imported = await post<{ ok: boolean }>(
      `${a.url}/api/v1/import`,
      [
        {
          customerNumber: '300001',
          name: 'Greta Nilsson',
          email: 'greta@example.se',
          language: 'en',
          pin: '4711',
          access: 'fiber',
          downMbps: 500,
          upMbps: 500,
          area: 'SE-STO-SO1',
          deviceSerial: 'SO0000000001',
          deviceOui: 'A0B1C2',
          deviceProductClass: 'HG8245',
          deviceModel: 'HG8245Q2',
        },
        {
          customerNumber: '300002',
          name: 'Olof Berg',
          language: 'en',
          pin: '2580',
          access: 'dsl',
          downMbps: 100,
          upMbps: 20,
          area: 'SE-STO-SO1',
        },
      ],
      asAdmin,
    );
    expect(imported.ok).toBe(true);
  });

  afterAll(async () => {
    await a?.desk.stop();
    await b?.desk.stop();
    await adminQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await adminQuery(`DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
  });

  it('keeps every table in the fresh schema named by the connection string', async () => {
    const r = await adminQuery(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = '${schema}' AND table_name IN ('tickets', 'verification_attempts', 'email_outbox', 'staff_sessions')`,
    );
    expect(r.rows[0].n).toBe(4);
    // The customer imported through A is there for B.
    const fromB = await json<{ items: { customerNumber: string }[] }>(
      await fetch(`${b.url}/api/v1/customers`, { headers: asAdmin }),
    );
    expect(fromB.items.map((c) => c.customerNumber).sort()).toEqual(['300001', '300002']);
  });

  it('a chat started on A continues on B in context, and the timeline holds every message', async () => {
    const chat = await startChat(a);
    expect(chat.messages.length).toBeGreaterThan(0);
    const first = await say(a, chat, 'my internet is down completely');
    expect(first.at(-1)?.askKey).toBe('identity.customer_number');
    // A bare number only makes sense as the answer to A's question: B must know the conversation.
    const second = await say(b, chat, '300001');
    expect(second.at(-1)?.askKey).toBe('identity.pin');
    // The name belongs to the verified caller only: not before the PIN.
    expect(second.map((r) => r.text).join(' ')).not.toContain('Greta');
    const third = await say(a, chat, '4711');
    expect(third.length).toBeGreaterThan(0);
    const conv = await b.desk.services.caps.agent.conversation(chat.conversationId);
    expect(conv).toMatchObject({ verification: 'verified', pinFailures: 0 });

    // B's view of the transcript and of the ticket timeline has everything, in order.
    const listed = await json<{ messages: { id: string; role: string; text: string }[] }>(
      await fetch(`${b.url}/api/v1/chat/conversations/${chat.conversationId}/messages`, {
        headers: { authorization: `Bearer ${chat.token}` },
      }),
    );
    const customerTexts = listed.messages.filter((m) => m.role === 'customer').map((m) => m.text);
    // The PIN answer is stored masked, never in clear.
    expect(customerTexts).toEqual(['my internet is down completely', '300001', '••••']);
    // The answer to the PIN, all of it: on a slow machine its first part ("you are verified, I'm testing…") goes
    // out as an interim message once the turn is past interimAfterMs, before the REST reply holds the rest.
    const pinAt = listed.messages.findIndex((m) => m.role === 'customer' && m.text === '••••');
    const afterPin = listed.messages
      .slice(pinAt + 1)
      .filter((m) => m.role !== 'customer')
      .map((m) => m.text)
      .join(' ');
    expect(afterPin).toContain('you are verified');
    expect(afterPin).toContain('Greta');
    const ids = listed.messages.map((m) => Number(m.id));
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    expect(new Set(ids).size).toBe(ids.length);
    const ticket = await json<{ timeline: { type: string; text?: string }[] }>(
      await fetch(`${b.url}/api/v1/tickets/${chat.conversationId}`, { headers: asAdmin }),
    );
    const inbound = ticket.timeline.filter((e) => e.type === 'message_in');
    const outbound = ticket.timeline.filter((e) => e.type === 'message_out');
    expect(inbound).toHaveLength(3);
    expect(outbound.length).toBe(listed.messages.filter((m) => m.role !== 'customer').length);
    expect(outbound.length).toBeGreaterThanOrEqual(
      chat.messages.length + first.length + second.length + third.length,
    );
    expect(inbound.map((e) => e.text)).toEqual(customerTexts);
  });

  it('wrong PINs on A and on B add up to one lockout that both instances enforce', async () => {
    const onA = await startChat(a);
    await say(a, onA, 'no internet at all since this morning');
    await say(a, onA, '300002');
    expect((await say(a, onA, '1111')).map((r) => r.text).join(' ')).toMatch(/2 more attempt/);
    expect((await say(a, onA, '2222')).map((r) => r.text).join(' ')).toMatch(/1 more attempt/);

    // A second conversation, on B: its own count is one wrong PIN, the customer's is three.
    const onB = await startChat(b);
    await say(b, onB, 'no internet at all since this morning');
    await say(b, onB, '300002');
    await say(b, onB, '3333');
    expect(await b.desk.services.caps.agent.conversation(onB.conversationId)).toMatchObject({
      pinFailures: 1,
      verification: 'locked',
    });
    expect(await a.desk.services.caps.attempts.get('300002')).toMatchObject({ failures: 3 });
    const locked = await a.desk.services.repos.audit.list({ target: '300002', action: 'identity.locked' });
    expect(locked).toHaveLength(1);

    // The right PIN on A is refused while the lock set on B holds.
    await say(a, onA, '2580');
    expect(await a.desk.services.caps.agent.conversation(onA.conversationId)).toMatchObject({
      verification: 'locked',
    });
    expect(
      (await b.desk.services.repos.audit.list({ target: '300002', action: 'identity.verified' })).length,
    ).toBe(0);
  });

  it('a staff session made on A is valid on B, and a logout on B ends it on A', async () => {
    await a.desk.services.caps.staff.createUser({
      username: 'so-supervisor',
      password: 'scale-out-password-1',
      role: 'supervisor',
    });
    const login = await fetch(`${a.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'so-supervisor', password: 'scale-out-password-1' }),
    });
    const { csrfToken } = await json<{ csrfToken: string }>(login);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    expect(cookie).toContain('fl_session=');
    const me = await json<{ user: { username: string; role: string } }>(
      await fetch(`${b.url}/api/v1/auth/me`, { headers: { cookie } }),
    );
    expect(me.user).toMatchObject({ username: 'so-supervisor', role: 'supervisor' });
    const out = await fetch(`${b.url}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(out.status).toBe(204);
    expect((await fetch(`${a.url}/api/v1/auth/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('collision detection: a console on A sees who views and types the same ticket on B (LISTEN/NOTIFY)', async () => {
    const consoleOn = async (on: Running, username: string) => {
      await on.desk.services.caps.staff.createUser({
        username,
        password: 'scale-out-password-1',
        role: 'agent',
      });
      const login = await fetch(`${on.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'scale-out-password-1' }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      return connectWs(`${on.url.replace(/^http/, 'ws')}/api/v1/console/ws`, { cookie });
    };
    const onA = await consoleOn(a, 'so-viewer-a');
    const onB = await consoleOn(b, 'so-viewer-b');
    try {
      const names = (f: object) =>
        ((f as { viewers?: unknown }).viewers as { username: string; typing: boolean }[]).map(
          (v) => `${v.username}${v.typing ? ' (typing)' : ''}`,
        );
      onA.send({ type: 'viewing', ticketId: 'T-so-1' });
      onB.send({ type: 'viewing', ticketId: 'T-so-1' });
      await onA.next((f) => f.type === 'viewers' && names(f).join() === 'so-viewer-b', 10_000);
      await onB.next((f) => f.type === 'viewers' && names(f).join() === 'so-viewer-a', 10_000);
      onB.send({ type: 'typing', ticketId: 'T-so-1' });
      await onA.next((f) => f.type === 'viewers' && names(f).join() === 'so-viewer-b (typing)', 10_000);
      onB.close();
      await onA.next((f) => f.type === 'viewers' && names(f).length === 0, 10_000);
    } finally {
      onA.close();
      onB.close();
    }
  });

  it('a staff reply produced on B reaches the customer whose socket is on A (LISTEN/NOTIFY)', async () => {
    const chat = await startChat(a);
    await say(a, chat, 'my internet is down completely');
    const ws = await connectWs(
      `${a.url.replace(/^http/, 'ws')}/api/v1/chat/ws?conversationId=${chat.conversationId}&token=${chat.token}`,
    );
    try {
      await b.desk.services.caps.agent.staffReply(
        chat.conversationId,
        'so-agent',
        'Hi, this is Maria from support, I am looking at your line now.',
      );
      const pushed = await ws.next((f) => f.type === 'message');
      expect((pushed.message as { text: string }).text).toContain('Maria from support');
    } finally {
      ws.close();
    }
  });

  it('a silence reminder produced on B reaches the customer whose socket is on A', async () => {
    const chat = await startChat(a);
    await say(a, chat, 'my internet is down completely');
    const ws = await connectWs(
      `${a.url.replace(/^http/, 'ws')}/api/v1/chat/ws?conversationId=${chat.conversationId}&token=${chat.token}`,
    );
    try {
      // B never answered this conversation: it knows it waits from the database, not from its own memory.
      await b.desk.services.caps.agent.tick(new Date(Date.now() + 6 * 60_000));
      const pushed = await ws.next(
        (f) => f.type === 'message' && /still there/i.test((f.message as { text: string }).text),
      );
      expect((pushed.message as { text: string }).text).toMatch(/still there/i);
    } finally {
      ws.close();
    }
  });

  it('two messages sent at once to A and B on one chat are both kept, one turn at a time', async () => {
    for (let round = 0; round < 3; round++) {
      const chat = await startChat(a);
      await Promise.all([
        say(a, chat, 'my internet is down completely'),
        say(b, chat, 'and the wifi is slow too'),
      ]);
      const listed = await json<{ messages: { id: string; role: string; text: string }[] }>(
        await fetch(`${a.url}/api/v1/chat/conversations/${chat.conversationId}/messages`, {
          headers: { authorization: `Bearer ${chat.token}` },
        }),
      );
      const ids = listed.messages.map((m) => m.id);
      expect(new Set(ids).size, 'message ids are unique').toBe(ids.length);
      expect(
        listed.messages
          .filter((m) => m.role === 'customer')
          .map((m) => m.text)
          .sort(),
      ).toEqual(['and the wifi is slow too', 'my internet is down completely']);
    }
  });

  it('a reminder scheduled before both instances restart fires after the restart, on the customer socket', async () => {
    const chat = await startChat(a);
    // The turn schedules the reminder (due in five minutes by the instances' setting: not before the restart).
    await say(b, chat, 'my internet is down completely');
    await Promise.all([a.desk.stop(), b.desk.stop()]);
    // The restarted instances run the reminder job every few hundred milliseconds and remind after half a second.
    const quick: DeskOverrides = {
      schedule: { silenceCheckMs: 300, pollSeconds: 0.5 },
      agentConfig: { reminderAfterMs: 500 },
    };
    [a, b] = await Promise.all([start(quick), start(quick)]);
    const ws = await connectWs(
      `${a.url.replace(/^http/, 'ws')}/api/v1/chat/ws?conversationId=${chat.conversationId}&token=${chat.token}`,
    );
    try {
      const pushed = await ws.next(
        (f) => f.type === 'message' && /still there/i.test((f.message as { text: string }).text),
        // The job's next run was queued before the restart, at the old instances' pace (every 30 s).
        45_000,
      );
      expect((pushed.message as { text: string }).text).toMatch(/still there/i);
    } finally {
      ws.close();
    }
    // Stored once, whichever instance sent it.
    let reminders: string[] = [];
    for (let i = 0; i < 50 && !reminders.length; i++) {
      const listed = await json<{ messages: { text: string }[] }>(
        await fetch(`${b.url}/api/v1/chat/conversations/${chat.conversationId}/messages`, {
          headers: { authorization: `Bearer ${chat.token}` },
        }),
      );
      reminders = listed.messages.map((m) => m.text).filter((t) => /still there/i.test(t));
      if (!reminders.length) await new Promise((r) => setTimeout(r, 200));
    }
    expect(reminders).toHaveLength(1);
  }, 90_000);
});
