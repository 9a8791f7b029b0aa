import type { Channel } from '../../domain/index.js';

export interface JournalEntry {
  messageId: string;
  from: string;
  subject: string;
  /** customer: handed to the agent; automated: recorded, never answered; rejected: unusable. */
  classification: 'customer' | 'automated' | 'rejected';
  reason: string | null;
  ticketId: string | null;
  raw: Buffer;
}

export interface StoredAttachment {
  filename: string;
  contentType: string;
  size: number;
  content: Buffer;
}

export interface OutboundMail {
  ticketId: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  headers: Record<string, string>;
}

export interface OutboxItem extends OutboundMail {
  id: string;
  attempts: number;
}

/** The e-mail channel's own records: a journal of every received message, attachments, the outbox. */
export interface EmailStore {
  journal(entry: JournalEntry): Promise<void>;
  /** How many journalled messages came from `address` since `since` (the per-sender rate limit). */
  receivedFrom(address: string, since: Date): Promise<number>;
  saveAttachment(ticketId: string, attachment: StoredAttachment): Promise<string>;
  enqueue(mail: OutboundMail): Promise<string>;
  due(now: Date, limit: number): Promise<OutboxItem[]>;
  markSent(id: string): Promise<void>;
  markFailed(id: string, error: string, nextAttemptAt: Date | null): Promise<void>;
  outbox(filter?: {
    ticketId?: string;
  }): Promise<(OutboxItem & { status: string; lastError: string | null })[]>;
  /** A ticket's stored attachments (without their content), oldest first. */
  attachments(ticketId: string): Promise<AttachmentInfo[]>;
  /** One attachment of a ticket with its content; null when the ticket has no such attachment. */
  attachment(ticketId: string, id: string): Promise<(AttachmentInfo & { content: Buffer }) | null>;
  /** Mail per status, and the latest failed mail (newest first), for the admin API. */
  outboxSummary(failedLimit: number): Promise<OutboxSummary>;
}

export interface AttachmentInfo {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  createdAt: string;
}

export interface OutboxSummary {
  counts: Record<string, number>;
  failed: {
    id: string;
    ticketId: string | null;
    to: string;
    subject: string;
    attempts: number;
    lastError: string | null;
    createdAt: string;
  }[];
}

export type { Channel };

/**
 * Which messages of a polled IMAP mailbox the desk has taken, by UID within one UIDVALIDITY. A
 * message is claimed before it is read and finished after it is a ticket, so instances sharing
 * the database never take one twice and a restart resumes after the last one.
 */
export interface MailboxCursor {
  /** The highest UID recorded for the mailbox in this UIDVALIDITY; null when none is. */
  last(mailbox: string, uidValidity: string): Promise<number | null>;
  /** Takes a message; false when it is finished or another live claim holds it. */
  claim(mailbox: string, uidValidity: string, uid: number, now: Date, holdMs: number): Promise<boolean>;
  /** UIDs that were released, or whose claim ran out (the holder died), with their attempts so far. */
  unfinished(mailbox: string, uidValidity: string, now: Date): Promise<{ uid: number; attempts: number }[]>;
  finish(mailbox: string, uidValidity: string, uid: number, outcome: string): Promise<void>;
  /** Gives a claimed message back after a failure; it is taken again on the next sweep. */
  release(mailbox: string, uidValidity: string, uid: number, error: string): Promise<void>;
  /**
   * Forgets finished messages last touched before `before`, except the highest UID of the current
   * UIDVALIDITY (where the next sweep starts), and every row of other UIDVALIDITYs. Returns how many.
   */
  prune(mailbox: string, uidValidity: string, before: Date): Promise<number>;
}
