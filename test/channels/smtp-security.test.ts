import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { demoOperatorFile } from '../../src/operator/load.js';
import { loadConfig } from '../../src/server/config.js';
import { createDesk } from '../../src/server/desk.js';
import { testDeskEnv } from '../helpers/desk-env.js';
import { EmailChannel } from '../../src/channels/email/channel.js';
import { smtpInboundSchema } from '../../src/channels/email/settings.js';
import { createInboundSmtp } from '../../src/channels/email/smtp-inbound.js';
import { resolveSmtpSecurity } from '../../src/channels/email/smtp-security.js';
import { createFakeDesk } from '../../src/channels/testing/fake-agent.js';
import { createChannelLinks, createEmailStore } from '../../src/storage/channel-store.js';
import { openDatabase, type Db } from '../../src/storage/db.js';
import { migrateToLatest } from '../../src/storage/migrate.js';

// STARTTLS and AUTH on the desk's SMTP listener (operator file: adapters.smtpInbound), spoken to by
// nodemailer as a customer's or the ISP's mail server would.

const log = pino({ level: 'silent' });
const dir = mkdtempSync(join(tmpdir(), 'frontline-smtp-tls-'));
const keyFile = join(dir, 'key.pem');
const certFile = join(dir, 'cert.pem');
const ENV = { SMTP_MX_PASSWORD: 'right-password-123' };

beforeAll(() => {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: 'ignore' },
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inbound SMTP with STARTTLS and AUTH', () => {
  let db: Db;
  let ca: Buffer;
  const listeners: ReturnType<typeof createInboundSmtp>[] = [];

  beforeAll(async () => {
    ca = readFileSync(certFile);
    db = openDatabase(':memory:');
    await migrateToLatest(db.db as never, db.engine);
  });
  afterAll(async () => {
    for (const l of listeners) await l.close();
    await db?.close();
  });

  async function listener(settings: unknown) {
    const fake = createFakeDesk();
    const channel = new EmailChannel({
      agent: fake.agent,
      tickets: fake.tickets,
      links: createChannelLinks(db.db as never),
      store: createEmailStore(db.db as never),
      config: { supportAddress: 'support@isp.example', maxAttachmentBytes: 1024 * 1024 },
      log,
    });
    const security = resolveSmtpSecurity(smtpInboundSchema.parse(settings), ENV);
    const l = createInboundSmtp({ channel, log, maxMessageBytes: 1024 * 1024, security });
    listeners.push(l);
    const { port } = await l.listen(0, '127.0.0.1');
    return { port, fake };
  }

  const send = (port: number, opts: Record<string, unknown>) =>
    nodemailer
      .createTransport({ host: '127.0.0.1', port, secure: false, tls: { ca }, ...opts } as object)
      .sendMail({
        from: 'kund@kund.example',
        to: 'support@isp.example',
        subject: 'Internet nere',
        text: 'Inget fungerar.',
      });

  it('with tls.required refuses a plain session and accepts one after STARTTLS', async () => {
    const { port, fake } = await listener({ tls: { keyFile, certFile, required: true } });
    await expect(send(port, { ignoreTLS: true })).rejects.toMatchObject({
      responseCode: 530,
      response: expect.stringMatching(/STARTTLS/),
    });
    expect(fake.tickets.tickets.size).toBe(0);
    await send(port, { requireTLS: true });
    expect(fake.tickets.tickets.size).toBe(1);
  });

  it('with optional TLS accepts both a plain session and one after STARTTLS', async () => {
    const { port, fake } = await listener({ tls: { keyFile, certFile } });
    await send(port, { ignoreTLS: true });
    await send(port, { requireTLS: true });
    expect(fake.tickets.tickets.size).toBe(2);
  });

  it('with AUTH refuses a wrong password, accepts the right one and refuses mail without AUTH', async () => {
    const { port, fake } = await listener({
      tls: { keyFile, certFile },
      auth: { users: [{ user: 'mx', passwordEnv: 'SMTP_MX_PASSWORD' }] },
    });
    await expect(
      send(port, { requireTLS: true, auth: { user: 'mx', pass: 'wrong-password' } }),
    ).rejects.toMatchObject({ code: 'EAUTH', responseCode: 535 });
    await expect(
      send(port, { requireTLS: true, auth: { user: 'someone', pass: ENV.SMTP_MX_PASSWORD } }),
    ).rejects.toMatchObject({ code: 'EAUTH', responseCode: 535 });
    await expect(send(port, { requireTLS: true })).rejects.toMatchObject({ responseCode: 530 });
    expect(fake.tickets.tickets.size).toBe(0);
    await send(port, { requireTLS: true, auth: { user: 'mx', pass: ENV.SMTP_MX_PASSWORD } });
    expect(fake.tickets.tickets.size).toBe(1);
  });

  it('never takes a password before STARTTLS', async () => {
    const { port } = await listener({
      tls: { keyFile, certFile },
      auth: { users: [{ user: 'mx', passwordEnv: 'SMTP_MX_PASSWORD' }] },
    });
    await expect(
      send(port, { ignoreTLS: true, auth: { user: 'mx', pass: ENV.SMTP_MX_PASSWORD } }),
    ).rejects.toMatchObject({ code: 'EAUTH', responseCode: 538 });
  });

  it('with AUTH optional accepts unauthenticated mail but still checks a password given', async () => {
    const { port, fake } = await listener({
      tls: { keyFile, certFile },
      auth: { required: false, users: [{ user: 'mx', passwordEnv: 'SMTP_MX_PASSWORD' }] },
    });
    await send(port, { requireTLS: true });
    await expect(
      send(port, { requireTLS: true, auth: { user: 'mx', pass: 'wrong-password' } }),
    ).rejects.toMatchObject({ code: 'EAUTH' });
    expect(fake.tickets.tickets.size).toBe(1);
  });

  it('without settings offers neither STARTTLS nor AUTH', async () => {
    const { port } = await listener({});
    await expect(send(port, { requireTLS: true })).rejects.toMatchObject({ code: 'ETLS' });
    await send(port, { ignoreTLS: true });
  });
});

describe('adapters.smtpInbound settings', () => {
  it('refuses AUTH without TLS, and a user with two or no password sources', () => {
    const problems = (v: unknown) =>
      smtpInboundSchema.safeParse(v).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(problems({ auth: { users: [{ user: 'mx', passwordEnv: 'X' }] } })).toEqual([
      'auth: AUTH sends passwords: configure tls so that they travel encrypted',
    ]);
    expect(
      problems({
        tls: { keyFile: 'k', certFile: 'c' },
        auth: { users: [{ user: 'mx', passwordEnv: 'X', passwordFile: '/p' }, { user: 'b' }] },
      }),
    ).toEqual([
      'auth.users.0.passwordEnv: give exactly one of passwordEnv and passwordFile',
      'auth.users.1.passwordEnv: give exactly one of passwordEnv and passwordFile',
    ]);
  });

  it('names the unset variable and the unreadable file', () => {
    const parsed = smtpInboundSchema.parse({
      tls: { keyFile: '/nonexistent/key.pem', certFile: '/nonexistent/cert.pem' },
    });
    expect(() => resolveSmtpSecurity(parsed, {})).toThrow(
      /adapters\.smtpInbound\.tls\.keyFile: cannot read \/nonexistent\/key\.pem/,
    );
    const auth = smtpInboundSchema.parse({
      tls: { keyFile, certFile },
      auth: { users: [{ user: 'mx', passwordEnv: 'SMTP_UNSET_PASSWORD' }] },
    });
    expect(() => resolveSmtpSecurity(auth, {})).toThrow(
      'adapters.smtpInbound.auth user mx: the environment variable SMTP_UNSET_PASSWORD is not set',
    );
  });
});

describe('a desk with adapters.smtpInbound', () => {
  function deskConfig(smtpInbound: unknown) {
    const operator = parse(readFileSync(demoOperatorFile(), 'utf8')) as { adapters: Record<string, unknown> };
    operator.adapters.smtpInbound = smtpInbound;
    const operatorFile = join(dir, `operator-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(operatorFile, stringify(operator));
    return loadConfig({
      ...testDeskEnv(join(dir, 'desk.db')),
      DEMO: 'false',
      API_OPEN: 'true',
      RATE_LIMITS: 'false',
      OPERATOR_CONFIG: operatorFile,
    });
  }

  it('listens with the TLS settings of its operator file', async () => {
    const desk = await createDesk(deskConfig({ tls: { keyFile, certFile, required: true } }), {
      logger: false,
    });
    try {
      const { smtpPort } = await desk.start();
      const client = (opts: object) =>
        nodemailer
          .createTransport({
            host: '127.0.0.1',
            port: smtpPort,
            secure: false,
            tls: { ca: readFileSync(certFile) },
            ...opts,
          })
          .sendMail({ from: 'kund@kund.example', to: 'support@isp.example', subject: 'Hej', text: 'Hej.' });
      await expect(client({ ignoreTLS: true })).rejects.toMatchObject({ responseCode: 530 });
      await client({ requireTLS: true });
    } finally {
      await desk.stop();
    }
  });

  it('refuses to start when a key or password is missing', async () => {
    await expect(
      createDesk(deskConfig({ tls: { keyFile: join(dir, 'missing.pem'), certFile } }), { logger: false }),
    ).rejects.toThrow(/adapters\.smtpInbound\.tls\.keyFile: cannot read/);
  });
});
