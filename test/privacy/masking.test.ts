import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxWorker } from '../../src/channels/email/outbox-worker.js';
import type { OutboundMail } from '../../src/channels/email/ports.js';
import { generateWifiPassphrase } from '../../src/actions/secrets.js';
import { loadConfig } from '../../src/server/config.js';
import { createDesk } from '../../src/server/desk.js';
import { createEmailStore } from '../../src/storage/channel-store.js';
import { testEngines } from '../foundation/helpers.js';
import { dumpAllRows, openPrivacyDb, type PrivacyDb } from './helpers.js';

// Issue 15: a PIN typed in free text was stored and searchable, PINs stayed in the raw stored
// e-mail and new passwords in the sent-mail table.

const log = pino({ level: 'silent' });
const PIN = '1438';

/**
 * Whether the dump holds `secret` as a value of its own: random ids, hashes and timestamps in the
 * dump may contain the same four digits by chance, and that is no leak.
 */
function holdsSecret(dump: string, secret: string): boolean {
  return new RegExp(`(?<![\\w-])${secret}(?![\\w-])`).test(dump);
}

function rawMail(
  body: string,
  opts: { subject?: string; encoding?: 'quoted-printable' | 'base64' | '8bit' } = {},
): Buffer {
  const enc = opts.encoding ?? '8bit';
  const content =
    enc === 'base64'
      ? Buffer.from(body, 'utf8').toString('base64')
      : enc === 'quoted-printable'
        ? body.replace(/ /g, '=20')
        : body;
  return Buffer.from(
    [
      'From: Anna Berg <anna@example.se>',
      'To: support@isp.example',
      `Subject: ${opts.subject ?? 'Internet'}`,
      `Message-ID: <m${Math.random().toString(36).slice(2)}@example.se>`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      `Content-Transfer-Encoding: ${enc}`,
      '',
      content,
      '',
    ].join('\r\n'),
    'utf8',
  );
}

async function startSink() {
  const received: Buffer[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks));
        cb();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const port = (server.server.address() as AddressInfo).port;
  return { received, port, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe.each(testEngines())('secrets never reach storage in clear on %s', (engine) => {
  let t: PrivacyDb;
  beforeAll(async () => {
    t = await openPrivacyDb(engine);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('a PIN typed in free text is masked on the timeline, transcript, subject and search index', async () => {
    const ticket = await t.repos.tickets.create(
      { channel: 'chat', language: 'sv', subject: `Min pinkod är ${PIN}` },
      [
        {
          type: 'message_in',
          channel: 'chat',
          actor: { kind: 'customer', id: null },
          text: `Hej! kundnummer 100482, pinkod ${PIN}`,
        },
      ],
    );
    await t.repos.tickets.append(ticket.id, [
      {
        type: 'message_in',
        channel: 'chat',
        actor: { kind: 'customer', id: null },
        text: 'PIN-koden är 5557.',
      },
      {
        type: 'note',
        actor: { kind: 'staff', id: 'eva' },
        internal: true,
        text: 'customer wrote: my pin is 9876',
      },
    ]);
    await t.repos.tickets.setState(ticket.id, 'transcript', [
      { id: '1', role: 'customer', text: `pinkod ${PIN}` },
    ]);

    const dump = await dumpAllRows(t);
    for (const secret of [PIN, '5557', '9876']) expect(holdsSecret(dump, secret), secret).toBe(false);
    expect(dump).toContain('100482');
    if (engine === 'sqlite') expect(t.fileBytes().includes(`pinkod ${PIN}`)).toBe(false);

    const timeline = await t.repos.tickets.timeline(ticket.id);
    expect(timeline.map((e) => ('text' in e ? e.text : '')).join('|')).toContain('pinkod ••••');
    expect((await t.repos.tickets.getState<{ text: string }[]>(ticket.id, 'transcript'))?.[0].text).toBe(
      'pinkod ••••',
    );
    expect((await t.repos.tickets.list({ q: PIN })).items).toEqual([]);
    expect((await t.repos.tickets.list({ q: '5557' })).items).toEqual([]);
    expect((await t.repos.tickets.list({ q: 'pinkod' })).items.map((x) => x.id)).toContain(ticket.id);
    expect((await t.repos.tickets.list({ q: '100482' })).items.map((x) => x.id)).toContain(ticket.id);
  });

  it('the e-mail journal keeps the raw message with the PIN masked, however the body is encoded', async () => {
    const store = createEmailStore(t.db as never, { box: t.repos.secrets });
    const bodies = [
      rawMail(`Hej, mitt kundnummer är 100482 och min pinkod är ${PIN}.`),
      rawMail(`Hej, min PIN-kod är ${PIN}, kundnummer 100482`, { encoding: 'quoted-printable' }),
      rawMail(`my pin is ${PIN}`, { encoding: 'base64' }),
      rawMail('hello', { subject: `pinkod ${PIN}` }),
    ];
    for (const raw of bodies) {
      await store.journal({
        messageId: '<x@example.se>',
        from: 'anna@example.se',
        subject: 'Internet',
        classification: 'customer',
        reason: null,
        ticketId: null,
        raw,
      });
    }
    const rows = await t.db.selectFrom('email_journal').select(['raw', 'size']).execute();
    expect(rows).toHaveLength(bodies.length);
    for (const row of rows) {
      const raw = Buffer.from(row.raw);
      expect(raw.toString('utf8')).not.toContain(PIN);
      const parsed = await simpleParser(raw);
      expect(`${parsed.subject} ${parsed.text}`).not.toContain(PIN);
      expect(`${parsed.subject} ${parsed.text}`).toMatch(/••••|hello/);
    }
    const dump = await dumpAllRows(t);
    expect(holdsSecret(dump, PIN)).toBe(false);
    expect(Buffer.from(rows[0].raw).toString('utf8')).toContain('kundnummer är 100482');
  });

  it('a PIN split from its word by HTML markup, or sent in a text attachment, is masked too', async () => {
    const store = createEmailStore(t.db as never, { box: t.repos.secrets });
    const MailComposer = (await import('nodemailer/lib/mail-composer/index.js')).default;
    const html = await new MailComposer({
      from: 'bo@example.se',
      to: 's@x',
      subject: 'Hej',
      html: `<p>Min <b>pinkod</b> är <i>${PIN}</i></p>`,
    })
      .compile()
      .build();
    await store.journal({
      messageId: '<h@example.se>',
      from: 'bo@example.se',
      subject: 'Hej',
      classification: 'customer',
      reason: null,
      ticketId: null,
      raw: html,
    });
    const journal = await t.db
      .selectFrom('email_journal')
      .select('raw')
      .where('message_id', '=', '<h@example.se>')
      .executeTakeFirstOrThrow();
    expect(Buffer.from(journal.raw).toString('utf8')).not.toContain(PIN);
    await store.saveAttachment('ticket-x', {
      filename: 'note.txt',
      contentType: 'text/plain',
      size: 20,
      content: Buffer.from(`pin: ${PIN}`),
    });
    const att = await t.db
      .selectFrom('attachments')
      .select('content')
      .where('filename', '=', 'note.txt')
      .executeTakeFirstOrThrow();
    expect(Buffer.from(att.content).toString('utf8')).toBe('pin: ••••');
  });

  it('a mail with a new Wi-Fi key is sent with the key and kept only masked', async () => {
    const sink = await startSink();
    const store = createEmailStore(t.db as never, { box: t.repos.secrets });
    const worker = createOutboxWorker({
      store,
      log,
      relayUrl: `smtp://127.0.0.1:${sink.port}`,
      fromAddress: 'support@isp.example',
      fromName: 'Support',
    });
    const key = generateWifiPassphrase();
    const mail: OutboundMail = {
      ticketId: null,
      to: 'anna@example.se',
      subject: 'Re: Wi-Fi [T-000001]',
      text: `Klart! Ditt nya wifi-lösenord är: ${key}\nAnslut dina enheter igen.`,
      html: `<p>Klart! Ditt nya wifi-lösenord är: ${key}<br>Anslut dina enheter igen.</p>`,
      messageId: `<T-000001.${key.length}@isp.example>`,
      inReplyTo: null,
      references: [],
      headers: {},
    };
    try {
      const id = await store.enqueue(mail);
      // Waiting to be sent: the table holds the masked text and the original only encrypted.
      expect(await dumpAllRows(t)).not.toContain(key);
      expect((await store.outbox()).find((m) => m.id === id)?.text).not.toContain(key);

      expect(await worker.flush()).toBe(1);
      expect(sink.received).toHaveLength(1);
      const sent = await simpleParser(sink.received[0]);
      expect(sent.text).toContain(key);

      const row = (await store.outbox()).find((m) => m.id === id);
      expect(row?.status).toBe('sent');
      expect(row?.text).toContain('wifi-lösenord är: ••••••••');
      const dump = await dumpAllRows(t);
      expect(dump).not.toContain(key);
      expect(dump).not.toContain(key.slice(0, 9));
      if (engine === 'sqlite') expect(t.fileBytes().includes(key)).toBe(false);
    } finally {
      await worker.stop();
      await sink.close();
    }
  });

  it('a mail given up after its last attempt keeps only the masked text', async () => {
    const store = createEmailStore(t.db as never, { box: t.repos.secrets });
    const key = generateWifiPassphrase();
    const id = await store.enqueue({
      ticketId: null,
      to: 'anna@example.se',
      subject: 'Re: Wi-Fi',
      text: `Your new Wi-Fi password is: ${key}`,
      html: `<p>Your new Wi-Fi password is: ${key}</p>`,
      messageId: '<gave-up@isp.example>',
      inReplyTo: null,
      references: [],
      headers: {},
    });
    const [claimed] = (await store.due(new Date(Date.now() + 1000), 50)).filter((m) => m.id === id);
    expect(claimed.text).toContain(key);
    await store.markFailed(id, 'relay refused', null);
    const row = await t.db
      .selectFrom('email_outbox')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('failed');
    expect(row.secret_enc).toBeNull();
    expect(await dumpAllRows(t)).not.toContain(key);
  });
});

describe('a PIN typed in a chat never reaches the desk database', () => {
  it('the agent stores the conversation; the PIN is in no row, no search result and not in the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-pin-'));
    const config = loadConfig({
      DATABASE_URL: join(dir, 'desk.db'),
      DEMO: 'false',
      FRONTLINE_API_TOKEN: 'pin-test-token-0123456789',
      RATE_LIMITS: 'false',
    });
    const desk = await createDesk(config, { logger: false, demoIsp: false });
    try {
      const { repos, caps, db } = desk.services;
      await repos.customers.createCustomer({ customerNumber: '100482', name: 'Anna Berg', pin: PIN });
      const started = await caps.agent.startConversation({ channel: 'chat', language: 'sv' });
      for (const text of [
        `Hej, internet funkar inte. Kundnummer 100482, pinkod ${PIN}`,
        `min pinkod är ${PIN}`,
        `my pin is ${PIN}`,
      ]) {
        await caps.agent.handleMessage(started.ticketId, text);
      }
      const timeline = await repos.tickets.timeline(started.ticketId);
      expect(timeline.filter((e) => e.type === 'message_in')).toHaveLength(3);
      expect(holdsSecret(await dumpAllRows({ ...db, repos, destroy: async () => undefined }), PIN)).toBe(
        false,
      );
      expect((await repos.tickets.list({ q: PIN })).items).toEqual([]);
      expect((await repos.tickets.list({ q: '100482' })).items.map((t) => t.id)).toEqual([started.ticketId]);
      expect(
        Buffer.concat(readdirSync(dir).map((f) => readFileSync(join(dir, f)))).includes(`pinkod ${PIN}`),
      ).toBe(false);
    } finally {
      await desk.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
