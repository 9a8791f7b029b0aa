import { sql, type Kysely } from 'kysely';
import type { StaffTables, StaffUserRow } from '../storage/tables/staff.js';
import type { StaffRole } from './roles.js';

export interface StaffUser {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  active: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

export interface StaffSession {
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
}

export interface LoginAttempt {
  key: string;
  failures: number;
  windowStartedAt: string;
  lockedUntil: string | null;
}

/** Persistence for staff accounts; implemented over Kysely (SQLite and PostgreSQL). */
export interface StaffStore {
  createUser(u: {
    id: string;
    username: string;
    displayName: string;
    role: StaffRole;
    passwordHash: string;
    createdAt: string;
  }): Promise<StaffUser>;
  userByUsername(username: string): Promise<(StaffUser & { passwordHash: string }) | null>;
  userById(id: string): Promise<StaffUser | null>;
  listUsers(): Promise<StaffUser[]>;
  updateUser(
    id: string,
    patch: {
      role?: StaffRole;
      passwordHash?: string;
      active?: boolean;
      displayName?: string;
      lastLoginAt?: string;
    },
  ): Promise<void>;
  createSession(s: StaffSession): Promise<void>;
  session(id: string): Promise<StaffSession | null>;
  touchSession(id: string, lastSeenAt: string): Promise<void>;
  deleteSession(id: string): Promise<void>;
  deleteSessionsOfUser(userId: string): Promise<void>;
  attempt(key: string): Promise<LoginAttempt | null>;
  /**
   * Counts one login attempt on `key` in one atomic statement: a window that ended (or a lock that
   * ran out) starts again at 1, and the attempt that reaches `maxFailures` sets the lock.
   */
  countAttempt(
    key: string,
    rule: { maxFailures: number; windowMs: number; lockMs: number },
    now: Date,
  ): Promise<LoginAttempt>;
  clearAttempt(key: string): Promise<void>;
}

function toUser(r: StaffUserRow): StaffUser {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role as StaffRole,
    active: Number(r.active) === 1,
    createdAt: r.created_at,
    lastLoginAt: r.last_login_at,
  };
}

export function createKyselyStaffStore(db: Kysely<StaffTables>): StaffStore {
  return {
    async createUser(u) {
      const row: StaffUserRow = {
        id: u.id,
        username: u.username,
        display_name: u.displayName,
        role: u.role,
        password_hash: u.passwordHash,
        active: 1,
        created_at: u.createdAt,
        last_login_at: null,
      };
      await db.insertInto('staff_users').values(row).execute();
      return toUser(row);
    },
    async userByUsername(username) {
      const r = await db
        .selectFrom('staff_users')
        .selectAll()
        .where('username', '=', username)
        .executeTakeFirst();
      return r ? { ...toUser(r), passwordHash: r.password_hash } : null;
    },
    async userById(id) {
      const r = await db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toUser(r) : null;
    },
    async listUsers() {
      const rows = await db.selectFrom('staff_users').selectAll().orderBy('username').execute();
      return rows.map(toUser);
    },
    async updateUser(id, patch) {
      const set: Partial<StaffUserRow> = {};
      if (patch.role !== undefined) set.role = patch.role;
      if (patch.passwordHash !== undefined) set.password_hash = patch.passwordHash;
      if (patch.active !== undefined) set.active = patch.active ? 1 : 0;
      if (patch.displayName !== undefined) set.display_name = patch.displayName;
      if (patch.lastLoginAt !== undefined) set.last_login_at = patch.lastLoginAt;
      if (Object.keys(set).length === 0) return;
      await db.updateTable('staff_users').set(set).where('id', '=', id).execute();
    },
    async createSession(s) {
      await db
        .insertInto('staff_sessions')
        .values({
          id: s.id,
          user_id: s.userId,
          csrf_token: s.csrfToken,
          created_at: s.createdAt,
          expires_at: s.expiresAt,
          last_seen_at: s.lastSeenAt,
        })
        .execute();
    },
    async session(id) {
      const r = await db.selectFrom('staff_sessions').selectAll().where('id', '=', id).executeTakeFirst();
      return r
        ? {
            id: r.id,
            userId: r.user_id,
            csrfToken: r.csrf_token,
            createdAt: r.created_at,
            expiresAt: r.expires_at,
            lastSeenAt: r.last_seen_at,
          }
        : null;
    },
    async touchSession(id, lastSeenAt) {
      await db.updateTable('staff_sessions').set({ last_seen_at: lastSeenAt }).where('id', '=', id).execute();
    },
    async deleteSession(id) {
      await db.deleteFrom('staff_sessions').where('id', '=', id).execute();
    },
    async deleteSessionsOfUser(userId) {
      await db.deleteFrom('staff_sessions').where('user_id', '=', userId).execute();
    },
    async attempt(key) {
      const r = await db
        .selectFrom('staff_login_attempts')
        .selectAll()
        .where('key', '=', key)
        .executeTakeFirst();
      return r
        ? {
            key: r.key,
            failures: Number(r.failures),
            windowStartedAt: r.window_started_at,
            lockedUntil: r.locked_until,
          }
        : null;
    },
    async countAttempt(key, rule, now) {
      const t = now.toISOString();
      const windowStart = new Date(now.getTime() - rule.windowMs).toISOString();
      const lockEnd = new Date(now.getTime() + rule.lockMs).toISOString();
      const old = (c: string) => sql.ref(`staff_login_attempts.${c}`);
      const fresh = sql`((${old('locked_until')} IS NOT NULL AND ${old('locked_until')} <= ${t}) OR (${old('locked_until')} IS NULL AND ${old('window_started_at')} <= ${windowStart}))`;
      const r = await db
        .insertInto('staff_login_attempts')
        .values({
          key,
          failures: 1,
          window_started_at: t,
          locked_until: rule.maxFailures <= 1 ? lockEnd : null,
        })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            failures: sql<number>`CASE WHEN ${fresh} THEN 1 ELSE ${old('failures')} + 1 END`,
            window_started_at: sql<string>`CASE WHEN ${fresh} THEN ${t} ELSE ${old('window_started_at')} END`,
            locked_until: sql<string | null>`CASE
              WHEN ${fresh} THEN ${rule.maxFailures <= 1 ? lockEnd : null}
              WHEN ${old('locked_until')} IS NULL AND ${old('failures')} + 1 >= ${rule.maxFailures} THEN ${lockEnd}
              ELSE ${old('locked_until')} END`,
          }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      return {
        key: r.key,
        failures: Number(r.failures),
        windowStartedAt: r.window_started_at,
        lockedUntil: r.locked_until,
      };
    },
    async clearAttempt(key) {
      await db.deleteFrom('staff_login_attempts').where('key', '=', key).execute();
    },
  };
}
