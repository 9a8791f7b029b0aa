import { sql, type Kysely } from 'kysely';
import type { Engine } from '../db.js';
import type { EngineMigration } from '../migrate.js';

// PostgreSQL: new search terms wait in the GIN index's pending list until it is merged, and every
// search reads that whole list (at 4 MB, the default, a rare word took ~7 ms instead of 0.05 ms at
// 100,000 tickets). A small list keeps inserts cheap and bounds what each search reads.
const PENDING_LIST_KB = 128;

async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine !== 'postgres') return;
  await sql`ALTER INDEX ticket_search_doc SET (gin_pending_list_limit = ${sql.lit(PENDING_LIST_KB)})`.execute(
    db,
  );
  await sql`SELECT gin_clean_pending_list('ticket_search_doc'::regclass)`.execute(db);
}

async function down(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine !== 'postgres') return;
  await sql`ALTER INDEX ticket_search_doc RESET (gin_pending_list_limit)`.execute(db);
}

export const searchPendingListMigration: EngineMigration = { up, down };
