import type { Kysely } from 'kysely';
import type { EngineMigration } from '../migrate.js';

// Firmware campaigns: a device selection upgraded in stages, each member's Download task tracked
// until the router reports the new version; the campaign stops itself on a stage's failure rate.

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('acs_campaigns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('selection', 'text', (c) => c.notNull())
    .addColumn('firmware', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('stage_sizes', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('stage', 'integer', (c) => c.notNull())
    .addColumn('stop_reason', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('acs_campaigns_status').on('acs_campaigns').column('status').execute();
  await db.schema
    .createTable('acs_campaign_members')
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('stage', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text')
    .addColumn('detail', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('acs_campaign_members_pk', ['campaign_id', 'device_id'])
    .execute();
  await db.schema
    .createIndex('acs_campaign_members_stage')
    .on('acs_campaign_members')
    .columns(['campaign_id', 'stage', 'status'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('acs_campaign_members').ifExists().execute();
  await db.schema.dropTable('acs_campaigns').ifExists().execute();
}

export const acsCampaignsMigration: EngineMigration = { up, down };
