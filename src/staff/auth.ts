import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Queue } from '../domain/index.js';
import type { AuditLog } from '../tickets/ports.js';
import { problem } from '../http/reply.js';
import type {} from '@fastify/cookie';
import { dummyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './password.js';
import { queuesForRole, STAFF_ROLES, type StaffRole } from './roles.js';
import type { StaffStore, StaffUser } from './store.js';
import { LoginThrottle, PAIR_RULE, USER_RULE, type ThrottleRule } from './throttle.js';

/** A cookie of the request, parsed by @fastify/cookie (registered on the app; see staffAuthPlugin). */
function cookieOf(request: FastifyRequest, name: string): string | undefined {
  return request.headers.cookie ? request.server.parseCookie(request.headers.cookie)[name] : undefined;
}

export const SESSION_COOKIE = 'fl_session';
export const CSRF_COOKIE = 'fl_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface StaffPrincipal {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  queues: readonly Queue[];
  sessionId: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    staff?: StaffPrincipal;
  }
}

export interface StaffAuthOptions {
  store: StaffStore;
  audit?: AuditLog;
  now?: () => Date;
  /**
   * true / false, or 'auto': Secure cookies when the request came over https, as Fastify sees it
   * (X-Forwarded-Proto counts only from a trusted proxy, see TRUST_PROXY).
   */
  secureCookies?: boolean | 'auto';
  /** Absolute session lifetime (default 12 h) and idle timeout (default 2 h). */
  sessionTtlMs?: number;
  idleTtlMs?: number;
  /** Failed logins per account (from anywhere) and per account and address. */
  userRule?: ThrottleRule;
  pairRule?: ThrottleRule;
  /** scrypt cost for new hashes (tests lower it). */
  scryptN?: number;
}

export type LoginResult =
  | { ok: true; user: StaffUser; token: string; csrfToken: string; expiresAt: string }
  | { ok: false; reason: 'invalid' | 'locked'; retryAfterSec?: number };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function createStaffAuth(opts: StaffAuthOptions) {
  const now = opts.now ?? (() => new Date());
  const throttle = new LoginThrottle(opts.store, now);
  const userRule = opts.userRule ?? USER_RULE;
  const pairRule = opts.pairRule ?? PAIR_RULE;
  const ttl = opts.sessionTtlMs ?? 12 * 3600_000;
  const idle = opts.idleTtlMs ?? 2 * 3600_000;

  // A sign-in that cannot be audited fails (the caller gets a 500): audit failures propagate.
  async function audit(username: string, ok: boolean, reason: string) {
    await opts.audit?.append({
      action: 'staff.login',
      actor: { kind: 'staff', id: username },
      target: `staff:${username}`,
      reason,
      ok,
    });
  }

  async function createUser(input: {
    username: string;
    password: string;
    role: StaffRole;
    displayName?: string;
  }): Promise<StaffUser> {
    const username = input.username.trim().toLowerCase();
    if (!/^[a-z0-9._-]{2,64}$/.test(username)) throw new Error('username: 2–64 characters a-z 0-9 . _ -');
    if (!STAFF_ROLES.includes(input.role)) throw new Error(`role must be one of ${STAFF_ROLES.join(', ')}`);
    const bad = passwordProblem(input.password);
    if (bad) throw new Error(bad);
    if (await opts.store.userByUsername(username)) throw new Error(`user ${username} already exists`);
    return opts.store.createUser({
      id: randomUUID(),
      username,
      displayName: input.displayName?.trim() || username,
      role: input.role,
      passwordHash: await hashPassword(input.password, { N: opts.scryptN }),
      createdAt: now().toISOString(),
    });
  }

  async function setPassword(username: string, password: string): Promise<void> {
    const bad = passwordProblem(password);
    if (bad) throw new Error(bad);
    const u = await opts.store.userByUsername(username.trim().toLowerCase());
    if (!u) throw new Error(`no user ${username}`);
    await opts.store.updateUser(u.id, { passwordHash: await hashPassword(password, { N: opts.scryptN }) });
    await opts.store.deleteSessionsOfUser(u.id);
  }

  async function login(rawUsername: string, password: string, ip: string): Promise<LoginResult> {
    const username = rawUsername.trim().toLowerCase();
    const userKey = `user:${username}`;
    const pairKey = `pair:${username}|${ip}`;
    const refused = async (until: Date): Promise<LoginResult> => {
      await audit(username, false, 'locked');
      return {
        ok: false,
        reason: 'locked',
        retryAfterSec: Math.max(1, Math.ceil((until.getTime() - now().getTime()) / 1000)),
      };
    };
    // The pair first: an address that is locked out adds nothing to the account's count.
    const pair = await throttle.admit(pairKey, pairRule);
    if (!pair.ok) return refused(pair.until);
    const account = await throttle.admit(userKey, userRule);
    if (!account.ok) return refused(account.until);
    const user = await opts.store.userByUsername(username);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
    if (!user || !ok || !user.active) {
      const lockedNow = pair.lockedNow || account.lockedNow;
      await audit(username, false, lockedNow ? 'bad credentials; account locked' : 'bad credentials');
      if (lockedNow) {
        const rule = account.lockedNow ? userRule : pairRule;
        const scope = account.lockedNow ? 'from every address' : `from ${ip}`;
        await opts.audit?.append({
          action: 'security.event',
          actor: { kind: 'system', id: null },
          target: `staff:${username}`,
          reason: 'login lockout',
          detail: `${rule.maxFailures} failed logins; locked ${scope}`,
        });
        return { ok: false, reason: 'locked', retryAfterSec: Math.ceil(rule.lockMs / 1000) };
      }
      return { ok: false, reason: 'invalid' };
    }
    await throttle.succeed(pairKey);
    await throttle.succeed(userKey);
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const t = now();
    const expiresAt = new Date(t.getTime() + ttl).toISOString();
    await opts.store.createSession({
      id: sha256(token),
      userId: user.id,
      csrfToken,
      createdAt: t.toISOString(),
      expiresAt,
      lastSeenAt: t.toISOString(),
    });
    await opts.store.updateUser(user.id, { lastLoginAt: t.toISOString() });
    await audit(username, true, 'login');
    const { passwordHash: _ph, ...plain } = user;
    return { ok: true, user: plain, token, csrfToken, expiresAt };
  }

  /** The signed-in staff member of a request, from the session cookie; null when none/expired. */
  async function authenticate(request: FastifyRequest): Promise<StaffPrincipal | null> {
    const token = cookieOf(request, SESSION_COOKIE);
    if (!token) return null;
    const session = await opts.store.session(sha256(token));
    if (!session) return null;
    const t = now().getTime();
    if (new Date(session.expiresAt).getTime() <= t || new Date(session.lastSeenAt).getTime() + idle <= t) {
      await opts.store.deleteSession(session.id);
      return null;
    }
    const user = await opts.store.userById(session.userId);
    if (!user || !user.active) return null;
    // Only write the last-seen time once a minute to keep reads cheap.
    if (t - new Date(session.lastSeenAt).getTime() > 60_000)
      await opts.store.touchSession(session.id, new Date(t).toISOString());
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      queues: queuesForRole(user.role),
      sessionId: session.id,
      csrfToken: session.csrfToken,
    };
  }

  /** Double-submit check: the header must equal both the csrf cookie and the session's token. */
  function csrfOk(request: FastifyRequest, principal: StaffPrincipal): boolean {
    const header = request.headers[CSRF_HEADER];
    const cookie = cookieOf(request, CSRF_COOKIE);
    if (typeof header !== 'string' || !cookie) return false;
    return sameToken(header, cookie) && sameToken(header, principal.csrfToken);
  }

  /** preHandler: 401 without a session, 403 on a bad CSRF token or a role not in `roles`. */
  function requireStaff(roles?: readonly StaffRole[]): preHandlerAsyncHookHandler {
    return async function staffGuard(request: FastifyRequest, reply: FastifyReply) {
      const principal = await authenticate(request);
      if (!principal) return problem(reply, 401, 'Not signed in', 'Sign in to the console first.');
      if (!SAFE_METHODS.has(request.method) && !csrfOk(request, principal)) {
        return problem(
          reply,
          403,
          'CSRF check failed',
          `Send the ${CSRF_HEADER} header with the token from the ${CSRF_COOKIE} cookie.`,
        );
      }
      if (roles && !roles.includes(principal.role))
        return problem(reply, 403, 'Forbidden', 'Your role may not do this.');
      request.staff = principal;
    };
  }

  function secure(request: FastifyRequest): boolean {
    const s = opts.secureCookies ?? 'auto';
    return s === 'auto' ? request.protocol === 'https' : s;
  }

  function setCookie(
    request: FastifyRequest,
    reply: FastifyReply,
    name: string,
    value: string,
    httpOnly: boolean,
    maxAge: number,
  ) {
    reply.setCookie(name, value, {
      path: '/',
      sameSite: 'strict',
      httpOnly,
      secure: secure(request),
      maxAge,
    });
  }

  function setSessionCookies(request: FastifyRequest, reply: FastifyReply, token: string, csrfToken: string) {
    const maxAgeSec = Math.floor(ttl / 1000);
    setCookie(request, reply, SESSION_COOKIE, token, true, maxAgeSec);
    setCookie(request, reply, CSRF_COOKIE, csrfToken, false, maxAgeSec);
  }

  function clearSessionCookies(request: FastifyRequest, reply: FastifyReply) {
    setCookie(request, reply, SESSION_COOKIE, '', true, 0);
    setCookie(request, reply, CSRF_COOKIE, '', false, 0);
  }

  async function logout(principal: StaffPrincipal) {
    await opts.store.deleteSession(principal.sessionId);
  }

  return {
    createUser,
    setPassword,
    login,
    authenticate,
    csrfOk,
    requireStaff,
    setSessionCookies,
    clearSessionCookies,
    logout,
    store: opts.store,
  };
}

export type StaffAuth = ReturnType<typeof createStaffAuth>;
