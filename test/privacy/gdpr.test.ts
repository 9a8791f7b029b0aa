import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPrivacyService, type PrivacyService } from '../../src/privacy/service.js';
import { ERASED } from '../../src/privacy/skeleton.js';
import { createPersonalDataStore } from '../../src/storage/privacy/index.js';
import { testEngines } from '../foundation/helpers.js';
import { ANNA, BERTIL, seedCustomer, type SeededCustomer } from './fixtures.js';
import { dumpAllRows, openPrivacyDb, type PrivacyDb } from './helpers.js';

const STAFF = { kind: 'staff' as const, id: 'dpo' };

describe.each(testEngines())('GDPR export and erasure on %s', (engine) => {
  let t: PrivacyDb;
  let privacy: PrivacyService;
  let anna: SeededCustomer;
  let bertil: SeededCustomer;

  beforeEach(async () => {
    t = await openPrivacyDb(engine);
    privacy = createPrivacyService({
      store: createPersonalDataStore(t.repos),
      audit: t.repos.audit,
      retention: { transcriptRetentionDays: 0, rawMailRetentionDays: 0 },
    });
    anna = await seedCustomer(t, ANNA);
    bertil = await seedCustomer(t, BERTIL);
  });
  afterEach(async () => {
    await t?.destroy();
  });

  it('exports everything held about one customer and nothing about another', async () => {
    const archive = await privacy.exportCustomer(ANNA.number, STAFF);
    expect(archive).not.toBeNull();
    const a = archive!;
    expect(a.customer).toMatchObject({ customerNumber: ANNA.number, name: ANNA.name, hasPin: true });
    expect(a.customer.contacts.map((c) => c.value)).toEqual([ANNA.email, ANNA.phone]);
    expect(a.services).toHaveLength(1);
    expect(a.services[0]).toMatchObject({ pppoeUsername: `u${ANNA.number}`, hasPppoePassword: true });
    expect(a.devices.map((d) => d.id)).toEqual([anna.deviceId]);
    expect(a.tickets.map((x) => x.id).sort()).toEqual([anna.chatTicketId, anna.mailTicketId].sort());
    const chat = a.tickets.find((x) => x.id === anna.chatTicketId)!;
    expect(chat.timeline.some((e) => e.type === 'message_in' && e.text.includes(ANNA.street))).toBe(true);
    expect(chat.transcript).toHaveLength(1);
    expect(chat.escalations[0].packet.customer?.name).toBe(ANNA.name);
    expect(chat.qaReviews).toEqual([
      expect.objectContaining({ reviewer: 'eva', safety: 5, comment: `Good with ${ANNA.name}` }),
    ]);
    expect(a.email.received).toHaveLength(1);
    expect(a.email.received[0].raw).toContain(ANNA.street);
    expect(a.email.attachments).toEqual([
      expect.objectContaining({ filename: `${ANNA.name}-kvitto.pdf`, size: 9 }),
    ]);
    expect(a.email.attachments[0]).not.toHaveProperty('content');
    expect(a.email.sent).toEqual([expect.objectContaining({ to: ANNA.email, text: `Hej ${ANNA.name}!` })]);
    expect(a.audit.map((x) => x.action).sort()).toEqual([
      'consent.given',
      'device.action',
      'identity.verified',
    ]);

    const text = JSON.stringify(a);
    for (const v of BERTIL_VALUES()) expect(text).not.toContain(v);
    expect(text).not.toMatch(/scrypt\$|ppp-secret-1|v1\./);

    // The export itself is audited.
    const entries = await t.repos.audit.list({ target: ANNA.number });
    expect(
      entries.some(
        (x) => x.action === 'security.event' && x.detail === 'privacy.export' && x.actor.id === 'dpo',
      ),
    ).toBe(true);
    expect(await privacy.exportCustomer('999999', STAFF)).toBeNull();
  });

  it('erasure removes contact data, conversations, mail and search entries and keeps anonymous skeletons', async () => {
    const eventsBefore = await t.repos.tickets.timeline(anna.chatTicketId);
    const auditBefore = await t.db
      .selectFrom('audit_log')
      .select(['id', 'at', 'action'])
      .orderBy('id')
      .execute();

    const counts = await privacy.eraseCustomer(ANNA.number, STAFF);
    expect(counts).toMatchObject({ tickets: 2, mailsReceived: 1, attachments: 1, mailsSent: 1 });
    expect(counts!.auditEntries).toBeGreaterThanOrEqual(3);

    const dump = await dumpAllRows(t);
    for (const v of anna.personal) expect(dump, v).not.toContain(v);
    for (const v of BERTIL_VALUES()) expect(dump, v).toContain(v);
    if (engine === 'sqlite') expect(t.fileBytes().includes(ANNA.street)).toBe(false);

    // Tickets stay, with who-did-what-when but no words.
    const ticket = await t.repos.tickets.get(anna.chatTicketId);
    expect(ticket).toMatchObject({
      customerId: null,
      serviceId: null,
      subject: null,
      status: 'escalated',
      queue: 'field',
    });
    const events = await t.repos.tickets.timeline(anna.chatTicketId);
    expect(events.map((e) => [e.type, e.at])).toEqual(eventsBefore.map((e) => [e.type, e.at]));
    const firstIn = events.find((e) => e.type === 'message_in');
    expect(firstIn && 'text' in firstIn ? firstIn.text : null).toBe(ERASED);
    expect(await t.repos.tickets.getState(anna.chatTicketId, 'transcript')).toBeNull();
    const [esc] = await t.repos.tickets.escalations(anna.chatTicketId);
    expect(esc.packet).toMatchObject({
      customer: null,
      device: null,
      problem: ERASED,
      stepsTried: [{ step: 'reboot', result: 'done' }],
    });
    expect((await t.repos.tickets.list({ q: 'Storgatan' })).items).toEqual([]);
    expect(
      await t.db
        .selectFrom('qa_reviews')
        .select(['safety', 'comment'])
        .where('ticket_id', '=', anna.chatTicketId)
        .execute(),
    ).toEqual([{ safety: 5, comment: ERASED }]);
    expect((await t.repos.tickets.list({ q: 'Lillgatan' })).items).toHaveLength(2);

    // The audit log keeps every entry's action and time, about nobody, plus the erasure itself.
    const auditAfter = await t.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(
      auditAfter.slice(0, auditBefore.length).map((r) => ({ id: r.id, at: r.at, action: r.action })),
    ).toEqual(auditBefore);
    const erasure = auditAfter.at(-1)!;
    expect(erasure).toMatchObject({
      action: 'security.event',
      target: 'erased',
      actor_kind: 'staff',
      actor_id: 'dpo',
    });
    expect(erasure.data).toContain('privacy.erase');

    // The device stays in the inventory, no longer linked to anyone.
    expect((await t.repos.devices.get(anna.deviceId))?.serviceId).toBeNull();
    expect(await t.repos.customers.byNumber(ANNA.number)).toBeNull();
    expect(await privacy.exportCustomer(ANNA.number, STAFF)).toBeNull();
    expect(await privacy.eraseCustomer(ANNA.number, STAFF)).toBeNull();
  });

  it('the audit log still refuses every change other than erasure', async () => {
    await expect(sql`UPDATE audit_log SET data = '{}'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`UPDATE audit_log SET target = 'someone else'`.execute(t.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(
      sql`UPDATE audit_log SET target = 'erased', action = 'staff.login'`.execute(t.db),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`UPDATE audit_log SET target = 'erased', at = '2000-01-01'`.execute(t.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('deleting a customer through the repository no longer leaves their transcripts behind', async () => {
    await t.repos.customers.deleteCustomer(anna.customerId);
    const dump = await dumpAllRows(t);
    for (const v of anna.personal) expect(dump, v).not.toContain(v);
    expect(await t.repos.tickets.getState(anna.chatTicketId, 'transcript')).toBeNull();
    const audit = await t.repos.audit.list({ target: 'erased' });
    expect(audit.some((x) => x.action === 'security.event' && x.reason === 'customer deleted')).toBe(true);
    await expect(t.repos.customers.deleteCustomer(anna.customerId)).rejects.toThrow(/not found|customer/i);
  });

  function BERTIL_VALUES() {
    return bertil.personal;
  }
});
