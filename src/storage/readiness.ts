import type { Kysely } from 'kysely';
import type { HttpGuardTables } from './tables/http-guards.js';

/** Proves that the database accepts a write (a read-only or full database fails), not just a read. */
export async function probeDatabaseWrite(db: Kysely<HttpGuardTables>, at: Date = new Date()): Promise<void> {
  const t = at.toISOString();
  await db
    .insertInto('readiness_probe')
    .values({ id: 'readyz', at: t })
    .onConflict((oc) => oc.column('id').doUpdateSet({ at: t }))
    .execute();
}
