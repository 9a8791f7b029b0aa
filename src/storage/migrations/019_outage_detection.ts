import type { Kysely } from 'kysely';
import type { EngineMigration } from '../migrate.js';

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('line_failures')
    .addColumn('service_id', 'text', (c) => c.primaryKey())
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('line_failures_area_at').on('line_failures').columns(['area', 'at']).execute();
  await db.schema.createIndex('line_failures_at').on('line_failures').column('at').execute();
  await db.schema
    .createTable('outage_suggestions')
    .addColumn('area', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outage_suggestions').ifExists().execute();
  await db.schema.dropTable('line_failures').ifExists().execute();
}

export const outageDetectionMigration: EngineMigration = { up, down };
