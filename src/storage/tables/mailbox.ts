// Messages of polled IMAP mailboxes the desk has taken (migration 021).
export interface EmailImapMessagesTable {
  /** user@host:port/mailbox: one polled mailbox. */
  mailbox: string;
  /** The mailbox's UIDVALIDITY: UIDs mean something only within one. */
  uid_validity: string;
  uid: number;
  /** processing (claimed until claimed_until) | retry (released after a failure) | done */
  status: string;
  attempts: number;
  claimed_until: string | null;
  /** What the e-mail channel made of it (answered, recorded, rejected, failed). */
  outcome: string | null;
  last_error: string | null;
  updated_at: string;
}

export interface MailboxTables {
  email_imap_messages: EmailImapMessagesTable;
}
