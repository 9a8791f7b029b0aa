import { afterEach, describe, expect, it } from 'vitest';
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
