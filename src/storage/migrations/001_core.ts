import { sql, type Kysely } from 'kysely';
import type { Engine } from '../db.js';
import type { EngineMigration } from '../migrate.js';

// Core schema: customers, services, devices, tickets with their timeline, state, search and
// escalations, incidents, the append-only audit log and reference counters.

async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const pg = engine === 'postgres';
  const serialId = (table: string) =>
    db.schema
      .createTable(table)
      .addColumn('id', 'integer', (c) =>
        pg ? c.generatedByDefaultAsIdentity().primaryKey() : c.primaryKey().autoIncrement(),
      );

  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_number', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('contacts', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('segment', 'text', (c) => c.notNull())
    .addColumn('pin_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('customer_contacts')
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_contacts_pk', ['customer_id', 'kind', 'value'])
    .execute();
  await db.schema
    .createIndex('customer_contacts_lookup')
    .on('customer_contacts')
    .columns(['kind', 'value'])
    .execute();

  await db.schema
    .createTable('services')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('access', 'text', (c) => c.notNull())
    .addColumn('down_mbps', 'integer', (c) => c.notNull())
    .addColumn('up_mbps', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'text', (c) => c.notNull())
    .addColumn('account_status', 'text', (c) => c.notNull())
    .addColumn('pppoe_username', 'text', (c) => c.unique())
    .addColumn('pppoe_password_enc', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('services_customer').on('services').column('customer_id').execute();
  await db.schema.createIndex('services_area').on('services').column('area_code').execute();

  await db.schema
    .createTable('devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('oui', 'text', (c) => c.notNull())
    .addColumn('product_class', 'text', (c) => c.notNull())
    .addColumn('serial_number', 'text', (c) => c.notNull())
    .addColumn('manufacturer', 'text')
    .addColumn('model', 'text')
    .addColumn('firmware', 'text')
    .addColumn('service_id', 'text', (c) => c.references('services.id').onDelete('set null'))
    .addColumn('last_inform_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('devices_serial').on('devices').column('serial_number').execute();
  await db.schema.createIndex('devices_service').on('devices').column('service_id').execute();

  await db.schema
    .createTable('tickets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    // The reference number: increases with creation, so it orders lists and keys the search document.
    .addColumn('seq', 'integer', (c) => c.notNull().unique())
    .addColumn('customer_id', 'text', (c) => c.references('customers.id').onDelete('set null'))
    .addColumn('service_id', 'text', (c) => c.references('services.id').onDelete('set null'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('intent', 'text')
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('queue', 'text')
    .addColumn('assignee', 'text')
    .addColumn('subject', 'text')
    .addColumn('incident_id', 'text')
    .addColumn('disposition', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('sla_due_at', 'text')
    .addColumn('sla_remaining_ms', 'integer')
    .execute();
  // Queue views ("tickets of a queue in some statuses, newest first") walk (queue, seq) backwards
  // and skip closed tickets, or use (queue, status, seq) when a status is rare.
  await db.schema.createIndex('tickets_queue_seq').on('tickets').columns(['queue', 'seq']).execute();
  await db.schema
    .createIndex('tickets_queue_status_seq')
    .on('tickets')
    .columns(['queue', 'status', 'seq'])
    .execute();
  await db.schema.createIndex('tickets_status_seq').on('tickets').columns(['status', 'seq']).execute();
  await db.schema.createIndex('tickets_customer_seq').on('tickets').columns(['customer_id', 'seq']).execute();
  await db.schema.createIndex('tickets_incident').on('tickets').column('incident_id').execute();
  await db.schema.createIndex('tickets_created').on('tickets').column('created_at').execute();

  await serialId('ticket_events')
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ticket_events_ticket')
    .on('ticket_events')
    .columns(['ticket_id', 'id'])
    .execute();
  await db.schema.createIndex('ticket_events_type_at').on('ticket_events').columns(['type', 'at']).execute();

  await db.schema
    .createTable('ticket_state')
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_state_pk', ['ticket_id', 'key'])
    .execute();

  // One search document per ticket (subject + messages + notes), keyed by the ticket's seq so that
  // "newest matches first" is a backwards walk of the index that stops after one page.
  if (pg) {
    await sql`CREATE TABLE ticket_search (
      ticket_seq integer PRIMARY KEY REFERENCES tickets(seq) ON DELETE CASCADE,
      text text NOT NULL,
      doc tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED
    )`.execute(db);
    await sql`CREATE INDEX ticket_search_doc ON ticket_search USING GIN (doc)`.execute(db);
  } else {
    await sql`CREATE VIRTUAL TABLE ticket_search USING fts5(
      text, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    )`.execute(db);
  }

  await db.schema
    .createTable('escalations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id').onDelete('cascade'))
    .addColumn('queue', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('packet', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('returned_at', 'text')
    .execute();
  await db.schema
    .createIndex('escalations_ticket')
    .on('escalations')
    .columns(['ticket_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('escalations_queue')
    .on('escalations')
    .columns(['queue', 'created_at'])
    .execute();

  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('areas', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('eta_at', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incidents_status').on('incidents').columns(['status', 'started_at']).execute();

  await serialId('audit_log')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_target').on('audit_log').columns(['target', 'id']).execute();
  await db.schema.createIndex('audit_log_action').on('audit_log').columns(['action', 'id']).execute();
  // The audit log is append-only in the database too, not just in the API.
  if (pg) {
    await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
  } else {
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
  }

  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();
  if (pg) {
    await sql`CREATE SEQUENCE ticket_reference_seq`.execute(db);
    await sql`CREATE SEQUENCE incident_reference_seq`.execute(db);
  }

  await db.schema
    .createTable('verification_attempts')
    .addColumn('customer_number', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'text')
    .addColumn('locked_until', 'text')
    .execute();
}

export const coreMigration: EngineMigration = { up };
