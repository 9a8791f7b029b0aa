import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { freshSchema } from '../helpers/pg-schema.js';

// Tests and desks on one PostgreSQL create and drop schemas of their own. Kysely's migrator reads
// every schema's tables first, and a schema dropped during that read failed the whole migration
// with 'schema "…" does not exist' (seen in a full parallel run). The migration is repeated.

const BASE_URL = process.env.TEST_DATABASE_URL;

/** A database whose first `n` catalogue reads fail as they do when another schema is dropped meanwhile. */
function vanishingSchema(url: string, n: number) {
  const state = { failed: 0 };
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const connect = pool.connect.bind(pool);
  const onConnect = async () => {
    const client = await connect();
    const query = client.query.bind(client) as (...a: unknown[]) => Promise<unknown>;
    Object.assign(client, {
      query: (...a: unknown[]) => {
        const text = typeof a[0] === 'string' ? a[0] : ((a[0] as { text?: string })?.text ?? '');
        if (text.includes('pg_catalog') && state.failed < n) {
          state.failed += 1;
          return Promise.reject(
            Object.assign(new Error('schema "other_desk_0123" does not exist'), { code: '3F000' }),
          );
        }
        return query(...a);
      },
    });
    return client;
  };
  Object.assign(pool, { connect: onConnect });
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  return { db, state };
}

describe.skipIf(!BASE_URL)('migrations on a PostgreSQL shared with other schemas', () => {
  it('a schema another run drops while the migrator reads the catalogue does not fail the migration', async () => {
    const { databaseUrl, drop } = await freshSchema(BASE_URL!, 'vanish');
    const { db, state } = vanishingSchema(databaseUrl, 1);
    try {
      const applied = await migrateToLatest(db, 'postgres');
      expect(state.failed).toBe(1);
      expect(applied.length).toBeGreaterThan(10);
    } finally {
      await db.destroy();
      await drop();
    }
  }, 60_000);

  it('any other error, or the same one again and again, still fails', async () => {
    const { databaseUrl, drop } = await freshSchema(BASE_URL!, 'vanish');
    const { db } = vanishingSchema(databaseUrl, 99);
    try {
      await expect(migrateToLatest(db, 'postgres')).rejects.toThrow(/does not exist/);
    } finally {
      await db.destroy();
      await drop();
    }
  }, 60_000);
});
