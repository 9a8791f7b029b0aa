import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TimelineEvent } from '../../src/domain/index.js';
import { clearSearchDocs } from '../../src/storage/privacy/erase.js';
import { TicketRepository } from '../../src/storage/repos/tickets.js';
import { flushSearchQueue } from '../../src/storage/search.js';
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
  // The default delay (seconds) joins a conversation's turns; here a shorter one keeps the tests quick.
  const delay = TicketRepository.searchFlushDelayMs;
  beforeAll(async () => {
    TicketRepository.searchFlushDelayMs = 500;
    t = await openTestDb('sqlite', steppingClock());
  });
  afterAll(async () => {
    TicketRepository.searchFlushDelayMs = delay;
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

  const matches = async (word: string) =>
    (
      await sql<{
        rowid: number;
      }>`SELECT rowid FROM ticket_search WHERE ticket_search MATCH ${`"${word}"`}`.execute(t.db)
    ).rows.map((r) => Number(r.rowid));

  it('queued text is indexed after the flush delay without a search, what follows meanwhile with it', async () => {
    const ticket = await t.repos.tickets.create({ channel: 'chat', language: 'en' });
    const seq = await seqOf(ticket.id);
    await t.repos.tickets.append(ticket.id, [note('router restarted twice')]);
    await t.repos.tickets.append(ticket.id, [note('then the quokkalight came on')]);
    // Not yet in the index (a search would flush first and see it).
    expect(await matches('quokkalight')).toEqual([]);
    await vi.waitFor(async () => expect(await queued()).toEqual([]), { timeout: 10_000, interval: 50 });
    // As appended before the queue: a newline, then the text (the document had no subject).
    expect(await docOf(seq)).toBe('\nrouter restarted twice\nthen the quokkalight came on');
    expect(await matches('quokkalight')).toEqual([seq]);
  });

  it('a flush rewrites each document once, its pieces in the order written, and gives the loop a turn between transactions', async () => {
    const a = await t.repos.tickets.create({ channel: 'chat', language: 'en', subject: 'Fibre box' });
    const b = await t.repos.tickets.create({ channel: 'chat', language: 'en', subject: 'Wifi' });
    const [sa, sb] = [await seqOf(a.id), await seqOf(b.id)];
    await t.repos.tickets.append(a.id, [note('red lamp on the wombatbox')]);
    await t.repos.tickets.append(b.id, [note('channel changed')]);
    await t.repos.tickets.append(a.id, [note('wombatbox restarted')]);
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    // One document per transaction: a's two pieces go in its one update, then b's.
    const applied = await flushSearchQueue(t.db, { docs: 1 });
    ticking = false;
    expect(applied).toBe(3);
    expect(turns).toBeGreaterThanOrEqual(1);
    expect(await docOf(sa)).toBe('Fibre box\nred lamp on the wombatbox\nwombatbox restarted');
    expect(await docOf(sb)).toBe('Wifi\nchannel changed');
    expect(await queued()).toEqual([]);
    expect((await t.repos.tickets.list({ q: 'wombatbox restarted' })).items.map((x) => x.id)).toEqual([a.id]);
  });

  it('a flush stops a transaction once its time budget is spent, and finishes the queue in the next', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) {
      const x = await t.repos.tickets.create({ channel: 'chat', language: 'en' });
      await t.repos.tickets.append(x.id, [note(`budgetword${i}`)]);
      ids.push(await seqOf(x.id));
    }
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    // A budget of 0: every document is a transaction of its own, a loop turn after each.
    expect(await flushSearchQueue(t.db, { budgetMs: 0 })).toBe(5);
    ticking = false;
    expect(turns).toBeGreaterThanOrEqual(4);
    expect(await queued()).toEqual([]);
    for (const [i, seq] of ids.entries()) expect(await matches(`budgetword${i}`)).toEqual([seq]);
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
