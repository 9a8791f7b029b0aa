// Test databases for the KB and insights suites: in-memory SQLite always, PostgreSQL when
// TEST_DATABASE_URL is set (a fresh schema per call, dropped on close).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Db, type Engine } from '../../storage/db.js';
import { kbMigration } from '../../storage/migrations/004_kb.js';

export interface TestDb extends Db {
  label: string;
}

export function testEngines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

export async function openTestDb(engine: Engine): Promise<TestDb> {
  if (engine === 'sqlite') {
    const db = openDatabase(':memory:');
    await kbMigration.up(db.db as never, 'sqlite');
    return { ...db, label: 'sqlite' };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `kb_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const sep = url.includes('?') ? '&' : '?';
  const db = openDatabase(`${url}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`);
  await kbMigration.up(db.db as never, 'postgres');
  return {
    ...db,
    label: 'postgres',
    async close() {
      await db.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}
