// The simulated customer on the e-mail channel: writes to the desk's SMTP listener and reads the
// desk's answers from a relay sink (the desk's outbound SMTP relay points at it).
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import type { Desk } from '../src/server/desk.js';
import type { AgentMessage, CustomerChannel } from './harness.js';
import type { Scenario } from './scenario-schema.js';

interface SunkMail {
  to: string[];
  messageId: string;
  subject: string;
  text: string;
  headers: Map<string, unknown>;
}

const header = (m: SunkMail, name: string): string | null => {
  const v = m.headers.get(name.toLowerCase());
  return typeof v === 'string' ? v : null;
};

export class EmailCustomer {
  private readonly inbox: SunkMail[] = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly relayUrl: string,
  ) {}

  static async startSink(): Promise<EmailCustomer> {
    let self: EmailCustomer | null = null;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData(stream, session, cb) {
        simpleParser(stream)
          .then((mail) => {
            self?.inbox.push({
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              messageId: mail.messageId ?? '',
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              headers: mail.headers as Map<string, unknown>,
            });
            cb();
          })
          .catch((err: Error) => cb(err));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const port = (server.server.address() as AddressInfo).port;
    self = new EmailCustomer(server, `smtp://127.0.0.1:${port}`);
    return self;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  customer(scenario: Scenario, smtpPort: number, desk: Desk): CustomerChannel {
    const address = scenario.subscriber.email.toLowerCase();
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: smtpPort,
      secure: false,
      ignoreTLS: true,
    });
    const support = desk.services.config.supportAddress;
    let seen = 0;
    let last: SunkMail | null = null;
    let ticketId: string | null = null;
    let subject = scenario.persona.subject ?? scenario.persona.opening.split(/\s+/).slice(0, 6).join(' ');

    const collect = async (): Promise<{ replies: AgentMessage[]; ended: boolean }> => {
      await desk.services.mail.outbox.flush();
      const fresh = this.inbox.filter((m) => m.to.includes(address)).slice(seen);
      seen += fresh.length;
      const replies: AgentMessage[] = [];
      for (const m of fresh) {
        last = m;
        const reference = header(m, 'x-frontline-ticket');
        if (reference && !ticketId)
          ticketId = (await desk.services.repos.tickets.getByReference(reference))?.id ?? null;
        replies.push({
          text: m.text,
          askKey: header(m, 'x-frontline-ask-key'),
          final: header(m, 'x-frontline-final') === 'true',
        });
      }
      return { replies, ended: replies.some((r) => r.final) };
    };

    const send = async (text: string) => {
      const previous = last as SunkMail | null;
      await transport.sendMail({
        from: { name: scenario.subscriber.name, address },
        to: support,
        subject: previous
          ? /^re:/i.test(previous.subject)
            ? previous.subject
            : `Re: ${previous.subject}`
          : subject,
        text,
        ...(previous?.messageId ? { inReplyTo: previous.messageId, references: [previous.messageId] } : {}),
      });
      return collect();
    };

    return {
      open: async (opening) => {
        subject = scenario.persona.subject ?? subject;
        return (await send(opening)).replies;
      },
      send,
      ticketId: () => ticketId,
      close: async () => transport.close(),
    };
  }
}
