import type { Kysely } from 'kysely';
import type { EngineMigration } from '../migrate.js';

// Every distinct credential a held router presented (fingerprint and, for Basic, the password
// encrypted) with the addresses it came from, so that approval never adopts whichever came last;
// and the address of a held router's first contact, to bound new held routers per address.

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('acs_held_credentials')
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('scheme', 'text', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('password_enc', 'text')
    .addColumn('addresses', 'text', (c) => c.notNull())
    .addColumn('contacts', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('acs_held_credentials_pk', ['device_id', 'fingerprint'])
    .execute();
  await db.schema.alterTable('acs_held_devices').addColumn('first_address', 'text').execute();
  await db.schema.alterTable('acs_held_devices').addColumn('fingerprint_salt', 'text').execute();
  await db.schema
    .createIndex('acs_held_devices_first_address')
    .on('acs_held_devices')
    .columns(['first_address', 'first_seen_at'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('acs_held_devices_first_address').ifExists().execute();
  await db.schema.alterTable('acs_held_devices').dropColumn('fingerprint_salt').execute();
  await db.schema.alterTable('acs_held_devices').dropColumn('first_address').execute();
  await db.schema.dropTable('acs_held_credentials').ifExists().execute();
}

export const acsHeldCredentialsMigration: EngineMigration = { up, down };
