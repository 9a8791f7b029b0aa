import type { Kysely } from 'kysely';
import type { EngineMigration } from '../migrate.js';

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pending_turns')
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('pending_turns_pk', ['ticket_id', 'message_id'])
    .execute();
  await db.schema.createIndex('pending_turns_accepted').on('pending_turns').column('accepted_at').execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('pending_turns').ifExists().execute();
}

export const pendingTurnsMigration: EngineMigration = { up, down };
