import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { withNamedStatements } from './pg-statements.js';
import type { Database } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

export interface Db {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
}

/**
 * Opens the database named by `url`: `postgres://…` selects PostgreSQL, anything else is a SQLite
 * file path (`:memory:` for an in-memory database). The SQLite file's folder is created if needed.
 */
export interface OpenOptions {
  /** PostgreSQL only: put this schema first on the search path (tests use a fresh schema per file). */
  pgSchema?: string;
  /** PostgreSQL pool size (default 10). */
  poolMax?: number;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** The SQLite file a non-PostgreSQL URL names (`sqlite://x.db`, `sqlite:x.db` or a plain path). */
export function sqliteFileOf(url: string): string {
  return url.replace(/^sqlite:(\/\/)?/, '');
}

export function openDatabase(url: string, opts: OpenOptions = {}): Db {
  if (isPostgresUrl(url)) {
    if (opts.pgSchema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(opts.pgSchema))
      throw new Error('bad schema name');
    const pool = withNamedStatements(
      new pg.Pool({
        connectionString: url,
        max: opts.poolMax ?? 10,
        ...(opts.pgSchema ? { options: `-c search_path=${opts.pgSchema}` } : {}),
      }),
    );
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  const file = sqliteFileOf(url);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Deleted rows (erased or expired personal data) are overwritten, not left in free pages.
  sqlite.pragma('secure_delete = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, engine: 'sqlite', close: () => db.destroy() };
}

/**
 * Kysely prepares every query anew; on SQLite preparing costs about as much as running. The desk
 * issues the same few hundred statements over and over, so keep the prepared ones (LRU).
 * Safe because better-sqlite3 runs a statement to completion synchronously.
 */
function withStatementCache(sqlite: SQLite.Database, max = 1000) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SQLite.Statement {
      const hit = cache.get(sql);
      if (hit) {
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const stmt = sqlite.prepare(sql);
      cache.set(sql, stmt);
      if (cache.size > max) cache.delete(cache.keys().next().value as string);
      return stmt;
    },
  };
}
