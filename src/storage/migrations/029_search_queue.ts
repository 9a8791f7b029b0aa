import { sql, type Kysely } from 'kysely';
import type { Engine } from '../db.js';
import type { EngineMigration } from '../migrate.js';

// SQLite: text added to a ticket's search document waits here (masked, for well under a second)
// and is indexed in batches (src/storage/search.ts, flushSearchQueue). Rewriting an FTS5 document
// under secure-delete costs ~10 ms; done inside every turn's write it blocked the desk's one event
// loop for most of its time under load. PostgreSQL indexes at once and does not use the table.
async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine === 'postgres') return;
  await sql`CREATE TABLE ticket_search_queue (
    id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    text TEXT NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX ticket_search_queue_seq ON ticket_search_queue (seq)`.execute(db);
}

async function down(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine === 'postgres') return;
  await sql`DROP TABLE IF EXISTS ticket_search_queue`.execute(db);
}

export const searchQueueMigration: EngineMigration = { up, down };
