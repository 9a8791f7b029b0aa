import type { Kysely } from 'kysely';
import type { EngineMigration } from '../migrate.js';

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('staff_notify_settings')
    .addColumn('username', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('events', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The primary key makes "mail this once" hold across desk instances.
  await db.schema
    .createTable('staff_notices_sent')
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('mark', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('staff_notices_sent_pk', ['username', 'ticket_id', 'kind', 'mark'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('staff_notices_sent').ifExists().execute();
  await db.schema.dropTable('staff_notify_settings').ifExists().execute();
}

export const staffNoticesMigration: EngineMigration = { up, down };
