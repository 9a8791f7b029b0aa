import type { OutboundMail } from '../../src/channels/email/ports.js';

/** A reply as the e-mail channel queues it, for outbox and relay tests. */
export const QUEUED_REPLY: OutboundMail = {
  ticketId: null,
  to: 'kund@example.se',
  subject: 'Re: Internet [T-000001]',
  text: 'Hej!',
  html: '<p>Hej!</p>',
  messageId: '<t-000001.1@isp.example>',
  inReplyTo: null,
  references: [],
  headers: {},
};
