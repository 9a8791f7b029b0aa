import type { Kysely } from 'kysely';
import type { EngineMigration } from '../migrate.js';

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('silence_timers')
    .addColumn('ticket_id', 'text', (c) => c.primaryKey().references('tickets.id').onDelete('cascade'))
    .addColumn('since', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('silence_timers_since').on('silence_timers').column('since').execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('silence_timers').ifExists().execute();
}

export const silenceTimersMigration: EngineMigration = { up, down };
