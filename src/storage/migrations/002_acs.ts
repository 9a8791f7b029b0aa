import type { Kysely } from 'kysely';
import type { Engine } from '../db.js';
import type { EngineMigration } from '../migrate.js';

// ACS tables. No foreign keys to the core tables: the ACS registers devices on first Inform,
// before (or without) any import, and links them to a service by id only.

async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const pg = engine === 'postgres';

  await db.schema
    .createTable('acs_devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('oui', 'text', (c) => c.notNull())
    .addColumn('product_class', 'text', (c) => c.notNull())
    .addColumn('serial_number', 'text', (c) => c.notNull())
    .addColumn('manufacturer', 'text')
    .addColumn('model', 'text')
    .addColumn('firmware', 'text')
    .addColumn('service_id', 'text')
    .addColumn('root', 'text', (c) => c.notNull())
    .addColumn('cwmp_ns', 'text', (c) => c.notNull())
    .addColumn('pppoe_username', 'text')
    .addColumn('connection_request_url', 'text')
    .addColumn('last_inform_at', 'text')
    .addColumn('last_boot_at', 'text')
    .addColumn('last_events', 'text', (c) => c.notNull())
    .addColumn('inform_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('acs_devices_service').on('acs_devices').column('service_id').execute();
  await db.schema.createIndex('acs_devices_serial').on('acs_devices').column('serial_number').execute();

  await db.schema
    .createTable('acs_params')
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('acs_params_pk', ['device_id', 'path'])
    .execute();

  await db.schema
    .createTable('acs_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('args', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('result', 'text')
    .addColumn('fault', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('acs_tasks_device_status')
    .on('acs_tasks')
    .columns(['device_id', 'status', 'created_at'])
    .execute();

  await db.schema
    .createTable('acs_events')
    .addColumn('id', 'integer', (c) =>
      pg ? c.generatedByDefaultAsIdentity().primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('events', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('acs_events_device').on('acs_events').columns(['device_id', 'id']).execute();

  await db.schema
    .createTable('acs_locks')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['acs_locks', 'acs_events', 'acs_tasks', 'acs_params', 'acs_devices']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}

export const acsMigration: EngineMigration = { up, down };
