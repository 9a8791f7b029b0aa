import { sql } from 'kysely';
import type { AuditEntry, HandoffPacket, TimelineEvent } from '../../domain/index.js';
import type { ErasureCounts } from '../../privacy/ports.js';
import { ERASED, skeletonAudit, skeletonEvent, skeletonPacket } from '../../privacy/skeleton.js';
import type { Executor, RepoContext } from '../common.js';
import { AuditRepository } from '../repos/audit.js';
import { auditTargets, findSubject, inChunks, type DataSubject } from './subject.js';

// Erasure of one customer (GDPR art. 17), in one transaction: contact data and the customer row
// go, conversations, mail, attachments and search entries go, and the tickets and audit entries
// stay as skeletons (what happened and when, about nobody).

async function each<T>(items: readonly T[], fn: (chunk: T[]) => Promise<unknown>): Promise<void> {
  await inChunks(items, async (chunk) => {
    await fn(chunk);
    return [];
  });
}

async function rewriteTimelines(trx: Executor, ticketIds: string[]): Promise<number> {
  const rows = await inChunks(ticketIds, (ids) =>
    trx.selectFrom('ticket_events').select(['id', 'data']).where('ticket_id', 'in', ids).execute(),
  );
  for (const r of rows) {
    const e = skeletonEvent(JSON.parse(r.data) as TimelineEvent);
    await trx
      .updateTable('ticket_events')
      .set({ type: e.type, data: JSON.stringify(e) })
      .where('id', '=', r.id)
      .execute();
  }
  return rows.length;
}

async function rewriteEscalations(trx: Executor, ticketIds: string[]): Promise<void> {
  const rows = await inChunks(ticketIds, (ids) =>
    trx.selectFrom('escalations').select(['id', 'packet']).where('ticket_id', 'in', ids).execute(),
  );
  for (const r of rows) {
    const packet = skeletonPacket(JSON.parse(r.packet) as HandoffPacket);
    await trx
      .updateTable('escalations')
      .set({ reason: ERASED, packet: JSON.stringify(packet) })
      .where('id', '=', r.id)
      .execute();
  }
}

/** Empties the tickets' search documents, and drops their text still waiting to be indexed (SQLite). */
export async function clearSearchDocs(
  trx: Executor,
  engine: RepoContext['engine'],
  seqs: number[],
): Promise<void> {
  await each(seqs, async (chunk) => {
    if (engine === 'postgres') {
      await sql`UPDATE ticket_search SET text = '' WHERE ticket_seq IN (${sql.join(chunk)})`.execute(trx);
      return;
    }
    await sql`DELETE FROM ticket_search_queue WHERE seq IN (${sql.join(chunk)})`.execute(trx);
    await sql`UPDATE ticket_search SET text = '' WHERE rowid IN (${sql.join(chunk)})`.execute(trx);
  });
}

async function deleteMail(
  trx: Executor,
  s: DataSubject,
): Promise<Pick<ErasureCounts, 'mailsReceived' | 'attachments' | 'mailsSent'>> {
  let mailsReceived = 0;
  let attachments = 0;
  let mailsSent = 0;
  await each(s.ticketIds, async (ids) => {
    mailsReceived += Number(
      (await trx.deleteFrom('email_journal').where('ticket_id', 'in', ids).executeTakeFirst()).numDeletedRows,
    );
    attachments += Number(
      (await trx.deleteFrom('attachments').where('ticket_id', 'in', ids).executeTakeFirst()).numDeletedRows,
    );
    mailsSent += Number(
      (await trx.deleteFrom('email_outbox').where('ticket_id', 'in', ids).executeTakeFirst()).numDeletedRows,
    );
    await trx.deleteFrom('channel_links').where('ticket_id', 'in', ids).execute();
  });
  if (s.emails.length) {
    mailsReceived += Number(
      (await trx.deleteFrom('email_journal').where('from_address', 'in', s.emails).executeTakeFirst())
        .numDeletedRows,
    );
    mailsSent += Number(
      (await trx.deleteFrom('email_outbox').where('to_address', 'in', s.emails).executeTakeFirst())
        .numDeletedRows,
    );
  }
  return { mailsReceived, attachments, mailsSent };
}

async function anonymiseAudit(trx: Executor, s: DataSubject): Promise<number> {
  const rows = await inChunks(auditTargets(s), (targets) =>
    trx.selectFrom('audit_log').select(['id', 'data']).where('target', 'in', targets).execute(),
  );
  for (const r of rows) {
    const e = skeletonAudit(JSON.parse(r.data) as AuditEntry);
    await trx
      .updateTable('audit_log')
      .set({ target: e.target, actor_id: e.actor.id, data: JSON.stringify(e) })
      .where('id', '=', r.id)
      .execute();
  }
  return rows.length;
}

export async function erasePersonalData(
  ctx: RepoContext,
  customerNumber: string,
  auditFor: (counts: ErasureCounts) => AuditEntry,
): Promise<ErasureCounts | null> {
  const counts = await ctx.db.transaction().execute(async (trx) => {
    const s = await findSubject(trx, customerNumber);
    if (!s) return null;
    const timelineEvents = await rewriteTimelines(trx, s.ticketIds);
    await rewriteEscalations(trx, s.ticketIds);
    await each(s.ticketIds, (ids) => trx.deleteFrom('ticket_state').where('ticket_id', 'in', ids).execute());
    await clearSearchDocs(trx, ctx.engine, s.ticketSeqs);
    await each(s.ticketIds, async (ids) => {
      await trx
        .updateTable('tickets')
        .set({ customer_id: null, service_id: null, subject: null })
        .where('id', 'in', ids)
        .execute();
      // Reviewers' scores stay for quality figures; their words about the conversation go.
      await trx
        .updateTable('qa_reviews')
        .set({ comment: ERASED })
        .where('ticket_id', 'in', ids)
        .where('comment', 'is not', null)
        .execute();
    });
    const mail = await deleteMail(trx, s);
    await trx.deleteFrom('verification_attempts').where('customer_number', '=', s.customerNumber).execute();
    const auditEntries = await anonymiseAudit(trx, s);
    // Contacts and services go with the customer (ON DELETE CASCADE); devices lose their service.
    await trx.deleteFrom('customers').where('id', '=', s.customerId).execute();
    const counts: ErasureCounts = { tickets: s.ticketIds.length, timelineEvents, ...mail, auditEntries };
    await new AuditRepository(ctx).appendIn(trx, auditFor(counts));
    return counts;
  });
  if (counts) await flushWal(ctx);
  return counts;
}

/**
 * SQLite keeps old page images in its write-ahead log until a checkpoint; copy the log into the
 * database (where secure_delete has zeroed the freed content) and truncate it.
 */
export async function flushWal(ctx: RepoContext): Promise<void> {
  if (ctx.engine === 'sqlite') await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(ctx.db);
}
