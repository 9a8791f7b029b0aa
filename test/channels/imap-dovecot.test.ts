import { createServer, connect, type Server, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EmailChannel } from '../../src/channels/email/channel.js';
import { createImapPoller, type ImapPoller } from '../../src/channels/email/imap-poller.js';
import type { ImapSettings } from '../../src/channels/email/settings.js';
import { createFakeDesk } from '../../src/channels/testing/fake-agent.js';
import { createChannelLinks, createEmailStore } from '../../src/storage/channel-store.js';
import { openDatabase, type Db } from '../../src/storage/db.js';
import { createMailboxCursor } from '../../src/storage/mailbox-cursor.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import {
  IMAP_CA,
  RUN_IMAP,
  customerMail,
  imapServer,
  mailboxHands,
  settingsFor,
} from '../helpers/dovecot.js';

// The IMAP poller against a real Dovecot (.ci/services/dovecot.sh): mail in a folder becomes one
// ticket per message, across restarts, broken messages and dropped connections.

const WAIT = { timeout: 15_000, interval: 50 };

describe.skipIf(!RUN_IMAP)('IMAP poller against Dovecot', () => {
  let db: Db;
  let hands: Awaited<ReturnType<typeof mailboxHands>>;
  const pollers: ImapPoller[] = [];
  const logs: { level: number; msg: string; uid?: number }[] = [];
  const log = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _e, cb) {
        logs.push(JSON.parse(chunk.toString()) as (typeof logs)[number]);
        cb();
      },
    }),
  );

  beforeAll(async () => {
    imapServer(); // fails here in CI when Dovecot is missing
    db = openDatabase(':memory:');
    await migrateToLatest(db.db as never, db.engine);
    hands = await mailboxHands();
  });
  afterEach(async () => {
    for (const p of pollers.splice(0)) await p.stop();
  });
  afterAll(async () => {
    await hands?.close();
    await db?.close();
  });

  function desk() {
    const fake = createFakeDesk();
    const store = createEmailStore(db.db as never);
    const channel = new EmailChannel({
      agent: fake.agent,
      tickets: fake.tickets,
      links: createChannelLinks(db.db as never),
      store,
      config: { supportAddress: 'support@isp.example', maxAttachmentBytes: 1024 * 1024 },
      log,
    });
    return { fake, store, channel };
  }

  function poll(channel: EmailChannel, settings: ImapSettings, password = imapServer().password) {
    const p = createImapPoller({
      settings,
      password,
      channel,
      cursor: createMailboxCursor(db.db as never),
      log,
      maxMessageBytes: 1024 * 1024,
      reconnectMinMs: 50,
    });
    pollers.push(p);
    p.start();
    return p;
  }

  it('turns mail in the folder into tickets and flags it \\Seen; a restart takes nothing twice', async () => {
    const folder = await hands.folder();
    const d = desk();
    // Without a Message-ID only the UIDs the desk recorded tell that it has taken this message.
    await hands.append(
      folder,
      customerMail('anna@kund.example', 'Internet nere', 'Inget fungerar sedan i går.', null),
    );
    const first = poll(d.channel, settingsFor(folder));
    await vi.waitFor(() => expect(d.fake.tickets.tickets.size).toBe(1), WAIT);
    await vi.waitFor(async () => expect((await hands.messages(folder))[0]?.flags).toContain('\\Seen'), WAIT);
    expect(d.fake.agent.messages[0]?.text).toContain('Inget fungerar');
    await first.stop();

    // Someone marks it unread in a mail client; a new desk process starts on the same database.
    await hands.unflag(folder, '\\Seen');
    const again = desk();
    const second = poll(again.channel, settingsFor(folder));
    await hands.append(folder, customerMail('bo@kund.example', 'WiFi', 'Wifi är långsamt.'));
    await vi.waitFor(() => expect(again.fake.tickets.tickets.size).toBe(1), WAIT);
    await second.idle();
    // UIDs are taken in order: had the first message been taken again, it would be by now.
    expect(again.fake.agent.messages.map((m) => m.text).join('\n')).not.toContain('Inget fungerar');
    const fromAnna = await db.db
      .selectFrom('email_journal')
      .select('id')
      .where('from_address', '=', 'anna@kund.example')
      .execute();
    expect(fromAnna).toHaveLength(1);
  });

  it('hears of new mail by IDLE, long before the next sweep', async () => {
    const folder = await hands.folder();
    const d = desk();
    const p = poll(d.channel, settingsFor(folder, { pollMs: 3_600_000 }));
    await vi.waitFor(() => expect(p.status().connected).toBe(true), WAIT);
    await p.idle();
    await hands.append(folder, customerMail('jan@kund.example', 'Fiber', 'Fiberlampan lyser rött.'));
    await vi.waitFor(() => expect(d.fake.tickets.tickets.size).toBe(1), { timeout: 30_000, interval: 50 });
  });

  it('takes a message whose Message-ID the desk already has as a duplicate, not a second ticket', async () => {
    const folder = await hands.folder();
    const d = desk();
    const mail = customerMail('gun@kund.example', 'Bredband', 'Långsamt bredband.');
    await hands.append(folder, mail);
    await hands.append(folder, mail); // e.g. delivered to the desk's SMTP listener and to the mailbox
    const p = poll(d.channel, settingsFor(folder));
    await vi.waitFor(() => expect(p.status().taken).toBe(2), WAIT);
    expect(d.fake.tickets.tickets.size).toBe(1);
  });

  it('logs a message that is not e-mail as an error and goes on with the next one', async () => {
    const folder = await hands.folder();
    const d = desk();
    await hands.append(folder, Buffer.from([0, 1, 2, 255, 254, 0, 13, 10, 13, 10, 0, 0]));
    await hands.append(folder, customerMail('cilla@kund.example', 'Router', 'Routern blinkar rött.'));
    const p = poll(d.channel, settingsFor(folder));
    await vi.waitFor(() => expect(d.fake.tickets.tickets.size).toBe(1), WAIT);
    await vi.waitFor(() => expect(p.status().taken).toBe(2), WAIT);
    const error = logs.find((l) => l.level === 50 && /not a readable e-mail/.test(l.msg));
    expect(error?.uid).toBe(1);
    expect(error?.msg).toMatch(/uid 1 .*unparseable message: no header fields/);
    expect(p.status().connected).toBe(true);
  });

  it('retries a message whose intake fails, gives it up after three attempts and goes on', async () => {
    const folder = await hands.folder();
    const d = desk();
    const tries: string[] = [];
    const flaky = {
      knows: (id: string) => d.channel.knows(id),
      async receive(raw: Buffer) {
        const poison = raw.includes('Subject: Poison');
        tries.push(poison ? 'poison' : 'ok');
        if (poison) throw new Error('storage unavailable');
        return d.channel.receive(raw);
      },
    };
    await hands.append(folder, customerMail('hugo@kund.example', 'Poison', 'Detta går inte att spara.'));
    await hands.append(folder, customerMail('ines@kund.example', 'Modem', 'Modemet är varmt.'));
    const p = poll(flaky as unknown as EmailChannel, settingsFor(folder, { pollMs: 1_000 }));
    await vi.waitFor(() => expect(d.fake.tickets.tickets.size).toBe(1), WAIT);
    await vi.waitFor(
      () => expect(logs.some((l) => l.level === 50 && /given up after 3 attempts/.test(l.msg))).toBe(true),
      WAIT,
    );
    expect(tries.filter((t) => t === 'poison')).toHaveLength(3);
    const left = await hands.messages(folder);
    expect(left.find((m) => m.subject === 'Poison')?.flags).not.toContain('\\Seen');
    expect(left.find((m) => m.subject === 'Modem')?.flags).toContain('\\Seen');
    expect(p.status().lastError).toMatch(/could not be taken in.*storage unavailable/);
  });

  it('moves processed mail to the configured folder, creating it', async () => {
    const folder = await hands.folder();
    const done = `${folder}-done`;
    const d = desk();
    await hands.append(folder, customerMail('dan@kund.example', 'Faktura', 'Fel belopp på fakturan.'));
    poll(d.channel, settingsFor(folder, { processed: 'move', moveTo: done }));
    await vi.waitFor(async () => expect(await hands.messages(done)).toHaveLength(1), WAIT);
    expect(await hands.messages(folder)).toHaveLength(0);
    expect(d.fake.tickets.tickets.size).toBe(1);
  });

  it('two pollers on one database make one ticket per message', async () => {
    const folder = await hands.folder();
    const a = desk();
    const b = desk();
    for (let i = 0; i < 6; i++)
      await hands.append(folder, customerMail(`kund${i}@kund.example`, `Fråga ${i}`, `Fråga nummer ${i}.`));
    const pa = poll(a.channel, settingsFor(folder));
    const pb = poll(b.channel, settingsFor(folder));
    await vi.waitFor(() => expect(pa.status().taken + pb.status().taken).toBe(6), WAIT);
    await pa.idle();
    await pb.idle();
    expect(a.fake.tickets.tickets.size + b.fake.tickets.tickets.size).toBe(6);
  });

  it('reconnects with back-off after the connection drops and takes what arrived meanwhile', async () => {
    const folder = await hands.folder();
    const d = desk();
    const proxy = await severableProxy(imapServer().port);
    try {
      const p = poll(d.channel, settingsFor(folder, { port: proxy.port }));
      await vi.waitFor(() => expect(p.status().connected).toBe(true), WAIT);
      proxy.severAll();
      proxy.refuse = true;
      await vi.waitFor(() => expect(p.status().connected).toBe(false), WAIT);
      await hands.append(folder, customerMail('eva@kund.example', 'TV', 'TV-boxen startar inte.'));
      // Refused attempts count up the back-off; then the server is back.
      await vi.waitFor(() => expect(proxy.refused).toBeGreaterThanOrEqual(2), WAIT);
      proxy.refuse = false;
      await vi.waitFor(() => expect(d.fake.tickets.tickets.size).toBe(1), WAIT);
      expect(p.status().connects).toBe(2);
      expect(p.status().lastError).toMatch(/IMAP connection failed/);
    } finally {
      await proxy.close();
    }
  });

  it('logs in over STARTTLS, trusting the server certificate from caFile', async () => {
    const folder = await hands.folder();
    const d = desk();
    await hands.append(folder, customerMail('fia@kund.example', 'E-post', 'Kan inte skicka mejl.'));
    poll(d.channel, settingsFor(folder, { tls: 'starttls', caFile: IMAP_CA }));
    await vi.waitFor(() => expect(d.fake.tickets.tickets.size).toBe(1), WAIT);
  });

  it('does not log in over STARTTLS when the certificate is not trusted', async () => {
    const folder = await hands.folder();
    const d = desk();
    const p = poll(d.channel, settingsFor(folder, { tls: 'starttls' }));
    await vi.waitFor(() => expect(p.status().lastError).toMatch(/IMAP connection failed/), WAIT);
    expect(p.status().connects).toBe(0);
  });

  it('keeps retrying with a wrong password and never opens the mailbox', async () => {
    const folder = await hands.folder();
    const d = desk();
    const p = poll(d.channel, settingsFor(folder), 'wrong-password');
    await vi.waitFor(() => expect(p.status().lastError).toMatch(/IMAP connection failed/), WAIT);
    expect(p.status().connects).toBe(0);
  });
});

/** A TCP proxy to the IMAP port whose connections the test can cut, and which can refuse new ones. */
async function severableProxy(target: number) {
  const sockets = new Set<Socket>();
  const state = { refuse: false, refused: 0 };
  const server: Server = createServer((client) => {
    if (state.refuse) {
      state.refused++;
      client.destroy();
      return;
    }
    const upstream = connect(target, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return Object.assign(state, {
    port: (server.address() as { port: number }).port,
    severAll: () => sockets.forEach((s) => s.destroy()),
    close: () =>
      new Promise<void>((r) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => r());
      }),
  });
}
