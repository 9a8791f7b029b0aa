// Issue 15, item 6 (the web side): no rate limit anywhere; 30 failed staff logins from one address
// locked every account behind it; chat tokens in request logs; /readyz ready on a read-only database.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKyselyStaffStore } from '../../src/staff/store.js';
import { createRateCounter } from '../../src/storage/rate-counter.js';
import { openTestDb, testEngines } from '../foundation/helpers.js';
import { connectWs } from '../helpers/ws-client.js';
import { ADMIN_TOKEN, bearer, startTestDesk, type TestDesk } from './helpers.js';

const json = { 'content-type': 'application/json' };
const from = (ip: string) => ({ 'x-forwarded-for': ip });

const desks: TestDesk[] = [];
afterAll(async () => {
  while (desks.length) await desks.pop()!.stop();
});
async function desk(env: Record<string, string>, opts: { captureLogs?: boolean } = {}) {
  const d = await startTestDesk({ FRONTLINE_API_TOKEN: ADMIN_TOKEN, ...env }, { start: false, ...opts });
  desks.push(d);
  return d;
}

const startChat = (d: TestDesk, headers: Record<string, string> = {}) =>
  d.desk.app.inject({
    method: 'POST',
    url: '/api/v1/chat/conversations',
    headers: { ...json, ...headers },
    payload: { language: 'en' },
  });

describe('rate limits', () => {
  it('limits conversation starts per client address, the address taken from a trusted proxy only', async () => {
    const d = await desk({ RATE_LIMIT_CHAT_START: '3', TRUST_PROXY: '127.0.0.1' });
    for (let i = 0; i < 3; i++) expect((await startChat(d, from('203.0.113.7'))).statusCode).toBe(201);
    const over = await startChat(d, from('203.0.113.7'));
    expect(over.statusCode).toBe(429);
    expect(over.headers['content-type']).toContain('application/problem+json');
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect((await startChat(d, from('203.0.113.8'))).statusCode).toBe(201);

    // Without a trusted proxy, X-Forwarded-For is the client's say-so and changes nothing.
    const direct = await desk({ RATE_LIMIT_CHAT_START: '2' });
    expect((await startChat(direct, from('198.51.100.1'))).statusCode).toBe(201);
    expect((await startChat(direct, from('198.51.100.2'))).statusCode).toBe(201);
    expect((await startChat(direct, from('198.51.100.3'))).statusCode).toBe(429);
  });

  it('limits messages per conversation', async () => {
    const d = await desk({ RATE_LIMIT_CHAT_MESSAGES: '2' });
    const send = async (chat: { conversationId: string; token: string }, text: string) =>
      d.desk.app.inject({
        method: 'POST',
        url: `/api/v1/chat/conversations/${chat.conversationId}/messages`,
        headers: { ...json, ...bearer(chat.token) },
        payload: { text },
      });
    const a = (await startChat(d)).json() as { conversationId: string; token: string };
    const b = (await startChat(d)).json() as { conversationId: string; token: string };
    expect((await send(a, 'hello')).statusCode).toBe(200);
    expect((await send(a, 'my internet is down')).statusCode).toBe(200);
    expect((await send(a, 'are you there')).statusCode).toBe(429);
    expect((await send(b, 'hello')).statusCode).toBe(200);
  });

  it('limits messages per conversation on the WebSocket too', async () => {
    const d = await startTestDesk({ FRONTLINE_API_TOKEN: ADMIN_TOKEN, RATE_LIMIT_CHAT_MESSAGES: '2' });
    desks.push(d);
    const chat = (await startChat(d)).json() as { conversationId: string; token: string };
    const ws = await connectWs(
      `${d.url.replace(/^http/, 'ws')}/api/v1/chat/ws?conversationId=${chat.conversationId}&token=${chat.token}`,
    );
    try {
      ws.send({ type: 'message', text: 'hello', clientMessageId: 'f1' });
      await ws.next((f) => f.type === 'ack' && f.clientMessageId === 'f1');
      ws.send({ type: 'message', text: 'my internet is down', clientMessageId: 'f2' });
      await ws.next((f) => f.type === 'ack' && f.clientMessageId === 'f2');
      ws.send({ type: 'message', text: 'are you there', clientMessageId: 'f3' });
      const refused = await ws.next((f) => f.clientMessageId === 'f3');
      expect(refused).toMatchObject({ type: 'error', error: expect.stringMatching(/too many/) });
    } finally {
      ws.close();
    }
  });

  it('limits voice webhook calls per address (ticket floods, customer-number probing)', async () => {
    const d = await desk({ RATE_LIMIT_CHAT_START: '2' });
    const call = (n: number) =>
      d.desk.app.inject({
        method: 'POST',
        url: '/api/v1/voice/webhook',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `CallSid=CA${n}&From=%2B4670000${String(n).padStart(4, '0')}`,
      });
    for (let i = 0; i < 10; i++) expect((await call(i)).statusCode).toBe(200);
    expect((await call(10)).statusCode).toBe(429);
  });

  it('limits staff logins per address and customer look-ups per credential', async () => {
    const d = await desk({
      RATE_LIMIT_LOGIN: '3',
      RATE_LIMIT_LOOKUPS: '2',
      FRONTLINE_API_TOKENS: `other:read:other-token-0123456789`,
    });
    const login = (username: string) =>
      d.desk.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: json,
        payload: { username, password: 'wrong-password' },
      });
    // Different names, so no account lockout is involved.
    for (const name of ['a1', 'a2', 'a3']) expect((await login(name)).statusCode).toBe(401);
    const over = await login('a4');
    expect(over.statusCode).toBe(429);
    expect(over.json().title).toBe('Too Many Requests');

    const lookup = (token: string) =>
      d.desk.app.inject({ url: '/api/v1/customers?q=Nilsson', headers: bearer(token) });
    expect((await lookup(ADMIN_TOKEN)).statusCode).toBe(200);
    expect((await lookup(ADMIN_TOKEN)).statusCode).toBe(200);
    expect((await lookup(ADMIN_TOKEN)).statusCode).toBe(429);
    expect((await lookup('other-token-0123456789')).statusCode).toBe(200);
  });

  it('can be turned off (benchmarks, tests)', async () => {
    const d = await desk({ RATE_LIMITS: 'false', RATE_LIMIT_CHAT_START: '1' });
    for (let i = 0; i < 5; i++) expect((await startChat(d)).statusCode).toBe(201);
  });

  it('counts in the database shared by every instance', async () => {
    const a = await desk({ RATE_LIMIT_STORE: 'database', RATE_LIMIT_CHAT_START: '2' });
    // A second instance on the same database file.
    const b = await startTestDesk(
      {
        FRONTLINE_API_TOKEN: ADMIN_TOKEN,
        RATE_LIMIT_STORE: 'database',
        RATE_LIMIT_CHAT_START: '2',
        DATABASE_URL: a.desk.services.config.databaseUrl,
      },
      { start: false },
    );
    try {
      expect((await startChat(a)).statusCode).toBe(201);
      expect((await startChat(b)).statusCode).toBe(201);
      expect((await startChat(a)).statusCode).toBe(429);
      expect((await startChat(b)).statusCode).toBe(429);
    } finally {
      await b.stop();
    }
  });
});

describe.each(testEngines())('database rate counter on %s', (engine) => {
  let t: Awaited<ReturnType<typeof openTestDb>>;
  beforeAll(async () => {
    t = await openTestDb(engine);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('counts concurrent hits exactly once each, and starts again when the window ends', async () => {
    let now = new Date('2026-03-01T10:00:00Z');
    const counter = createRateCounter(t.db as never, { now: () => now });
    const counts = await Promise.all(Array.from({ length: 25 }, () => counter.hit('k', 60_000)));
    expect(counts.map((c) => c.count).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
    expect(new Set(counts.map((c) => c.resetAt.toISOString()))).toEqual(
      new Set(['2026-03-01T10:01:00.000Z']),
    );
    expect((await counter.hit('other', 60_000)).count).toBe(1);
    now = new Date('2026-03-01T10:01:00Z');
    expect(await counter.hit('k', 60_000)).toEqual({ count: 1, resetAt: new Date('2026-03-01T10:02:00Z') });
  });

  it('sweeps rows whose window has ended', async () => {
    let now = new Date('2026-03-02T10:00:00Z');
    const counter = createRateCounter(t.db as never, { now: () => now, sweepEvery: 3 });
    await counter.hit('old-1', 1_000);
    await counter.hit('old-2', 1_000);
    now = new Date('2026-03-02T10:00:05Z');
    await counter.hit('fresh', 60_000);
    // The earlier test's rows have ended too.
    expect((await t.db.selectFrom('rate_limit_hits').select('key').execute()).map((r) => r.key)).toEqual([
      'fresh',
    ]);
  });
});

describe('staff login lockout', () => {
  let d: TestDesk;
  beforeAll(async () => {
    d = await desk({ RATE_LIMITS: 'false', TRUST_PROXY: '127.0.0.1' });
    for (const username of ['alice', 'bob', 'carol']) {
      await d.desk.services.caps.staff.createUser({
        username,
        password: `${username}-password-1`,
        role: 'agent',
      });
    }
  });
  const login = (username: string, password: string, ip: string) =>
    d.desk.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { ...json, ...from(ip) },
      payload: { username, password },
    });

  it('30 failed logins from one address (a reverse proxy) do not lock the other accounts behind it', async () => {
    for (let i = 0; i < 30; i++)
      expect([401, 429]).toContain((await login(`intruder${i % 6}`, 'guess', '192.0.2.1')).statusCode);
    expect((await login('alice', 'alice-password-1', '192.0.2.1')).statusCode).toBe(200);
  });

  it('locks an account from the address that guessed, not from everywhere', async () => {
    for (let i = 0; i < 4; i++) expect((await login('bob', 'guess', '192.0.2.50')).statusCode).toBe(401);
    expect((await login('bob', 'guess', '192.0.2.50')).statusCode).toBe(429);
    expect((await login('bob', 'bob-password-1', '192.0.2.50')).statusCode).toBe(429);
    expect((await login('bob', 'bob-password-1', '192.0.2.51')).statusCode).toBe(200);
  });

  it('locks an account everywhere when it is guessed at from many addresses', async () => {
    for (let i = 0; i < 20; i++) await login('carol', 'guess', `198.51.100.${i + 1}`);
    expect((await login('carol', 'carol-password-1', '203.0.113.99')).statusCode).toBe(429);
    const events = await d.desk.services.repos.audit.list({
      action: 'security.event',
      target: 'staff:carol',
    });
    expect(events.some((e) => e.action === 'security.event' && e.detail.includes('every address'))).toBe(
      true,
    );
  });
});

describe('staff login lockout under concurrency', () => {
  it('checks at most five passwords when forty guesses for one account arrive at once', async () => {
    const d = await desk({ RATE_LIMITS: 'false' });
    await d.desk.services.caps.staff.createUser({
      username: 'dave',
      password: 'dave-password-1',
      role: 'agent',
    });
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        d.desk.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: json,
          payload: { username: 'dave', password: `guess-${i}` },
        }),
      ),
    );
    expect(guesses.filter((r) => r.statusCode === 401).length).toBeLessThanOrEqual(4);
    const entries = await d.desk.services.repos.audit.list({
      action: 'staff.login',
      target: 'staff:dave',
      limit: 100,
    });
    const checked = entries.filter((e) => e.reason.startsWith('bad credentials'));
    expect(checked).toHaveLength(5);
    expect(entries.filter((e) => e.reason === 'locked')).toHaveLength(35);
    expect(
      (
        await d.desk.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: json,
          payload: { username: 'dave', password: 'dave-password-1' },
        })
      ).statusCode,
    ).toBe(429);
  });
});

describe.each(testEngines())('staff login attempt counter on %s', (engine) => {
  it('hands out each count once to concurrent attempts and locks at the limit', async () => {
    const t = await openTestDb(engine);
    try {
      const store = createKyselyStaffStore(t.db as never);
      const now = new Date('2026-03-01T10:00:00Z');
      const rule = { maxFailures: 5, windowMs: 900_000, lockMs: 900_000 };
      const all = await Promise.all(
        Array.from({ length: 30 }, () => store.countAttempt('pair:x|1.2.3.4', rule, now)),
      );
      expect(all.map((a) => a.failures).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 30 }, (_, i) => i + 1),
      );
      expect(all.filter((a) => a.failures < 5).every((a) => a.lockedUntil === null)).toBe(true);
      expect(
        all.filter((a) => a.failures >= 5).every((a) => a.lockedUntil === '2026-03-01T10:15:00.000Z'),
      ).toBe(true);
      // When the lock has run out, counting starts again.
      const later = await store.countAttempt('pair:x|1.2.3.4', rule, new Date('2026-03-01T10:15:00Z'));
      expect(later).toMatchObject({ failures: 1, lockedUntil: null });
    } finally {
      await t.destroy();
    }
  });
});

describe('request logs and readiness', () => {
  it('keeps conversation and bearer tokens out of the request log', async () => {
    const d = await desk({ RATE_LIMITS: 'false' }, { captureLogs: true });
    const chat = (await startChat(d)).json() as { conversationId: string; token: string };
    await d.desk.app.inject({
      url: `/api/v1/chat/ws?conversationId=${chat.conversationId}&token=${chat.token}`,
    });
    await d.desk.app.inject({
      url: `/api/v1/chat/conversations/${chat.conversationId}/messages?token=${chat.token}`,
      headers: bearer(chat.token),
    });
    await d.desk.app.inject({ url: '/api/v1/customers', headers: bearer(ADMIN_TOKEN) });
    const text = JSON.stringify(d.logs);
    expect(
      d.logs.some((l) =>
        String((l.req as { url?: string } | undefined)?.url ?? '').includes('/api/v1/chat/ws'),
      ),
    ).toBe(true);
    expect(text).not.toContain(chat.token);
    expect(text).not.toContain(ADMIN_TOKEN);
  });

  it('is not ready while the database refuses writes, though it still reads', async () => {
    const d = await desk({ RATE_LIMITS: 'false' });
    expect((await d.desk.app.inject({ url: '/readyz' })).statusCode).toBe(200);
    await sql`PRAGMA query_only = ON`.execute(d.desk.services.db.db);
    try {
      await sql`SELECT 1`.execute(d.desk.services.db.db);
      const r = await d.desk.app.inject({ url: '/readyz' });
      expect(r.statusCode).toBe(503);
      expect(r.json().checks.database).toBe('failing');
    } finally {
      await sql`PRAGMA query_only = OFF`.execute(d.desk.services.db.db);
    }
    expect((await d.desk.app.inject({ url: '/readyz' })).statusCode).toBe(200);
  });
});
