import { sql, type Kysely, type Transaction } from 'kysely';
import type { Engine } from './db.js';
import type { Database } from './schema.js';

export type Executor = Kysely<Database> | Transaction<Database>;

export interface RepoContext {
  db: Kysely<Database>;
  engine: Engine;
  /** Injectable clock (tests). */
  now: () => Date;
}

export function isoNow(ctx: RepoContext): string {
  return ctx.now().toISOString();
}

export function parseJson<T>(text: string | null): T {
  return (text === null ? null : JSON.parse(text)) as T;
}

/** Next value of a named counter, safe across concurrent writers (PostgreSQL sequence / SQLite row). */
export async function nextCounter(
  db: Executor,
  engine: Engine,
  name: 'ticket' | 'incident',
): Promise<number> {
  if (engine === 'postgres') {
    const seq = name === 'ticket' ? sql.raw(`'ticket_reference_seq'`) : sql.raw(`'incident_reference_seq'`);
    const r = await sql<{ v: string | number }>`SELECT nextval(${seq}) AS v`.execute(db);
    return Number(r.rows[0].v);
  }
  const row = await db
    .insertInto('counters')
    .values({ name, value: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value: sql`counters.value + 1` }))
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

export function formatReference(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(6, '0')}`;
}

/** Keyset cursor over (created_at, id), newest first. */
export interface Cursor {
  at: string;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.at, c.id]), 'utf8').toString('base64url');
}

export class BadCursorError extends Error {
  constructor() {
    super('invalid cursor');
    this.name = 'BadCursorError';
  }
}

export function decodeCursor(text: string): Cursor {
  try {
    const v: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') {
      return { at: v[0], id: v[1] };
    }
  } catch {
    // Not base64url JSON: thrown below as BadCursorError like any other malformed cursor.
  }
  throw new BadCursorError();
}

/** Keyset cursor over a single increasing integer (ticket seq), newest first. */
export function encodeSeqCursor(seq: number): string {
  return Buffer.from(JSON.stringify([seq]), 'utf8').toString('base64url');
}

export function decodeSeqCursor(text: string): number {
  try {
    const v: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 1 && Number.isSafeInteger(v[0])) return v[0] as number;
  } catch {
    // Not base64url JSON: thrown below as BadCursorError like any other malformed cursor.
  }
  throw new BadCursorError();
}

export function clampLimit(limit: number | undefined, def = 50, max = 200): number {
  if (limit === undefined || !Number.isFinite(limit)) return def;
  return Math.min(max, Math.max(1, Math.floor(limit)));
}

/** Whether a driver error is a unique-constraint violation (SQLite or PostgreSQL). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** Whether a driver error is a foreign-key violation (SQLite or PostgreSQL). */
export function isForeignKeyViolation(err: unknown): boolean {
  const e = err as { code?: string };
  return e?.code === '23503' || e?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
