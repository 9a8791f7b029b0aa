import type { TimelineEvent } from '../../domain/index.js';
import type { RetentionCutoffs, SweepCounts } from '../../privacy/ports.js';
import { withoutWords } from '../../privacy/skeleton.js';
import type { RepoContext } from '../common.js';
import { clearSearchDocs, flushWal } from './erase.js';

// Retention: conversations of tickets without activity for the configured time lose their words
// (timeline texts, transcript, search document); raw mail, attachments and sent mail past their
// time are deleted. A redacted ticket is marked so that later sweeps skip it.

export const REDACTED_STATE_KEY = 'privacy.redacted';
const BATCH = 200;

/** Redacts the next batch of idle tickets after `afterSeq`; returns how many and where it stopped. */
async function redactBatch(
  ctx: RepoContext,
  before: string,
  afterSeq: number,
): Promise<{ n: number; lastSeq: number }> {
  const { db, engine } = ctx;
  return db.transaction().execute(async (trx) => {
    const tickets = await trx
      .selectFrom('tickets')
      .select(['id', 'seq'])
      .where('seq', '>', afterSeq)
      .where('updated_at', '<', before)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('ticket_state')
              .select('ticket_id')
              .whereRef('ticket_state.ticket_id', '=', 'tickets.id')
              .where('key', '=', REDACTED_STATE_KEY),
          ),
        ),
      )
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    if (tickets.length === 0) return { n: 0, lastSeq: afterSeq };
    const ids = tickets.map((t) => t.id);
    const events = await trx
      .selectFrom('ticket_events')
      .select(['id', 'data'])
      .where('ticket_id', 'in', ids)
      .execute();
    for (const r of events) {
      const before = JSON.parse(r.data) as TimelineEvent;
      const after = withoutWords(before);
      if (after !== before)
        await trx
          .updateTable('ticket_events')
          .set({ data: JSON.stringify(after) })
          .where('id', '=', r.id)
          .execute();
    }
    await trx
      .deleteFrom('ticket_state')
      .where('ticket_id', 'in', ids)
      .where('key', '=', 'transcript')
      .execute();
    await trx.updateTable('tickets').set({ subject: null }).where('id', 'in', ids).execute();
    await clearSearchDocs(
      trx,
      engine,
      tickets.map((t) => Number(t.seq)),
    );
    const at = JSON.stringify(ctx.now().toISOString());
    await trx
      .insertInto('ticket_state')
      .values(ids.map((id) => ({ ticket_id: id, key: REDACTED_STATE_KEY, value: at })))
      .execute();
    return { n: tickets.length, lastSeq: Number(tickets[tickets.length - 1].seq) };
  });
}

export async function sweepRetention(ctx: RepoContext, cutoffs: RetentionCutoffs): Promise<SweepCounts> {
  const counts: SweepCounts = { transcripts: 0, mailsReceived: 0, attachments: 0, mailsSent: 0 };
  if (cutoffs.transcriptsBefore) {
    const before = cutoffs.transcriptsBefore.toISOString();
    // Walks the tickets once in seq order, a batch per transaction.
    for (let r = await redactBatch(ctx, before, 0); r.n > 0; r = await redactBatch(ctx, before, r.lastSeq))
      counts.transcripts += r.n;
  }
  if (cutoffs.rawMailBefore) {
    const before = cutoffs.rawMailBefore.toISOString();
    const { db } = ctx;
    counts.mailsReceived = Number(
      (await db.deleteFrom('email_journal').where('received_at', '<', before).executeTakeFirst())
        .numDeletedRows,
    );
    counts.attachments = Number(
      (await db.deleteFrom('attachments').where('created_at', '<', before).executeTakeFirst()).numDeletedRows,
    );
    counts.mailsSent = Number(
      (
        await db
          .deleteFrom('email_outbox')
          .where('created_at', '<', before)
          .where('status', 'in', ['sent', 'failed'])
          .executeTakeFirst()
      ).numDeletedRows,
    );
  }
  if (Object.values(counts).some((n) => n > 0)) await flushWal(ctx);
  return counts;
}
