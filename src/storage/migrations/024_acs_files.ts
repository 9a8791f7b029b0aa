import type { Kysely } from 'kysely';
import type { Engine } from '../db.js';
import type { EngineMigration } from '../migrate.js';

// Files uploaded through the GenieACS-style NBI (PUT /files/:name): kept in the database, as
// GenieACS keeps them in GridFS, so that every desk instance serves them to the routers.

async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('acs_files')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('file_type', 'text', (c) => c.notNull())
    .addColumn('oui', 'text', (c) => c.notNull())
    .addColumn('product_class', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('length', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('data', engine === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('acs_files').ifExists().execute();
}

export const acsFilesMigration: EngineMigration = { up, down };
