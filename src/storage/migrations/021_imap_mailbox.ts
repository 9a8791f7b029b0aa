import type { Kysely } from 'kysely';
import type { EngineMigration } from '../migrate.js';

// The UIDs of polled IMAP mailboxes: the primary key makes "one ticket per message" hold across
// restarts and desk instances.
async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('email_imap_messages')
    .addColumn('mailbox', 'text', (c) => c.notNull())
    .addColumn('uid_validity', 'text', (c) => c.notNull())
    .addColumn('uid', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('claimed_until', 'text')
    .addColumn('outcome', 'text')
    .addColumn('last_error', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('email_imap_messages_pk', ['mailbox', 'uid_validity', 'uid'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('email_imap_messages').ifExists().execute();
}

export const imapMailboxMigration: EngineMigration = { up, down };
