import type { Kysely } from 'kysely';
import type { EngineMigration } from '../migrate.js';

// Tags on routers (GenieACS NBI `_tags`): set and removed by operators' scripts, matched by queries.

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('acs_device_tags')
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('tag', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('acs_device_tags_pk', ['device_id', 'tag'])
    .execute();
  await db.schema.createIndex('acs_device_tags_tag').on('acs_device_tags').columns(['tag']).execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('acs_device_tags').ifExists().execute();
}

export const acsTagsMigration: EngineMigration = { up, down };
