import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse, stringify } from 'yaml';
import { demoOperatorFile } from '../../src/operator/load.js';
import { loadConfig } from '../../src/server/config.js';
import { createDesk } from '../../src/server/desk.js';
import { testDeskEnv } from '../helpers/desk-env.js';
import { RUN_IMAP, customerMail, deliver, imapServer, mailboxHands } from '../helpers/dovecot.js';
import { freshSchema } from '../helpers/pg-schema.js';

// The whole desk with the operator file's adapters.imap pointing at Dovecot: a customer's mail
// delivered to the support mailbox becomes a ticket, and the agent's reply leaves through the relay.

const PG = process.env.TEST_DATABASE_URL;
const dir = mkdtempSync(join(tmpdir(), 'frontline-imap-desk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PASSWORD_ENV = 'FRONTLINE_TEST_IMAP_PASSWORD';

const engines = [
  {
    name: 'SQLite',
    target: async () => ({ databaseUrl: join(dir, 'desk.db'), drop: async () => undefined }),
  },
  ...(PG ? [{ name: 'PostgreSQL', target: () => freshSchema(PG, 'imapdesk') }] : []),
];

describe.skipIf(!RUN_IMAP).each(engines)(
  'a desk reading the support mailbox over IMAP ($name)',
  ({ target }) => {
    let hands: Awaited<ReturnType<typeof mailboxHands>>;
    let relay: SMTPServer;
    let relayPort = 0;
    const relayed: ParsedMail[] = [];

    beforeAll(async () => {
      process.env[PASSWORD_ENV] = imapServer().password;
      hands = await mailboxHands();
      relay = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onData(stream, _s, cb) {
          simpleParser(stream).then((m) => {
            relayed.push(m);
            cb();
          }, cb);
        },
      });
      await new Promise<void>((r) => relay.listen(0, '127.0.0.1', () => r()));
      relayPort = (relay.server.address() as { port: number }).port;
    });
    afterAll(async () => {
      await hands?.close();
      await new Promise<void>((r) => (relay ? relay.close(() => r()) : r()));
    });

    it(
      'turns mail in the mailbox into a ticket and sends the reply through the relay',
      { timeout: 60_000 },
      async () => {
        const folder = await hands.folder();
        const server = imapServer();
        const operator = parse(readFileSync(demoOperatorFile(), 'utf8')) as {
          adapters: Record<string, unknown>;
        };
        operator.adapters.imap = {
          host: server.host,
          port: server.port,
          tls: 'none',
          user: server.user,
          passwordEnv: PASSWORD_ENV,
          mailbox: folder,
          processed: 'move',
          moveTo: `${folder}-done`,
        };
        const operatorFile = join(dir, `operator-${randomUUID()}.yaml`);
        writeFileSync(operatorFile, stringify(operator));
        const db = await target();
        const desk = await createDesk(
          loadConfig({
            ...testDeskEnv(db.databaseUrl),
            DEMO: 'false',
            API_OPEN: 'true',
            RATE_LIMITS: 'false',
            OPERATOR_CONFIG: operatorFile,
            SMTP_RELAY_URL: `smtp://127.0.0.1:${relayPort}`,
          }),
          { logger: false, schedule: { outboxMs: 200, pollSeconds: 0.5 } },
        );
        try {
          await desk.start();
          const messageId = `<${randomUUID()}@kund.example>`;
          // Sent to the support mailbox: the mail server delivers it over LMTP.
          await deliver(
            folder,
            customerMail(
              'kund.imap@kund.example',
              'Internet nere',
              'Hej, internet fungerar inte sedan i morse.',
              messageId,
            ),
            'kund.imap@kund.example',
          );
          await vi.waitFor(() => expect(relayed.some((m) => m.inReplyTo === messageId)).toBe(true), {
            timeout: 30_000,
            interval: 100,
          });
          const reply = relayed.find((m) => m.inReplyTo === messageId)!;
          expect(reply.to && !Array.isArray(reply.to) ? reply.to.value[0]?.address : null).toBe(
            'kund.imap@kund.example',
          );
          const reference = reply.headers.get('x-frontline-ticket') as string;
          const { items } = await desk.services.repos.tickets.list({ limit: 50 });
          const ticket = items.find((t) => t.reference === reference);
          expect(ticket).toMatchObject({ channel: 'email', subject: 'Internet nere' });
          await vi.waitFor(async () => expect(await hands.messages(`${folder}-done`)).toHaveLength(1), {
            timeout: 10_000,
          });
          const outbox = await desk.app.inject({ method: 'GET', url: '/api/v1/email/outbox' });
          expect(outbox.json()).toMatchObject({
            imap: {
              mailbox: `${server.user}@${server.host}:${server.port}/${folder}`,
              connected: true,
              taken: 1,
            },
          });
        } finally {
          await desk.stop();
          await db.drop();
        }
      },
    );
  },
);
