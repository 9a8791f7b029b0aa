import type { Kysely } from 'kysely';
import type { EngineMigration } from '../migrate.js';

// Per-device CWMP credentials (passwords encrypted at rest), routers held for approval, and an
// index for the sweep of orphaned tasks.

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('acs_credentials')
    .addColumn('device_id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text')
    .addColumn('password_enc', 'text')
    .addColumn('pending_username', 'text')
    .addColumn('pending_password_enc', 'text')
    .addColumn('cr_username', 'text')
    .addColumn('cr_password_enc', 'text')
    .addColumn('pending_cr_username', 'text')
    .addColumn('pending_cr_password_enc', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Not unique: routers from one factory image may share a username (their passwords tell them apart).
  await db.schema.createIndex('acs_credentials_username').on('acs_credentials').column('username').execute();

  await db.schema
    .createTable('acs_held_devices')
    .addColumn('device_id', 'text', (c) => c.primaryKey())
    .addColumn('oui', 'text', (c) => c.notNull())
    .addColumn('product_class', 'text', (c) => c.notNull())
    .addColumn('serial_number', 'text', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('password_enc', 'text')
    .addColumn('remote_address', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('contacts', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();

  // The sweep of orphaned and expired tasks looks tasks up by status.
  await db.schema
    .createIndex('acs_tasks_status_updated')
    .on('acs_tasks')
    .columns(['status', 'updated_at'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('acs_tasks_status_updated').ifExists().execute();
  await db.schema.dropTable('acs_held_devices').ifExists().execute();
  await db.schema.dropTable('acs_credentials').ifExists().execute();
}

export const acsCredentialsMigration: EngineMigration = { up, down };
