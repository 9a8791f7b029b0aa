// Staff members' e-mail notification settings and the notices already mailed (in the database, so
// the mailing job can run on any instance and mails each notice once).
import type { Kysely } from 'kysely';
import type { StaffNoticeTables } from '../storage/tables/staff-notices.js';

export const NOTICE_KINDS = ['queue', 'reply', 'sla'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export interface NotifySettings {
  username: string;
  email: string;
  events: NoticeKind[];
  updatedAt: string;
}

export interface NoticeStore {
  settings(username: string): Promise<NotifySettings | null>;
  allSettings(): Promise<NotifySettings[]>;
  /** Saves (or, with no events, removes) a staff member's settings. */
  save(s: NotifySettings): Promise<void>;
  /** Records a notice; false when it was recorded before (by this or another instance). */
  claim(n: {
    username: string;
    ticketId: string;
    kind: NoticeKind;
    mark: string;
    at: string;
  }): Promise<boolean>;
}

const toSettings = (r: StaffNoticeTables['staff_notify_settings']): NotifySettings => ({
  username: r.username,
  email: r.email,
  events: JSON.parse(r.events) as NoticeKind[],
  updatedAt: r.updated_at,
});

export function createKyselyNoticeStore(db: Kysely<StaffNoticeTables>): NoticeStore {
  return {
    async settings(username) {
      const r = await db
        .selectFrom('staff_notify_settings')
        .selectAll()
        .where('username', '=', username)
        .executeTakeFirst();
      return r ? toSettings(r) : null;
    },
    async allSettings() {
      return (await db.selectFrom('staff_notify_settings').selectAll().execute()).map(toSettings);
    },
    async save(s) {
      if (s.events.length === 0) {
        await db.deleteFrom('staff_notify_settings').where('username', '=', s.username).execute();
        return;
      }
      const row = {
        username: s.username,
        email: s.email,
        events: JSON.stringify(s.events),
        updated_at: s.updatedAt,
      };
      await db
        .insertInto('staff_notify_settings')
        .values(row)
        .onConflict((oc) =>
          oc
            .column('username')
            .doUpdateSet({ email: row.email, events: row.events, updated_at: row.updated_at }),
        )
        .execute();
    },
    async claim(n) {
      const r = await db
        .insertInto('staff_notices_sent')
        .values({ username: n.username, ticket_id: n.ticketId, kind: n.kind, mark: n.mark, sent_at: n.at })
        .onConflict((oc) => oc.columns(['username', 'ticket_id', 'kind', 'mark']).doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
    },
  };
}
