import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../domain/index.js';
import type { AuditLog } from '../tickets/ports.js';
import { hashPassword, verifyPassword } from './password.js';
import { staffAuthPlugin } from './plugin.js';
import { canSeeTicket, queuesForRole } from './roles.js';
import { createTestStaffAuth } from './testing/db.js';

const apps: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  while (apps.length) await apps.pop()!.close();
});

function memoryAudit() {
  const entries: AuditEntry[] = [];
  const log: AuditLog = {
    async append(e) {
      entries.push(e);
      return { ...e, id: entries.length, at: new Date(0).toISOString() };
    },
    async list() {
      return entries.map((e, i) => ({ ...e, id: i + 1, at: new Date(0).toISOString() }));
    },
  };
  return { log, entries };
}

async function setup(now?: () => Date) {
  const audit = memoryAudit();
  const { auth } = await createTestStaffAuth({ audit: audit.log, now });
  await auth.createUser({ username: 'alice', password: 'correct horse', role: 'agent' });
  const app = Fastify();
  await app.register(staffAuthPlugin, { auth });
  app.post('/api/v1/test/change', { preHandler: auth.requireStaff() }, async () => ({ ok: true }));
  app.get('/api/v1/test/super', { preHandler: auth.requireStaff(['supervisor', 'admin']) }, async () => ({
    ok: true,
  }));
  await app.ready();
  apps.push(app);
  return { app, auth, audit };
}

function cookiesOf(res: { headers: Record<string, unknown> }): Record<string, string> {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : [raw];
  const out: Record<string, string> = {};
  for (const c of list) {
    const [pair] = String(c).split(';');
    const [k, v] = pair.split('=');
    out[k] = decodeURIComponent(v);
  }
  return out;
}

async function login(
  app: Awaited<ReturnType<typeof setup>>['app'],
  username = 'alice',
  password = 'correct horse',
) {
  return app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
}

describe('staff password hashing', () => {
  it('hashes with scrypt and a salt, and verifies', async () => {
    const a = await hashPassword('s3cret-password', { N: 1024 });
    const b = await hashPassword('s3cret-password', { N: 1024 });
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(a).not.toEqual(b);
    expect(a).not.toContain('s3cret');
    expect(await verifyPassword('s3cret-password', a)).toBe(true);
    expect(await verifyPassword('s3cret-passwore', a)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });
});

describe('staff login', () => {
  it('fails when the sign-in cannot be audited: no session is handed out', async () => {
    const broken: AuditLog = {
      append: async () => Promise.reject(new Error('audit store down')),
      list: async () => [],
    };
    const { auth } = await createTestStaffAuth({ audit: broken });
    await auth.createUser({ username: 'alice', password: 'correct horse', role: 'agent' });
    await expect(auth.login('alice', 'correct horse', '192.0.2.1')).rejects.toThrow('audit store down');
    await expect(auth.login('alice', 'wrong', '192.0.2.1')).rejects.toThrow('audit store down');
  });

  it('sets an HTTP-only, SameSite=Strict session cookie and a readable CSRF cookie', async () => {
    const { app } = await setup();
    const res = await login(app);
    expect(res.statusCode).toBe(200);
    const raw = res.headers['set-cookie'] as string[];
    const attributes = (name: string) =>
      new Set(
        raw
          .find((c) => c.startsWith(`${name}=`))!
          .split('; ')
          .slice(1)
          .map((a) => a.split('=')[0]),
      );
    expect([...attributes('fl_session')].sort()).toEqual(['HttpOnly', 'Max-Age', 'Path', 'SameSite']);
    expect([...attributes('fl_csrf')].sort()).toEqual(['Max-Age', 'Path', 'SameSite']);
    expect(raw.every((c) => c.includes('SameSite=Strict') && c.includes('Path=/'))).toBe(true);
    expect(raw.join('\n')).not.toContain('Secure');
    const c = cookiesOf(res);
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: c });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ username: 'alice', role: 'agent', queues: ['agents'] });
  });

  it('marks cookies Secure behind https (x-forwarded-proto with trustProxy)', async () => {
    const { auth } = await createTestStaffAuth();
    await auth.createUser({ username: 'bob', password: 'correct horse', role: 'agent' });
    const app = Fastify({ trustProxy: true });
    apps.push(app);
    await app.register(staffAuthPlugin, { auth });
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { username: 'bob', password: 'correct horse' },
    });
    expect((res.headers['set-cookie'] as string[]).every((c) => c.includes('Secure'))).toBe(true);
  });

  it('rejects a wrong password with 401 and a non-JSON body with 415', async () => {
    const { app } = await setup();
    expect((await login(app, 'alice', 'wrong password')).statusCode).toBe(401);
    expect((await login(app, 'nobody', 'wrong password')).statusCode).toBe(401);
    const form = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'username=alice&password=correct horse',
    });
    expect(form.statusCode).toBe(415);
  });

  it('locks the account after five failures for fifteen minutes, audited', async () => {
    let t = new Date('2026-01-01T10:00:00Z');
    const { app, audit } = await setup(() => t);
    for (let i = 0; i < 4; i++) expect((await login(app, 'alice', 'bad password')).statusCode).toBe(401);
    const fifth = await login(app, 'alice', 'bad password');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.headers['retry-after']).toBe('900');
    // Even the right password is refused while locked.
    expect((await login(app)).statusCode).toBe(429);
    t = new Date(t.getTime() + 14 * 60_000);
    expect((await login(app)).statusCode).toBe(429);
    t = new Date(t.getTime() + 2 * 60_000);
    expect((await login(app)).statusCode).toBe(200);
    expect(audit.entries.some((e) => e.action === 'security.event')).toBe(true);
    expect(audit.entries.filter((e) => e.action === 'staff.login' && !e.ok).length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(audit.entries)).not.toContain('bad password');
  });

  it('expires idle sessions', async () => {
    let t = new Date('2026-01-01T10:00:00Z');
    const { app } = await setup(() => t);
    const c = cookiesOf(await login(app));
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: c })).statusCode).toBe(200);
    t = new Date(t.getTime() + 3 * 3600_000);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: c })).statusCode).toBe(401);
  });
});

describe('CSRF protection', () => {
  it('rejects state-changing requests without a matching x-csrf-token', async () => {
    const { app } = await setup();
    const c = cookiesOf(await login(app));
    const none = await app.inject({ method: 'POST', url: '/api/v1/test/change', cookies: c, payload: {} });
    expect(none.statusCode).toBe(403);
    expect(none.headers['content-type']).toContain('application/problem+json');
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/test/change',
      cookies: c,
      headers: { 'x-csrf-token': 'forged' },
      payload: {},
    });
    expect(wrong.statusCode).toBe(403);
    // A header equal to an attacker-planted cookie is not enough: it must be the session's token.
    const planted = await app.inject({
      method: 'POST',
      url: '/api/v1/test/change',
      cookies: { ...c, fl_csrf: 'planted' },
      headers: { 'x-csrf-token': 'planted' },
      payload: {},
    });
    expect(planted.statusCode).toBe(403);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/test/change',
      cookies: c,
      headers: { 'x-csrf-token': c.fl_csrf },
      payload: {},
    });
    expect(ok.statusCode).toBe(200);
  });

  it('logout needs the token and ends the session', async () => {
    const { app } = await setup();
    const c = cookiesOf(await login(app));
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/logout', cookies: c })).statusCode).toBe(
      403,
    );
    const out = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookies: c,
      headers: { 'x-csrf-token': c.fl_csrf },
    });
    expect(out.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: c })).statusCode).toBe(401);
  });
});

describe('roles', () => {
  it('maps roles to queues', () => {
    expect(queuesForRole('agent')).toEqual(['agents']);
    expect(queuesForRole('tier2')).toEqual(['tier2', 'noc', 'field']);
    expect(queuesForRole('supervisor')).toHaveLength(7);
    expect(queuesForRole('admin')).toHaveLength(7);
    expect(canSeeTicket('agent', 'u1', { queue: 'tier2', assignee: null })).toBe(false);
    expect(canSeeTicket('agent', 'u1', { queue: 'tier2', assignee: 'u1' })).toBe(true);
    expect(canSeeTicket('tier2', 'u1', { queue: 'field', assignee: null })).toBe(true);
    expect(canSeeTicket('tier2', 'u1', { queue: null, assignee: null })).toBe(false);
  });

  it('refuses a role outside requireStaff(roles) with 403', async () => {
    const { app, auth } = await setup();
    await auth.createUser({ username: 'sue', password: 'supervisor pw', role: 'supervisor' });
    const agent = cookiesOf(await login(app));
    expect((await app.inject({ method: 'GET', url: '/api/v1/test/super', cookies: agent })).statusCode).toBe(
      403,
    );
    const sup = cookiesOf(await login(app, 'sue', 'supervisor pw'));
    expect((await app.inject({ method: 'GET', url: '/api/v1/test/super', cookies: sup })).statusCode).toBe(
      200,
    );
    expect((await app.inject({ method: 'GET', url: '/api/v1/test/super' })).statusCode).toBe(401);
  });
});
