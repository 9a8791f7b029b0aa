import type { Kysely } from 'kysely';
import type { EngineMigration } from '../migrate.js';

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limit_hits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addColumn('reset_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_limit_hits_reset_at').on('rate_limit_hits').column('reset_at').execute();
  await db.schema
    .createTable('readiness_probe')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('readiness_probe').ifExists().execute();
  await db.schema.dropTable('rate_limit_hits').ifExists().execute();
}

export const httpGuardsMigration: EngineMigration = { up, down };
