import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPrivacyService, retentionCutoffs } from '../../src/privacy/service.js';
import { ERASED } from '../../src/privacy/skeleton.js';
import { createEmailStore } from '../../src/storage/channel-store.js';
import { createPersonalDataStore } from '../../src/storage/privacy/index.js';
import { testEngines } from '../foundation/helpers.js';
import { dumpAllRows, openPrivacyDb, type PrivacyDb } from './helpers.js';

const DAY = 86_400_000;

describe('retention cutoffs', () => {
  it('are the configured number of days back, and none for 0', () => {
    const now = new Date('2027-01-15T00:00:00Z');
    expect(retentionCutoffs(now, { transcriptRetentionDays: 365, rawMailRetentionDays: 0 })).toEqual({
      transcriptsBefore: new Date(now.getTime() - 365 * DAY),
      rawMailBefore: null,
    });
  });
});

describe.each(testEngines())('retention sweep on %s', (engine) => {
  let t: PrivacyDb;
  let clock = Date.parse('2026-01-01T10:00:00Z');
  const now = () => new Date(clock);

  beforeEach(async () => {
    clock = Date.parse('2026-01-01T10:00:00Z');
    t = await openPrivacyDb(engine, now);
  });
  afterEach(async () => {
    await t?.destroy();
  });

  const serviceKeeping = (transcriptRetentionDays: number, rawMailRetentionDays: number) =>
    createPrivacyService({
      store: createPersonalDataStore(t.repos, now),
      audit: t.repos.audit,
      retention: { transcriptRetentionDays, rawMailRetentionDays },
      now,
    });

  async function seed() {
    const store = createEmailStore(t.db as never, { box: t.repos.secrets });
    const mailOf = (ticketId: string, street: string, id: string) => ({
      ticketId,
      to: 'anna@example.se',
      subject: 'Re: router',
      text: `Vi kommer till ${street}`,
      html: `<p>Vi kommer till ${street}</p>`,
      messageId: `<${id}@isp.example>`,
      inReplyTo: null,
      references: [],
      headers: {},
    });
    const old = await t.repos.tickets.create({ channel: 'email', language: 'sv', subject: 'Storgatan 12' }, [
      {
        type: 'message_in',
        channel: 'email',
        actor: { kind: 'customer', id: null },
        text: 'Routern på Storgatan 12 är död',
      },
      {
        type: 'triage',
        actor: { kind: 'bot', id: null },
        intent: 'no_connection',
        confidence: 0.8,
        runnerUp: null,
        language: 'sv',
        priority: 'P3',
        reasons: [],
        entities: { street: 'Storgatan 12' },
      },
    ]);
    await t.repos.tickets.setState(old.id, 'transcript', [
      { id: '1', role: 'customer', text: 'Storgatan 12' },
    ]);
    await store.journal({
      messageId: '<old@example.se>',
      from: 'anna@example.se',
      subject: 'router',
      classification: 'customer',
      reason: null,
      ticketId: old.id,
      raw: Buffer.from('Subject: router\r\n\r\nStorgatan 12\r\n'),
    });
    await store.saveAttachment(old.id, {
      filename: 'Storgatan.jpg',
      contentType: 'image/jpeg',
      size: 3,
      content: Buffer.from('abc'),
    });
    const sentId = await store.enqueue(mailOf(old.id, 'Storgatan 12', 'old-sent'));
    await store.markSent(sentId);
    const queuedId = await store.enqueue(mailOf(old.id, 'kontoret', 'old-queued'));
    const oldAt = new Date(clock).toISOString();
    for (const table of ['email_journal', 'attachments', 'email_outbox'] as const) {
      const column = table === 'email_journal' ? 'received_at' : 'created_at';
      await t.db
        .updateTable(table)
        .set({ [column]: oldAt })
        .execute();
    }

    clock = Date.parse('2026-12-01T10:00:00Z');
    const recent = await t.repos.tickets.create({ channel: 'email', language: 'sv' }, [
      {
        type: 'message_in',
        channel: 'email',
        actor: { kind: 'customer', id: null },
        text: 'Nu är det Lillgatan 3 som krånglar',
      },
    ]);
    await store.journal({
      messageId: '<new@example.se>',
      from: 'anna@example.se',
      subject: 'router',
      classification: 'customer',
      reason: null,
      ticketId: recent.id,
      raw: Buffer.from('Subject: router\r\n\r\nLillgatan 3\r\n'),
    });
    await t.db
      .updateTable('email_journal')
      .set({ received_at: new Date(clock).toISOString() })
      .where('message_id', '=', '<new@example.se>')
      .execute();
    return { old, recent, queuedId };
  }

  it('removes the words of old conversations and old raw mail, and keeps recent ones and unsent mail', async () => {
    const { old, recent, queuedId } = await seed();
    const before = await t.repos.tickets.timeline(old.id);
    clock = Date.parse('2027-01-15T10:00:00Z');
    const privacy = serviceKeeping(365, 90);

    expect(await privacy.sweep()).toEqual({ transcripts: 1, mailsReceived: 1, attachments: 1, mailsSent: 1 });

    const dump = await dumpAllRows(t);
    expect(dump).not.toContain('Storgatan');
    expect(dump).toContain('Lillgatan 3');
    if (engine === 'sqlite') expect(t.fileBytes().includes('Storgatan')).toBe(false);

    const after = await t.repos.tickets.timeline(old.id);
    expect(after.map((e) => e.type)).toEqual(before.map((e) => e.type));
    expect(after[0]).toMatchObject({ type: 'message_in', text: ERASED });
    expect(after[1]).toMatchObject({ type: 'triage', intent: 'no_connection', confidence: 0.8 });
    expect(await t.repos.tickets.getState(old.id, 'transcript')).toBeNull();
    expect((await t.repos.tickets.get(old.id))?.subject).toBeNull();
    expect((await t.repos.tickets.timeline(recent.id))[0]).toMatchObject({
      text: 'Nu är det Lillgatan 3 som krånglar',
    });
    expect((await t.repos.tickets.list({ q: 'Lillgatan' })).items.map((x) => x.id)).toEqual([recent.id]);

    // A mail still waiting to be sent is not raw mail past its time; it stays (masked text only).
    const outbox = await t.db.selectFrom('email_outbox').select(['id', 'status']).execute();
    expect(outbox).toEqual([{ id: queuedId, status: 'queued' }]);

    // Idempotent, and audited once.
    expect(await privacy.sweep()).toEqual({ transcripts: 0, mailsReceived: 0, attachments: 0, mailsSent: 0 });
    const sweeps = (await t.repos.audit.list({ target: 'retention' })).filter(
      (e) => e.action === 'security.event' && e.detail.startsWith('privacy.sweep'),
    );
    expect(sweeps).toHaveLength(1);
  });

  it('works through more idle tickets than one batch holds', async () => {
    for (let i = 0; i < 230; i++) {
      await t.repos.tickets.create({ channel: 'chat', language: 'sv' }, [
        {
          type: 'message_in',
          channel: 'chat',
          actor: { kind: 'customer', id: null },
          text: `Storgatan ${i}`,
        },
      ]);
    }
    clock = Date.parse('2027-06-01T00:00:00Z');
    expect((await serviceKeeping(30, 0).sweep()).transcripts).toBe(230);
    expect(await dumpAllRows(t)).not.toContain('Storgatan');
  });

  it('keeps everything when the retention periods are 0', async () => {
    await seed();
    clock = Date.parse('2030-01-01T00:00:00Z');
    const privacy = serviceKeeping(0, 0);
    expect(await privacy.sweep()).toEqual({ transcripts: 0, mailsReceived: 0, attachments: 0, mailsSent: 0 });
    expect(await dumpAllRows(t)).toContain('Storgatan 12');
  });
});
