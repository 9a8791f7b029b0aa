import type { Kysely } from 'kysely';
import type { MailboxCursor } from '../channels/email/ports.js';
import type { MailboxTables } from './tables/mailbox.js';

type Db = Kysely<MailboxTables>;

/** The polled mailboxes' UIDs in the database (table email_imap_messages). */
export function createMailboxCursor(db: Db, clock: () => Date = () => new Date()): MailboxCursor {
  const row = (mailbox: string, uidValidity: string, uid: number) =>
    db
      .updateTable('email_imap_messages')
      .where('mailbox', '=', mailbox)
      .where('uid_validity', '=', uidValidity)
      .where('uid', '=', uid);
  const cursor: MailboxCursor = {
    async last(mailbox, uidValidity) {
      const r = await db
        .selectFrom('email_imap_messages')
        .select((eb) => eb.fn.max('uid').as('uid'))
        .where('mailbox', '=', mailbox)
        .where('uid_validity', '=', uidValidity)
        .executeTakeFirst();
      return r?.uid === null || r?.uid === undefined ? null : Number(r.uid);
    },
    async claim(mailbox, uidValidity, uid, now, holdMs) {
      const until = new Date(now.getTime() + holdMs).toISOString();
      const inserted = await db
        .insertInto('email_imap_messages')
        .values({
          mailbox,
          uid_validity: uidValidity,
          uid,
          status: 'processing',
          attempts: 1,
          claimed_until: until,
          outcome: null,
          last_error: null,
          updated_at: now.toISOString(),
        })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return true;
      // Taken before: again only when released or when its holder's claim ran out.
      const taken = await row(mailbox, uidValidity, uid)
        .set((eb) => ({
          status: 'processing',
          attempts: eb('attempts', '+', 1),
          claimed_until: until,
          updated_at: now.toISOString(),
        }))
        .where((eb) =>
          eb.or([
            eb('status', '=', 'retry'),
            eb.and([eb('status', '=', 'processing'), eb('claimed_until', '<', now.toISOString())]),
          ]),
        )
        .executeTakeFirst();
      return Number(taken.numUpdatedRows) === 1;
    },
    async unfinished(mailbox, uidValidity, now) {
      const rows = await db
        .selectFrom('email_imap_messages')
        .select(['uid', 'attempts'])
        .where('mailbox', '=', mailbox)
        .where('uid_validity', '=', uidValidity)
        .where((eb) =>
          eb.or([
            eb('status', '=', 'retry'),
            eb.and([eb('status', '=', 'processing'), eb('claimed_until', '<', now.toISOString())]),
          ]),
        )
        .orderBy('uid')
        .execute();
      return rows.map((r) => ({ uid: Number(r.uid), attempts: Number(r.attempts) }));
    },
    async finish(mailbox, uidValidity, uid, outcome) {
      await row(mailbox, uidValidity, uid)
        .set({ status: 'done', outcome, claimed_until: null, updated_at: clock().toISOString() })
        .execute();
    },
    async prune(mailbox, uidValidity, before) {
      const last = await cursor.last(mailbox, uidValidity);
      const r = await db
        .deleteFrom('email_imap_messages')
        .where('mailbox', '=', mailbox)
        .where('updated_at', '<', before.toISOString())
        .where((eb) =>
          eb.or([
            eb('uid_validity', '!=', uidValidity),
            eb.and([eb('status', '=', 'done'), eb('uid', '<', last ?? 0)]),
          ]),
        )
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    async release(mailbox, uidValidity, uid, error) {
      await row(mailbox, uidValidity, uid)
        .set({
          status: 'retry',
          claimed_until: null,
          last_error: error.slice(0, 1000),
          updated_at: clock().toISOString(),
        })
        .execute();
    },
  };
  return cursor;
}
