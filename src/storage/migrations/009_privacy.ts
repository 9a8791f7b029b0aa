import { sql, type Kysely } from 'kysely';
import type { Engine } from '../db.js';
import type { EngineMigration } from '../migrate.js';

// Privacy: outgoing mail keeps the unmasked bodies only encrypted and only until sent
// (email_outbox.secret_enc); the append-only audit log accepts exactly one kind of change, erasure
// of a data subject's personal data (same id, time, action and actor kind; target 'erased');
// SQLite's full-text index forgets deleted text immediately (FTS5 secure-delete).

const ERASURE_ONLY = sql.raw(`NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.action = OLD.action
  AND NEW.actor_kind = OLD.actor_kind AND NEW.target = 'erased'
  AND (NEW.actor_id IS NULL OR NEW.actor_id = OLD.actor_id)`);

async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema.alterTable('email_outbox').addColumn('secret_enc', 'text').execute();
  await db.schema.createIndex('email_journal_received').on('email_journal').column('received_at').execute();
  await db.schema.createIndex('attachments_created').on('attachments').column('created_at').execute();
  if (engine === 'postgres') {
    await sql`CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND ${ERASURE_ONLY} THEN RETURN NEW; END IF;
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`.execute(db);
  } else {
    await sql`DROP TRIGGER audit_log_no_update`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN NOT (${ERASURE_ONLY})
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
    // Erased and expired words leave the full-text index at once, not at the next segment merge.
    await sql`INSERT INTO ticket_search (ticket_search, rank) VALUES ('secure-delete', 1)`.execute(db);
  }
}

async function down(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine === 'postgres') {
    await sql`CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`.execute(db);
  } else {
    await sql`INSERT INTO ticket_search (ticket_search, rank) VALUES ('secure-delete', 0)`.execute(db);
    await sql`DROP TRIGGER audit_log_no_update`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
  }
  await db.schema.dropIndex('attachments_created').execute();
  await db.schema.dropIndex('email_journal_received').execute();
  await db.schema.alterTable('email_outbox').dropColumn('secret_enc').execute();
}

export const privacyMigration: EngineMigration = { up, down };
