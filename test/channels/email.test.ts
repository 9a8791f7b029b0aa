import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import pino from 'pino';
import { openDatabase, type Db } from '../../src/storage/db.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { createChannelLinks, createEmailStore } from '../../src/storage/channel-store.js';
import { EmailChannel } from '../../src/channels/email/channel.js';
import { createInboundSmtp } from '../../src/channels/email/smtp-inbound.js';
import { createOutboxWorker } from '../../src/channels/email/outbox-worker.js';
import { stripReply } from '../../src/channels/email/strip.js';
import { createFakeDesk } from '../../src/channels/testing/fake-agent.js';

const log = pino({ level: 'silent' });

describe('e-mail channel over real SMTP on loopback', () => {
  let db: Db;
  let inbound: ReturnType<typeof createInboundSmtp>;
  let inboundPort = 0;
  let sink: SMTPServer;
  let sinkPort = 0;
  const received: ParsedMail[] = [];
  let worker: ReturnType<typeof createOutboxWorker>;
  const desk = createFakeDesk();
  let store: ReturnType<typeof createEmailStore>;

  beforeAll(async () => {
    db = openDatabase(':memory:');
    await migrateToLatest(db.db as never, db.engine);
    store = createEmailStore(db.db as never);
    const channel = new EmailChannel({
      agent: desk.agent,
      tickets: desk.tickets,
      links: createChannelLinks(db.db as never),
      store,
      config: { supportAddress: 'support@isp.example', maxAttachmentBytes: 1024 * 1024 },
      log,
    });
    inbound = createInboundSmtp({ channel, log, maxMessageBytes: 50 * 1024 * 1024 });
    inboundPort = (await inbound.listen(0, '127.0.0.1')).port;
    sink = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _s, cb) {
        simpleParser(stream).then((m) => {
          received.push(m);
          cb();
        }, cb);
      },
    });
    await new Promise<void>((r) => sink.listen(0, '127.0.0.1', () => r()));
    sinkPort = (sink.server.address() as { port: number }).port;
    worker = createOutboxWorker({
      store,
      log,
      relayUrl: `smtp://127.0.0.1:${sinkPort}`,
      fromAddress: 'support@isp.example',
      fromName: 'Support',
    });
  });

  afterAll(async () => {
    await worker.stop();
    await inbound.close();
    await new Promise<void>((r) => sink.close(() => r()));
    await db.close();
  });

  const customer = () =>
    nodemailer.createTransport({
      host: '127.0.0.1',
      port: inboundPort,
      secure: false,
      ignoreTLS: true,
    } as object);

  it('turns a customer e-mail into a ticket, replies with threading headers, and threads the answer', async () => {
    await customer().sendMail({
      from: 'karin@example.se',
      to: 'support@isp.example',
      subject: 'Internet funkar inte',
      messageId: '<first@example.se>',
      text: 'Hej!\n\nInternet har slutat fungera sedan i morse.\n\nMvh Karin\n-- \nKarin Lind\n070-1234567',
    });
    expect(await worker.flush()).toBe(1);
    const first = received[0];
    expect(first.subject).toMatch(/^Re: Internet funkar inte \[T-\d{6}\]$/);
    expect(first.inReplyTo).toBe('<first@example.se>');
    expect(first.headers.get('auto-submitted')).toBe('auto-replied');
    expect(first.headers.get('x-frontline-ask-key')).toBe('identity.customer_number');
    expect(first.text).toMatch(/kundnummer/);
    expect(first.html).toMatch(/<p>Vad är ditt kundnummer\?<\/p>/);
    expect(desk.agent.messages[0].text).not.toMatch(/Karin Lind|070-1234567/);

    // The customer answers (a reply quoting ours), threaded by In-Reply-To.
    await customer().sendMail({
      from: 'karin@example.se',
      to: 'support@isp.example',
      subject: `Re: ${first.subject}`,
      inReplyTo: first.messageId,
      references: [first.messageId!],
      text: `100482\n\nDen 25 nov. 2026 skrev Support <support@isp.example>:\n> Vad är ditt kundnummer?`,
    });
    // The third answers the desk's second mail (References carries the whole thread).
    await worker.flush();
    const second = received.at(-1)!;
    await customer().sendMail({
      from: 'Karin <KARIN@example.se>',
      to: 'support@isp.example',
      subject: second.subject!,
      inReplyTo: second.messageId,
      references: [first.messageId!, second.messageId!],
      text: '4711',
    });
    await worker.flush();
    const ticketIds = new Set(desk.agent.messages.map((m) => m.ticketId));
    expect(ticketIds.size).toBe(1);
    expect(desk.agent.messages.map((m) => m.text)).toEqual([
      'Internet funkar inte\n\nHej!\n\nInternet har slutat fungera sedan i morse.\n\nMvh Karin',
      '100482',
      '4711',
    ]);
    const last = received.at(-1)!;
    expect(last.headers.get('x-frontline-final')).toBe('true');
    expect((last.references as string[]).length).toBeGreaterThan(0);
    expect(desk.ticketMap.get([...ticketIds][0])!.status).toBe('resolved');
  });

  it('records auto-replies and bounces without answering them', async () => {
    const before = received.length;
    const agentCalls = desk.agent.messages.length;
    await customer().sendMail({
      from: 'karin@example.se',
      to: 'support@isp.example',
      subject: 'Out of office',
      headers: { 'Auto-Submitted': 'auto-replied' },
      text: 'I am away',
    });
    await customer().sendMail({
      from: 'MAILER-DAEMON@mx.example.se',
      to: 'support@isp.example',
      subject: 'Undeliverable: x',
      text: 'bounce',
    });
    await customer().sendMail({
      from: 'news@shop.example',
      to: 'support@isp.example',
      subject: 'Deals',
      headers: { Precedence: 'bulk' },
      text: 'buy',
    });
    await worker.flush();
    expect(received.length).toBe(before);
    expect(desk.agent.messages.length).toBe(agentCalls);
    const journal = await db.db
      .selectFrom('email_journal' as never)
      .selectAll()
      .execute();
    expect(
      (journal as { classification: string }[]).filter((j) => j.classification === 'automated').length,
    ).toBe(3);
  });

  it('handles HTML-only mail with scripts, 8-bit headers and a large attachment: stored, listed, answered', async () => {
    await customer().sendMail({
      from: '"Åsa Öberg" <asa@example.se>',
      to: 'support@isp.example',
      subject: 'Wifi försvann – hjälp åäö',
      html: '<p>Vårt <b>wifi</b> syns inte.</p><script>alert(1)</script>',
      attachments: [
        { filename: 'router.jpg', content: Buffer.alloc(2000, 1) },
        { filename: 'huge.bin', content: Buffer.alloc(30 * 1024 * 1024, 2) },
      ],
    });
    await worker.flush();
    const msg = desk.agent.messages.at(-1)!;
    expect(msg.text).toMatch(/wifi/);
    expect(msg.text).not.toMatch(/alert|script/);
    const atts = (msg.meta as { email: { attachments: { filename: string; stored: boolean }[] } }).email
      .attachments;
    expect(atts).toEqual([
      expect.objectContaining({ filename: 'router.jpg', stored: true }),
      expect.objectContaining({ filename: 'huge.bin', stored: false }),
    ]);
  });

  it('never lets a mail join a ticket by its subject reference or from another address (thread hijack)', async () => {
    await customer().sendMail({
      from: 'victim@example.se',
      to: 'support@isp.example',
      subject: 'Wifi',
      messageId: '<v1@example.se>',
      text: 'Jag har glömt wifi-lösenordet',
    });
    await worker.flush();
    const toVictim = received.at(-1)!;
    const victimTicket = desk.agent.messages.at(-1)!.ticketId;
    const ref = /\[(T-\d+)\]/.exec(toVictim.subject!)![1];
    const attacks = [
      // The public, sequential reference in the subject.
      { from: 'attacker@evil.example', subject: `Re: [${ref}]`, text: 'Yes' },
      // The victim's own address with the reference alone: still no proof of receipt.
      { from: 'victim@example.se', subject: `Re: Wifi [${ref}]`, text: 'Ja' },
      // A leaked desk Message-ID, but sent from another address.
      {
        from: 'attacker@evil.example',
        subject: toVictim.subject!,
        inReplyTo: toVictim.messageId,
        references: [toVictim.messageId!],
        text: 'Ja',
      },
      // A guessed desk-shaped Message-ID.
      {
        from: 'victim@example.se',
        subject: toVictim.subject!,
        inReplyTo: `<${ref}.00000000-0000-4000-8000-000000000000@isp.example>`,
        text: 'Ja',
      },
    ];
    for (const a of attacks) {
      const before = desk.agent.messages.length;
      await customer().sendMail({ to: 'support@isp.example', ...a });
      const got = desk.agent.messages.slice(before);
      expect(got.length).toBe(1);
      expect(got[0].ticketId).not.toBe(victimTicket);
    }
    expect(desk.agent.messages.filter((m) => m.ticketId === victimTicket).length).toBe(1);
    await worker.flush();
  });

  it('starts a new e-mail case in the language the mail is written in', async () => {
    await customer().sendMail({
      from: 'tourist@example.com',
      to: 'support@isp.example',
      subject: 'No internet',
      text: 'Hello, my internet has not been working since yesterday evening. Can you help me please?',
    });
    expect(desk.ticketMap.get(desk.agent.messages.at(-1)!.ticketId)!.language).toBe('en');
    await customer().sendMail({
      from: 'sven@example.se',
      to: 'support@isp.example',
      subject: 'Inget internet',
      text: 'Hej, internet har inte fungerat sedan i går kväll. Kan ni hjälpa mig?',
    });
    expect(desk.ticketMap.get(desk.agent.messages.at(-1)!.ticketId)!.language).toBe('sv');
    await worker.flush();
  });

  it('leaves out a subject the body disowns ("strunta i ämnesraden", "wrong subject"), keeps it otherwise', async () => {
    const send = (subject: string, text: string) =>
      customer().sendMail({ from: 'lena@example.se', to: 'support@isp.example', subject, text });
    await send(
      'Internet segt??',
      'Hej! Strunta i ämnesraden, jag återanvände ett gammalt mejl. Det gäller decemberfakturan, jag vill bestrida en avgift.',
    );
    expect(desk.agent.messages.at(-1)!.text).not.toMatch(/segt/);
    await send('Invoice', 'sorry, wrong subject line. my mobile plan has no data abroad');
    expect(desk.agent.messages.at(-1)!.text).not.toMatch(/Invoice/);
    await send('Internet segt', 'Hej, det har varit segt hela veckan, särskilt på kvällen.');
    expect(desk.agent.messages.at(-1)!.text).toMatch(/^Internet segt/);
    await worker.flush();
  });

  it('keeps malformed MIME in the journal instead of losing it', async () => {
    const raw =
      'From: broken@example.se\r\nContent-Type: multipart/mixed; boundary="x"\r\nSubject: =?utf-8?B?broken\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nmy internet is down\r\n';
    const channelTransport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: inboundPort,
      secure: false,
      ignoreTLS: true,
    } as object);
    await channelTransport.sendMail({
      envelope: { from: 'broken@example.se', to: ['support@isp.example'] },
      raw,
    });
    const rows = (await db.db
      .selectFrom('email_journal' as never)
      .selectAll()
      .execute()) as { from_address: string }[];
    expect(rows.some((r) => r.from_address === 'broken@example.se')).toBe(true);
  });

  it('retries failed sends with back-off and keeps the mail queued', async () => {
    const failing = createOutboxWorker({
      store,
      log,
      relayUrl: 'smtp://127.0.0.1:1',
      fromAddress: 's@isp.example',
      fromName: 'S',
      baseDelayMs: 60_000,
    });
    await store.enqueue({
      ticketId: null,
      to: 'x@example.se',
      subject: 's',
      text: 't',
      html: '<p>t</p>',
      messageId: '<retry@isp.example>',
      inReplyTo: null,
      references: [],
      headers: {},
    });
    expect(await failing.flush()).toBe(0);
    await failing.stop();
    const item = (await store.outbox()).find((o) => o.messageId === '<retry@isp.example>')!;
    expect(item.status).toBe('queued');
    expect(item.attempts).toBe(1);
    expect(item.lastError).toBeTruthy();
  });
});

describe('reply stripping', () => {
  it('removes quoted text, reply headers and signatures in both languages', () => {
    expect(stripReply('Yes please\n\nOn Tue, 3 Nov 2026 at 10:00, Support <s@x> wrote:\n> question')).toBe(
      'Yes please',
    );
    expect(stripReply('Ja\r\n\r\nSkickat från min iPhone')).toBe('Ja');
    expect(stripReply('4711\n-----Original Message-----\nFrom: x')).toBe('4711');
    expect(stripReply('> quoted only\nreal answer')).toBe('real answer');
  });
});

/** An inbound SMTP listener over a fresh database with the given limits; `send` mails one message. */
async function limitedInbound(limits: { perSender?: number; perAddress?: number }) {
  const db = openDatabase(':memory:');
  await migrateToLatest(db.db as never, db.engine);
  const desk = createFakeDesk();
  const channel = new EmailChannel({
    agent: desk.agent,
    tickets: desk.tickets,
    links: createChannelLinks(db.db as never),
    store: createEmailStore(db.db as never),
    config: {
      supportAddress: 'support@isp.example',
      maxAttachmentBytes: 1024,
      maxPerSenderPerHour: limits.perSender,
    },
    log,
  });
  const inbound = createInboundSmtp({
    channel,
    log,
    maxMessageBytes: 1024 * 1024,
    maxPerAddressPerHour: limits.perAddress,
  });
  const { port } = await inbound.listen(0, '127.0.0.1');
  return {
    send: (from: string, n: number) =>
      nodemailer
        .createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true } as object)
        .sendMail({ from, to: 'support@isp.example', subject: `Flood ${n}`, text: 'hej' }),
    journal: async () =>
      (await db.db
        .selectFrom('email_journal' as never)
        .selectAll()
        .execute()) as { from_address: string }[],
    async close() {
      await inbound.close();
      await db.close();
    },
  };
}

describe('limits on inbound SMTP', () => {
  it('defers (451) a sender over the limit, keeps what it accepted, and still takes other senders', async () => {
    const smtp = await limitedInbound({ perSender: 3 });
    try {
      for (let i = 0; i < 3; i++) await smtp.send('flood@example.se', i);
      await expect(smtp.send('FLOOD@example.se', 4)).rejects.toMatchObject({ responseCode: 451 });
      await smtp.send('someone-else@example.se', 5);
      expect((await smtp.journal()).map((j) => j.from_address).sort()).toEqual([
        'flood@example.se',
        'flood@example.se',
        'flood@example.se',
        'someone-else@example.se',
      ]);
    } finally {
      await smtp.close();
    }
  });

  it('defers a client address that sends under many forged senders', async () => {
    const smtp = await limitedInbound({ perAddress: 3 });
    try {
      for (let i = 0; i < 3; i++) await smtp.send(`forged-${i}@example.se`, i);
      await expect(smtp.send('forged-3@example.se', 3)).rejects.toMatchObject({ responseCode: 451 });
      expect(await smtp.journal()).toHaveLength(3);
    } finally {
      await smtp.close();
    }
  });
});
