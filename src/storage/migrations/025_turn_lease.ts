import { sql, type Kysely } from 'kysely';
import type { Engine } from '../db.js';
import type { EngineMigration } from '../migrate.js';
import { silenceTimersMigration } from './018_silence_timers.js';

// A conversation turn's lease and the silence timer live on the ticket row itself, so that a turn
// takes its lease with the one read of the ticket and releases it, and sets the timer, with the one
// write of its changes (no lease rows, no timer rows).

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('tickets').addColumn('turn_owner', 'text').execute();
  await db.schema.alterTable('tickets').addColumn('turn_until', 'text').execute();
  await db.schema.alterTable('tickets').addColumn('silent_since', 'text').execute();
  await db.schema.createIndex('tickets_silent_since').on('tickets').column('silent_since').execute();
  await sql`UPDATE tickets SET silent_since = (SELECT since FROM silence_timers WHERE silence_timers.ticket_id = tickets.id)
    WHERE id IN (SELECT ticket_id FROM silence_timers)`.execute(db);
  await db.schema.dropTable('silence_timers').execute();
}

async function down(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await silenceTimersMigration.up(db, engine);
  await sql`INSERT INTO silence_timers (ticket_id, since) SELECT id, silent_since FROM tickets WHERE silent_since IS NOT NULL`.execute(
    db,
  );
  await db.schema.dropIndex('tickets_silent_since').execute();
  await db.schema.alterTable('tickets').dropColumn('silent_since').execute();
  await db.schema.alterTable('tickets').dropColumn('turn_until').execute();
  await db.schema.alterTable('tickets').dropColumn('turn_owner').execute();
}

export const turnLeaseMigration: EngineMigration = { up, down };
