import { sql, type Kysely } from 'kysely';
import type { Engine } from '../db.js';
import type { EngineMigration } from '../migrate.js';

// On SQLite the CWMP session lock is a table keyed by its name alone (WITHOUT ROWID): taking and
// giving up a lock then changes one B-tree page instead of two (the row and its name's index), in the
// two commits of every session that touch it. Same columns, same rows. PostgreSQL is unchanged.

async function rebuild(db: Kysely<unknown>, clustered: boolean): Promise<void> {
  await sql`create table acs_locks_rebuilt (name text primary key, owner text not null, expires_at text not null)${sql.raw(
    clustered ? ' without rowid' : '',
  )}`.execute(db);
  await sql`insert into acs_locks_rebuilt (name, owner, expires_at) select name, owner, expires_at from acs_locks`.execute(
    db,
  );
  await sql`drop table acs_locks`.execute(db);
  await sql`alter table acs_locks_rebuilt rename to acs_locks`.execute(db);
}

async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine === 'sqlite') await rebuild(db, true);
}

async function down(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine === 'sqlite') await rebuild(db, false);
}

export const acsLocksClusteredMigration: EngineMigration = { up, down };
