import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Db, type Engine } from '../../src/storage/db.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { createRepositories, type Repositories } from '../../src/storage/repositories.js';
import { createSecretBox } from '../../src/security/secrets.js';

// Test databases: SQLite in memory always; PostgreSQL too when TEST_DATABASE_URL is set, each test
// database in a fresh schema that is dropped afterwards.

export const TEST_PIN_COST = { N: 1024, r: 8, p: 1 };
export const TEST_KEY = Buffer.alloc(32, 7);

export function testEngines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface TestDb extends Db {
  repos: Repositories;
  /** Drops the database/schema. */
  destroy(): Promise<void>;
}

export async function openTestDb(engine: Engine, now?: () => Date): Promise<TestDb> {
  let db: Db;
  let drop = async () => {};
  if (engine === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is not set');
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    db = openDatabase(url, { pgSchema: schema, poolMax: 4 });
    drop = async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    };
  } else {
    db = openDatabase(':memory:');
  }
  await migrateToLatest(db.db as never, db.engine);
  const repos = createRepositories({
    db: db.db,
    engine: db.engine,
    secrets: createSecretBox(TEST_KEY),
    pinCost: TEST_PIN_COST,
    now,
  });
  return {
    ...db,
    repos,
    destroy: async () => {
      await db.close();
      await drop();
    },
  };
}

/** A clock that advances one second per call, so ordering by time is deterministic. */
export function steppingClock(start = Date.parse('2026-01-05T08:00:00.000Z')): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}
