// Channel tables: external-id links (e-mail Message-IDs, call ids), the e-mail journal,
// attachments and the outbound e-mail queue.

export interface ChannelLinksTable {
  channel: string;
  external_id: string;
  ticket_id: string;
  created_at: string;
}

export interface EmailJournalTable {
  id: string;
  message_id: string;
  from_address: string;
  subject: string;
  classification: string;
  reason: string | null;
  ticket_id: string | null;
  raw: Buffer;
  size: number;
  received_at: string;
}

export interface AttachmentsTable {
  id: string;
  ticket_id: string;
  filename: string;
  content_type: string;
  size: number;
  content: Buffer;
  created_at: string;
}

export interface EmailOutboxTable {
  id: string;
  ticket_id: string | null;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  message_id: string;
  in_reply_to: string | null;
  /** JSON string[] */
  references_json: string;
  /** JSON Record<string,string> */
  headers_json: string;
  status: string;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  /** The unmasked subject and bodies, encrypted, while the mail waits to be sent (009); null once sent. */
  secret_enc: string | null;
}

export interface ChannelTables {
  channel_links: ChannelLinksTable;
  email_journal: EmailJournalTable;
  attachments: AttachmentsTable;
  email_outbox: EmailOutboxTable;
}
