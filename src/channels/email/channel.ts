import { randomUUID } from 'node:crypto';
import { simpleParser, type ParsedMail, type AddressObject } from 'mailparser';
import type { Logger } from 'pino';
import type { TicketStore } from '../../tickets/ports.js';
import type { ChannelLinks, ConversationAgent } from '../conversation-port.js';
import { automatedReason } from './loop-guard.js';
import type { EmailStore } from './ports.js';
import { convert } from 'html-to-text';
import { earlierMessageSentAgain, stripReply } from './strip.js';
import { disownsSubject } from './subject.js';
import { cleanText, detectLanguage } from '../../triage/index.js';
import type { Language } from '../../domain/index.js';
import { renderReplyMail, replySubject } from './templates.js';

export interface EmailChannelConfig {
  /** The desk's own address, e.g. support@isp.example. */
  supportAddress: string;
  /** The closing line of every reply per language (the operator's brand); none when not given. */
  signature?: Partial<Record<Language, string>>;
  /** Attachments larger than this are listed on the ticket but not stored. */
  maxAttachmentBytes: number;
  /** Messages one sender may send in an hour before SMTP answers "try again later" (default 30). */
  maxPerSenderPerHour?: number;
}

export interface EmailChannelDeps {
  agent: ConversationAgent;
  tickets: TicketStore;
  links: ChannelLinks;
  store: EmailStore;
  config: EmailChannelConfig;
  log: Logger;
}

export type ReceiveResult =
  | { status: 'answered'; ticketId: string; reference: string; threaded: boolean }
  | { status: 'recorded'; reason: string; ticketId: string | null }
  | { status: 'rejected'; reason: string };

function firstAddress(a: AddressObject | AddressObject[] | undefined): string {
  const list = Array.isArray(a) ? a : a ? [a] : [];
  return (list[0]?.value[0]?.address ?? '').trim().toLowerCase();
}

function referencesOf(mail: ParsedMail): string[] {
  const refs = Array.isArray(mail.references) ? mail.references : mail.references ? [mail.references] : [];
  return [...refs, ...(mail.inReplyTo ? [mail.inReplyTo] : [])].map((r) => r.trim()).filter(Boolean);
}

/** Inbound e-mail → tickets and the agent; the agent's replies → the outbox. */
export class EmailChannel {
  constructor(private readonly deps: EmailChannelDeps) {}

  private get domain(): string {
    return this.deps.config.supportAddress.split('@')[1] ?? 'localhost';
  }

  /**
   * The per-sender limit, counted from the journal so that it holds across desk instances. Over
   * it, SMTP defers (4xx): the sending server retries later and nothing is lost.
   */
  async acceptsSender(address: string): Promise<boolean> {
    const sender = address.trim().toLowerCase();
    if (!sender) return true;
    const max = this.deps.config.maxPerSenderPerHour ?? 30;
    const since = new Date(Date.now() - 60 * 60_000);
    return (await this.deps.store.receivedFrom(sender, since)) < max;
  }

  /** Whether a message with this Message-ID has reached the desk before (or was sent by it). */
  async knows(messageId: string): Promise<boolean> {
    const id = messageId.trim();
    return id !== '' && (await this.deps.links.find('email', [id])) !== null;
  }

  async receive(raw: Buffer): Promise<ReceiveResult> {
    const { store, log } = this.deps;
    let mail: ParsedMail;
    try {
      mail = await simpleParser(raw, { skipImageLinks: true, maxHtmlLengthToParse: 2_000_000 });
      // mailparser reads anything; bytes without a single header field are no e-mail at all.
      if (mail.headers.size === 0) throw new Error('no header fields');
    } catch (err) {
      const reason = `unparseable message: ${(err as Error).message}`;
      await store.journal({
        messageId: `<unparsed-${randomUUID()}@${this.domain}>`,
        from: '',
        subject: '',
        classification: 'rejected',
        reason,
        ticketId: null,
        raw,
      });
      return { status: 'rejected', reason };
    }
    const messageId = mail.messageId?.trim() || `<generated-${randomUUID()}@${this.domain}>`;
    const from = firstAddress(mail.from);
    const subject = (mail.subject ?? '').slice(0, 500);
    const headers = { get: (name: string) => headerText(mail.headers.get(name)) };
    const threadTicketId = await this.findThread(mail, from);

    const automated = automatedReason(headers, from, subject, this.domain);
    if (automated || !from) {
      const reason = automated ?? 'no sender address';
      await store.journal({
        messageId,
        from,
        subject,
        classification: 'automated',
        reason,
        ticketId: threadTicketId,
        raw,
      });
      if (threadTicketId) {
        await this.deps.tickets.append(threadTicketId, [
          {
            type: 'note',
            actor: { kind: 'system', id: null },
            internal: true,
            text: `Automated e-mail from ${from || 'unknown sender'} recorded, not answered (${reason}): ${subject}`,
          },
        ]);
      }
      log.info({ messageId, reason }, 'automated e-mail recorded, not answered');
      return { status: 'recorded', reason, ticketId: threadTicketId };
    }

    const plain = mail.text?.trim() ? mail.text : typeof mail.html === 'string' ? htmlAsText(mail.html) : '';
    const own = stripReply(plain);
    // A first mail that sends an unanswered one again: the quoted earlier message is the request too.
    const earlier = threadTicketId ? null : earlierMessageSentAgain(plain, own);
    const body = (earlier ? `${own}\n\n${earlier}` : own).slice(0, 20_000);
    let ticketId = threadTicketId;
    let reference: string;
    const preReplies = [];
    if (ticketId) {
      const t = await this.deps.tickets.get(ticketId);
      reference = t?.reference ?? '';
    } else {
      // The whole first mail is at hand: greet in its language, not the profile's or both.
      const language = mailLanguage(`${subject}\n${body}`);
      const started = await this.deps.agent.startConversation({
        channel: 'email',
        customerHint: { email: from },
        subject,
        language,
      });
      ticketId = started.ticketId;
      reference = started.reference;
      preReplies.push(...started.replies);
    }
    await this.deps.links.link('email', messageId, ticketId);
    await store.journal({
      messageId,
      from,
      subject,
      classification: 'customer',
      reason: null,
      ticketId,
      raw,
    });
    const attachments = await this.storeAttachments(ticketId, mail);
    const isReply = threadTicketId !== null || /^\s*(re|sv|aw)\s*:/i.test(subject);
    // A subject the body disowns ("ignore the subject, I reused an old mail") says nothing about the request.
    const bodyOnly = isReply || !subject || (body.trim() !== '' && disownsSubject(body));
    const text = (bodyOnly ? body : `${subject}\n\n${body}`).trim() || subject || '(empty message)';
    const replies = await this.deps.agent.handleMessage(ticketId, text, {
      email: { messageId, from, subject, attachments },
    });
    const all = [...preReplies, ...replies];
    if (all.length)
      await this.enqueueReply(ticketId, reference, from, subject, messageId, referencesOf(mail), all);
    return { status: 'answered', ticketId, reference, threaded: threadTicketId !== null };
  }

  /** Sends agent messages that arrive outside a customer's e-mail (reminders, incident news, staff replies). */
  async sendUnprompted(ticketId: string, replies: Parameters<typeof renderReplyMail>[0]): Promise<void> {
    const ticket = await this.deps.tickets.get(ticketId);
    if (!ticket) return;
    const last = (await this.deps.store.outbox({ ticketId })).at(-1);
    if (!last) return;
    await this.enqueueReply(
      ticketId,
      ticket.reference,
      last.to,
      ticket.subject ?? '',
      last.messageId,
      last.references,
      replies,
    );
  }

  /**
   * A mail joins a ticket only when it answers a Message-ID the desk itself issued for that ticket
   * AND comes from the address that mail went to. Ticket references in the subject are sequential
   * and public, so they never thread: anything else starts a new, unverified ticket.
   */
  private async findThread(mail: ParsedMail, from: string): Promise<string | null> {
    if (!from) return null;
    const issued = referencesOf(mail).filter((id) => this.issuedByDesk(id));
    if (!issued.length) return null;
    const ticketId = await this.deps.links.find('email', issued);
    if (!ticketId) return null;
    const sent = await this.deps.store.outbox({ ticketId });
    const answered = sent.some((m) => issued.includes(m.messageId) && m.to.trim().toLowerCase() === from);
    if (!answered) {
      this.deps.log.warn(
        { ticketId, from },
        'e-mail cites a desk Message-ID but not from its recipient: new ticket',
      );
      return null;
    }
    return ticketId;
  }

  private issuedByDesk(messageId: string): boolean {
    return (
      messageId.startsWith('<') &&
      messageId.toLowerCase().endsWith(`@${this.domain.toLowerCase()}>`) &&
      ISSUED_ID.test(messageId)
    );
  }

  private async storeAttachments(ticketId: string, mail: ParsedMail) {
    const out: {
      filename: string;
      contentType: string;
      size: number;
      stored: boolean;
      id?: string;
      reason?: string;
    }[] = [];
    for (const a of mail.attachments ?? []) {
      const filename = (a.filename ?? 'attachment').slice(0, 200);
      const size = a.size ?? a.content.length;
      if (size > this.deps.config.maxAttachmentBytes) {
        out.push({ filename, contentType: a.contentType, size, stored: false, reason: 'too large' });
        continue;
      }
      const id = await this.deps.store.saveAttachment(ticketId, {
        filename,
        contentType: a.contentType,
        size,
        content: a.content,
      });
      out.push({ filename, contentType: a.contentType, size, stored: true, id });
    }
    return out;
  }

  private async enqueueReply(
    ticketId: string,
    reference: string,
    to: string,
    subject: string,
    inReplyTo: string,
    references: string[],
    replies: Parameters<typeof renderReplyMail>[0],
  ): Promise<void> {
    const ticket = await this.deps.tickets.get(ticketId);
    const language = ticket?.language ?? 'sv';
    const { text, html } = renderReplyMail(
      replies,
      language,
      reference,
      this.deps.config.signature?.[language],
    );
    const last = replies[replies.length - 1];
    const messageId = issuedMessageId(reference, this.domain);
    await this.deps.links.link('email', messageId, ticketId);
    await this.deps.store.enqueue({
      ticketId,
      to,
      subject: replySubject(subject, reference),
      text,
      html,
      messageId,
      inReplyTo,
      references: [...new Set([...references, inReplyTo])].slice(-20),
      headers: {
        'Auto-Submitted': 'auto-replied',
        'X-Auto-Response-Suppress': 'All',
        'X-Frontline-Ticket': reference,
        ...(last?.askKey ? { 'X-Frontline-Ask-Key': last.askKey } : {}),
        ...(last?.final ? { 'X-Frontline-Final': 'true' } : {}),
      },
    });
  }
}

/** Message-IDs the desk issues: the ticket reference and a random UUID, so a reply proves receipt. */
const ISSUED_ID = /^<T-\d+\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@/i;

function issuedMessageId(reference: string, domain: string): string {
  return `<${reference}.${randomUUID()}@${domain}>`;
}

/** An HTML-only body as text: images and quoted history dropped, links as their text. */
function htmlAsText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'img', format: 'skip' },
      { selector: 'blockquote', format: 'skip' },
      { selector: 'a', options: { ignoreHref: true } },
    ],
  });
}

/** The mail's language when the text says so clearly; otherwise the agent decides from the profile. */
function mailLanguage(text: string): Language | undefined {
  const guess = detectLanguage(cleanText(text));
  return guess.confidence >= 0.6 && !guess.foreign ? guess.language : undefined;
}

function headerText(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && 'value' in (v as Record<string, unknown>))
    return String((v as { value: unknown }).value);
  if (typeof v === 'object' && 'text' in (v as Record<string, unknown>))
    return String((v as { text: unknown }).text);
  return String(v);
}
