import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TimelineEvent } from '../../src/domain/index.js';
import { clearSearchDocs } from '../../src/storage/privacy/erase.js';
import { openTestDb, steppingClock, type TestDb } from './helpers.js';

// SQLite: a write adds text for the ticket's search document to a queue instead of re-indexing the
// FTS5 document (secure-delete) on the event loop inside the turn; searches still see it at once.
const note = (text: string): TimelineEvent => ({
  type: 'note',
  text,
  internal: true,
  actor: { kind: 'system', id: null },
});

describe('search text queued on SQLite', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb('sqlite', steppingClock());
  });
  afterAll(async () => {
    await t?.destroy();
  });

  const docOf = async (seq: number) =>
    (await sql<{ text: string }>`SELECT text FROM ticket_search WHERE rowid = ${seq}`.execute(t.db)).rows[0]
      ?.text;
  const queued = async () =>
    (
      await sql<{ seq: number; text: string }>`SELECT seq, text FROM ticket_search_queue ORDER BY id`.execute(
        t.db,
      )
    ).rows;
  const seqOf = async (id: string) =>
    Number(
      (await t.db.selectFrom('tickets').select('seq').where('id', '=', id).executeTakeFirstOrThrow()).seq,
    );

  it('a write does not re-index the document; a search right after it finds the text', async () => {
    const ticket = await t.repos.tickets.create({ channel: 'chat', language: 'en', subject: 'Slow line' });
    const seq = await seqOf(ticket.id);
    await t.repos.tickets.append(ticket.id, [note('the zebracable was unplugged')]);
    await t.repos.tickets.append(ticket.id, [note('plugged back in by the customer')]);
    expect(await docOf(seq)).toBe('Slow line');
    expect((await queued()).map((r) => r.text)).toEqual([
      'the zebracable was unplugged',
      'plugged back in by the customer',
    ]);
    const found = await t.repos.tickets.list({ q: 'zebracable plugged' });
    expect(found.items.map((x) => x.id)).toEqual([ticket.id]);
    // Applied in the order written, as one update.
    expect(await docOf(seq)).toBe('Slow line\nthe zebracable was unplugged\nplugged back in by the customer');
    expect(await queued()).toEqual([]);
  });

  it('queued text is indexed shortly after the write without a search', async () => {
    const ticket = await t.repos.tickets.create({ channel: 'chat', language: 'en' });
    const seq = await seqOf(ticket.id);
    await t.repos.tickets.append(ticket.id, [note('router restarted twice')]);
    await vi.waitFor(async () => expect(await queued()).toEqual([]), { timeout: 10_000, interval: 50 });
    // As appended before the queue: a newline, then the text (the document had no subject).
    expect(await docOf(seq)).toBe('\nrouter restarted twice');
  });

  it('secrets are masked before they are queued', async () => {
    const ticket = await t.repos.tickets.create({ channel: 'chat', language: 'en' });
    await t.repos.tickets.append(ticket.id, [note('my wifi password is Hemligt-Losen-991')]);
    const rows = await queued();
    expect(rows.map((r) => r.text).join()).not.toContain('Hemligt-Losen-991');
    await t.repos.tickets.flushSearch();
  });

  it('erasing a ticket drops its queued text along with its document', async () => {
    const ticket = await t.repos.tickets.create({ channel: 'chat', language: 'en', subject: 'Anna Berg' });
    const seq = await seqOf(ticket.id);
    await t.repos.tickets.append(ticket.id, [note('Anna lives at Storgatan 12')]);
    expect((await queued()).map((r) => Number(r.seq))).toEqual([seq]);
    await t.db.transaction().execute((trx) => clearSearchDocs(trx, 'sqlite', [seq]));
    expect(await queued()).toEqual([]);
    await t.repos.tickets.flushSearch();
    expect(await docOf(seq)).toBe('');
    expect((await t.repos.tickets.list({ q: 'Storgatan' })).items).toEqual([]);
  });
});
