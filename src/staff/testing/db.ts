import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { staffMigration } from '../../storage/migrations/003_staff.js';
import type { StaffTables } from '../../storage/tables/staff.js';
import { createStaffAuth, type StaffAuthOptions } from '../auth.js';
import { createKyselyStaffStore } from '../store.js';

/** An in-memory SQLite database with only the staff tables (for tests). */
export async function openStaffTestDb(): Promise<Kysely<StaffTables>> {
  const db = new Kysely<StaffTables>({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });
  await staffMigration.up(db as unknown as Kysely<unknown>, 'sqlite');
  return db;
}

/** Staff auth over a fresh in-memory store, with a cheap scrypt cost. */
export async function createTestStaffAuth(extra: Partial<StaffAuthOptions> = {}) {
  const db = await openStaffTestDb();
  const auth = createStaffAuth({ store: createKyselyStaffStore(db), scryptN: 1024, ...extra });
  return { db, auth };
}
