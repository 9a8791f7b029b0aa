import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Channel } from '../domain/index.js';
import type { ChannelLinks } from '../channels/conversation-port.js';
import type {
  EmailStore,
  JournalEntry,
  OutboundMail,
  OutboxItem,
  StoredAttachment,
} from '../channels/email/ports.js';
import { maskRawMail } from '../security/mask-mail.js';
import { maskSecretText } from '../security/mask.js';
import type { SecretBox } from '../security/secrets.js';
import type { ChannelTables, EmailOutboxTable } from './tables/channels.js';

type Db = Kysely<ChannelTables>;

/** How long a claimed mail stays with its sender before another worker may take it (sends time out far sooner). */
export const OUTBOX_CLAIM_MS = 10 * 60_000;

export function createChannelLinks(db: Db): ChannelLinks {
  return {
    async find(channel: Channel, externalIds: string[]) {
      if (!externalIds.length) return null;
      const row = await db
        .selectFrom('channel_links')
        .select('ticket_id')
        .where('channel', '=', channel)
        .where('external_id', 'in', externalIds.slice(0, 50))
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
      return row?.ticket_id ?? null;
    },
    async link(channel, externalId, ticketId) {
      await db
        .insertInto('channel_links')
        .values({
          channel,
          external_id: externalId,
          ticket_id: ticketId,
          created_at: new Date().toISOString(),
        })
        .onConflict((oc) => oc.columns(['channel', 'external_id']).doNothing())
        .execute();
    },
  };
}

type Selected = Omit<EmailOutboxTable, 'secret_enc'> & { secret_enc?: string | null };

interface MailBodies {
  subject: string;
  text: string;
  html: string;
}

function maskBodies(m: MailBodies): MailBodies {
  return { subject: maskSecretText(m.subject), text: maskSecretText(m.text), html: maskSecretText(m.html) };
}

function toItem(r: Selected): OutboxItem & { status: string; lastError: string | null } {
  return {
    id: r.id,
    ticketId: r.ticket_id,
    to: r.to_address,
    subject: r.subject,
    text: r.text_body,
    html: r.html_body,
    messageId: r.message_id,
    inReplyTo: r.in_reply_to,
    references: JSON.parse(r.references_json) as string[],
    headers: JSON.parse(r.headers_json) as Record<string, string>,
    attempts: r.attempts,
    status: r.status,
    lastError: r.last_error,
  };
}

export interface EmailStoreOptions {
  /**
   * Encrypts the unmasked text of a mail that holds a secret (a new Wi-Fi key) while it waits to be
   * sent; the row itself only ever holds the masked text. Without a box such a mail is kept in
   * clear until it is sent or given up, then masked.
   */
  box?: SecretBox;
}

export function createEmailStore(db: Db, opts: EmailStoreOptions = {}): EmailStore {
  const { box } = opts;

  /** The mail as it is sent: the encrypted original when there is one. */
  function unmasked(r: Selected): Selected {
    if (!r.secret_enc || !box) return r;
    const m = JSON.parse(box.decrypt(r.secret_enc)) as MailBodies;
    return { ...r, subject: m.subject, text_body: m.text, html_body: m.html };
  }

  /** Once a mail is sent or given up, only its masked text stays. */
  async function scrub(id: string, extra: Partial<EmailOutboxTable>): Promise<void> {
    const r = await db
      .selectFrom('email_outbox')
      .select(['subject', 'text_body', 'html_body'])
      .where('id', '=', id)
      .executeTakeFirst();
    const masked = r ? maskBodies({ subject: r.subject, text: r.text_body, html: r.html_body }) : null;
    await db
      .updateTable('email_outbox')
      .set({
        ...extra,
        secret_enc: null,
        ...(masked ? { subject: masked.subject, text_body: masked.text, html_body: masked.html } : {}),
      })
      .where('id', '=', id)
      .execute();
  }

  return {
    async journal(e: JournalEntry) {
      await db
        .insertInto('email_journal')
        .values({
          id: randomUUID(),
          message_id: e.messageId,
          from_address: e.from,
          subject: maskSecretText(e.subject),
          classification: e.classification,
          reason: e.reason,
          ticket_id: e.ticketId,
          raw: await maskRawMail(e.raw),
          size: e.raw.length,
          received_at: new Date().toISOString(),
        })
        .execute();
    },
    async receivedFrom(address: string, since: Date) {
      const row = await db
        .selectFrom('email_journal')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('from_address', '=', address.trim().toLowerCase())
        .where('received_at', '>=', since.toISOString())
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async saveAttachment(ticketId: string, a: StoredAttachment) {
      const id = randomUUID();
      // A text attachment is read like a message: its secrets are masked too.
      const text = a.contentType.startsWith('text/');
      const content = text ? Buffer.from(maskSecretText(a.content.toString('utf8')), 'utf8') : a.content;
      await db
        .insertInto('attachments')
        .values({
          id,
          ticket_id: ticketId,
          filename: a.filename,
          content_type: a.contentType,
          size: text ? content.length : a.size,
          content,
          created_at: new Date().toISOString(),
        })
        .execute();
      return id;
    },
    async enqueue(m: OutboundMail) {
      const id = randomUUID();
      const now = new Date().toISOString();
      const masked = maskBodies(m);
      const secret =
        box && (masked.subject !== m.subject || masked.text !== m.text || masked.html !== m.html);
      const kept = secret ? masked : m;
      await db
        .insertInto('email_outbox')
        .values({
          id,
          ticket_id: m.ticketId,
          to_address: m.to,
          subject: kept.subject,
          text_body: kept.text,
          html_body: kept.html,
          secret_enc: secret
            ? box.encrypt(JSON.stringify({ subject: m.subject, text: m.text, html: m.html }))
            : null,
          message_id: m.messageId,
          in_reply_to: m.inReplyTo,
          references_json: JSON.stringify(m.references),
          headers_json: JSON.stringify(m.headers),
          status: 'queued',
          attempts: 0,
          next_attempt_at: now,
          last_error: null,
          created_at: now,
          sent_at: null,
        })
        .execute();
      return id;
    },
    /**
     * Claims up to `limit` mails that are due and returns only those this caller won: each row moves
     * from its read state to `sending` with a lease in one conditional UPDATE (compare-and-set on
     * status and next_attempt_at), so two desk instances polling the same outbox never both get the
     * same mail. A claim whose sender died is due again when its lease ends (at-least-once).
     */
    async due(now: Date, limit: number) {
      const rows = await db
        .selectFrom('email_outbox')
        .selectAll()
        .where('status', 'in', ['queued', 'sending'])
        .where('next_attempt_at', '<=', now.toISOString())
        .orderBy('created_at')
        .limit(limit)
        .execute();
      const leaseUntil = new Date(now.getTime() + OUTBOX_CLAIM_MS).toISOString();
      const claimed: ReturnType<typeof toItem>[] = [];
      for (const r of rows) {
        // Taking over an expired claim counts as a failed attempt of the sender that held it.
        const stale = r.status === 'sending';
        const claim = {
          ...r,
          status: 'sending',
          next_attempt_at: leaseUntil,
          attempts: r.attempts + (stale ? 1 : 0),
        };
        const res = await db
          .updateTable('email_outbox')
          .set({
            status: claim.status,
            next_attempt_at: leaseUntil,
            attempts: claim.attempts,
            ...(stale ? { last_error: 'claim expired before the send was confirmed' } : {}),
          })
          .where('id', '=', r.id)
          .where('status', '=', r.status)
          .where('next_attempt_at', '=', r.next_attempt_at)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 1) claimed.push(toItem(unmasked(claim)));
      }
      return claimed;
    },
    async markSent(id: string) {
      await scrub(id, { status: 'sent', sent_at: new Date().toISOString(), next_attempt_at: null });
    },
    async markFailed(id: string, error: string, nextAttemptAt: Date | null) {
      if (!nextAttemptAt) await scrub(id, {});
      await db
        .updateTable('email_outbox')
        .set({
          attempts: sql<number>`attempts + 1`,
          last_error: error.slice(0, 1000),
          status: nextAttemptAt ? 'queued' : 'failed',
          next_attempt_at: nextAttemptAt?.toISOString() ?? null,
        })
        .where('id', '=', id)
        .execute();
    },
    async attachments(ticketId) {
      const rows = await db
        .selectFrom('attachments')
        .select(['id', 'filename', 'content_type', 'size', 'created_at'])
        .where('ticket_id', '=', ticketId)
        .orderBy('created_at')
        .orderBy('filename')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        filename: r.filename,
        contentType: r.content_type,
        size: r.size,
        createdAt: r.created_at,
      }));
    },
    async attachment(ticketId, id) {
      const r = await db
        .selectFrom('attachments')
        .selectAll()
        .where('ticket_id', '=', ticketId)
        .where('id', '=', id)
        .executeTakeFirst();
      return r
        ? {
            id: r.id,
            filename: r.filename,
            contentType: r.content_type,
            size: r.size,
            createdAt: r.created_at,
            content: Buffer.from(r.content),
          }
        : null;
    },
    async outboxSummary(failedLimit) {
      const counts = await db
        .selectFrom('email_outbox')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('status')
        .execute();
      const failed = await db
        .selectFrom('email_outbox')
        .select(['id', 'ticket_id', 'to_address', 'subject', 'attempts', 'last_error', 'created_at'])
        .where('status', '=', 'failed')
        .orderBy('created_at', 'desc')
        .limit(failedLimit)
        .execute();
      return {
        counts: Object.fromEntries(counts.map((c) => [c.status, Number(c.n)])),
        failed: failed.map((f) => ({
          id: f.id,
          ticketId: f.ticket_id,
          to: f.to_address,
          subject: f.subject,
          attempts: f.attempts,
          lastError: f.last_error,
          createdAt: f.created_at,
        })),
      };
    },
    async outbox(filter) {
      let q = db.selectFrom('email_outbox').selectAll().orderBy('created_at');
      if (filter?.ticketId) q = q.where('ticket_id', '=', filter.ticketId);
      return (await q.execute()).map((r) => {
        const item = toItem(r);
        return { ...item, ...maskBodies(item) };
      });
    },
  };
}
