import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTurnRunner, turnScoped } from '../../src/tickets/unit-of-work.js';
import { openTestDb, testEngines, type TestDb } from './helpers.js';

// A turn reads the ticket once and writes once at its end; what someone else wrote meanwhile (a
// staff note, a status change from the console) survives, and the turn's own changes go on top.

describe.each(testEngines())('a turn as one unit of work on %s', (engine) => {
  let t: TestDb;
  afterEach(async () => t?.destroy());

  it('keeps a change made by someone else during the turn and applies the turn on top of it', async () => {
    t = await openTestDb(engine);
    const tickets = t.repos.tickets;
    const ticket = await tickets.create({ channel: 'chat', language: 'en' });
    const turns = createTurnRunner({ storage: tickets, store: tickets, now: () => new Date() });
    const scoped = turnScoped(tickets);
    await turns.run(ticket.id, async () => {
      await scoped.append(
        ticket.id,
        [{ type: 'note', actor: { kind: 'bot', id: null }, text: 'in the turn', internal: true }],
        {
          status: 'open',
        },
      );
      await scoped.setState(ticket.id, 'conversation', { phase: 'opening' });
      // Within the turn its own writes are read back, nothing is stored yet.
      expect((await scoped.get(ticket.id))?.status).toBe('open');
      expect(await tickets.getState(ticket.id, 'conversation')).toBeNull();
      // Meanwhile a person writes to the same ticket, outside the turn.
      await tickets.append(
        ticket.id,
        [{ type: 'note', actor: { kind: 'staff', id: 's1' }, text: 'from staff', internal: true }],
        {
          priority: 'P2',
        },
      );
    });
    const after = await tickets.get(ticket.id);
    expect(after?.status).toBe('open');
    expect(after?.priority).toBe('P2');
    expect(await tickets.getState(ticket.id, 'conversation')).toEqual({ phase: 'opening' });
    const notes = (await tickets.timeline(ticket.id)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
    expect(notes.sort()).toEqual(['from staff', 'in the turn']);
    // The lease was released: the next turn takes it at once.
    expect(await tickets.lease(ticket.id, 'next', new Date(), new Date(Date.now() + 1000))).not.toBe('held');
  });

  it('waits for a lease another holder has, and takes one that ran out', async () => {
    t = await openTestDb(engine);
    const tickets = t.repos.tickets;
    const ticket = await tickets.create({ channel: 'chat', language: 'en' });
    const now = new Date();
    expect(await tickets.lease(ticket.id, 'a', now, new Date(now.getTime() + 60_000))).not.toBe('held');
    expect(await tickets.lease(ticket.id, 'b', now, new Date(now.getTime() + 60_000))).toBe('held');
    const later = new Date(now.getTime() + 61_000);
    expect(await tickets.lease(ticket.id, 'b', later, new Date(later.getTime() + 60_000))).not.toBe('held');
    expect(await tickets.lease('no-such-ticket', 'b', now, later)).toBeNull();
  });
});

describe.skipIf(!testEngines().includes('postgres'))('a turn written in one statement on PostgreSQL', () => {
  let t: TestDb;
  // Patched before any connection opens: each pooled connection binds its query function then.
  const pgQuery = pg.Client.prototype.query as (...a: unknown[]) => unknown;
  let seen: string[] | null = null;
  beforeAll(() => {
    pg.Client.prototype.query = function (this: pg.Client, ...a: unknown[]) {
      const q = a[0] as string | { text?: string };
      seen?.push((typeof q === 'string' ? q : (q?.text ?? '')).replace(/\s+/g, ' ').trim());
      return pgQuery.apply(this, a);
    } as typeof pg.Client.prototype.query;
  });
  afterAll(() => {
    pg.Client.prototype.query = pgQuery as typeof pg.Client.prototype.query;
  });
  afterEach(async () => t?.destroy());
  /** The statements the database sees while `fn` runs. */
  async function statementsOf(fn: () => Promise<unknown>): Promise<string[]> {
    const mine: string[] = [];
    seen = mine;
    try {
      await fn();
    } finally {
      seen = null;
    }
    return mine;
  }

  it('writes events, state, search text, the pending turn and the lease release in one round trip', async () => {
    t = await openTestDb('postgres');
    const tickets = t.repos.tickets;
    const ticket = await tickets.create({ channel: 'chat', language: 'en' });
    const turns = createTurnRunner({ storage: tickets, store: tickets, now: () => new Date() });
    const scoped = turnScoped(tickets);
    const statements = await statementsOf(() =>
      turns.run(ticket.id, async () => {
        await scoped.append(
          ticket.id,
          [{ type: 'note', actor: { kind: 'bot', id: null }, text: 'zebracrossing', internal: true }],
          { status: 'open' },
        );
        await scoped.setState(ticket.id, 'conversation', { phase: 'opening' });
        turns.current()?.addPending(ticket.id, 'm1', new Date().toISOString());
      }),
    );
    // The lease with the read, then the writes: no transaction around them.
    expect(statements).toHaveLength(2);
    expect(statements[1]).toMatch(/^WITH t AS \(UPDATE tickets SET/);
    expect(statements).not.toContain('BEGIN');
    expect((await tickets.get(ticket.id))?.status).toBe('open');
    expect(await tickets.getState(ticket.id, 'conversation')).toEqual({ phase: 'opening' });
    const notes = (await tickets.timeline(ticket.id)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
    expect(notes).toEqual(['zebracrossing']);
    const search = await sql<{ text: string }>`SELECT text FROM ticket_search`.execute(t.db);
    expect(search.rows.some((r) => r.text.includes('zebracrossing'))).toBe(true);
    const pending = await sql<{ message_id: string }>`SELECT message_id FROM pending_turns`.execute(t.db);
    expect(pending.rows.map((r) => r.message_id)).toEqual(['m1']);
    expect(await tickets.lease(ticket.id, 'next', new Date(), new Date(Date.now() + 1000))).not.toBe('held');
  });

  it('writes nothing of that statement when someone else changed the ticket, and the turn goes on top', async () => {
    t = await openTestDb('postgres');
    const tickets = t.repos.tickets;
    const ticket = await tickets.create({ channel: 'chat', language: 'en' });
    const turns = createTurnRunner({ storage: tickets, store: tickets, now: () => new Date() });
    const scoped = turnScoped(tickets);
    await turns.run(ticket.id, async () => {
      await scoped.append(
        ticket.id,
        [{ type: 'note', actor: { kind: 'bot', id: null }, text: 'in the turn', internal: true }],
        { status: 'open' },
      );
      await scoped.setState(ticket.id, 'conversation', { phase: 'opening' });
      await tickets.append(
        ticket.id,
        [{ type: 'note', actor: { kind: 'staff', id: 's1' }, text: 'from staff', internal: true }],
        { priority: 'P2' },
      );
    });
    const notes = (await tickets.timeline(ticket.id)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
    // Once each: the one statement wrote none of its events before the turn was written again.
    expect(notes.sort()).toEqual(['from staff', 'in the turn']);
    const after = await tickets.get(ticket.id);
    expect(after?.status).toBe('open');
    expect(after?.priority).toBe('P2');
    expect(await tickets.getState(ticket.id, 'conversation')).toEqual({ phase: 'opening' });
  });
});
