import { afterEach, describe, expect, it } from 'vitest';
import type { TurnStorage } from '../../src/tickets/turn-storage.js';
import { createTurnRunner } from '../../src/tickets/unit-of-work.js';
import { openTestDb, testEngines, type TestDb } from './helpers.js';

// A turn's lease is renewed while the turn runs (a turn waiting on a router lasts seconds to
// minutes). The turns under way in one desk are renewed together: one statement per tick for all
// of them, not one per turn (issue 17: under load the renewals were the desk's most frequent
// statement), and no lease goes longer than a third of its length without a renewal.

const LEASE_MS = 3000;
const EVERY = LEASE_MS / 3;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(testEngines())('turn leases renewed together on %s', (engine) => {
  let t: TestDb;
  afterEach(async () => t?.destroy());

  it('renews the leases of the turns under way in one statement, each in time', async () => {
    t = await openTestDb(engine);
    const tickets = t.repos.tickets;
    const calls: { at: number; ticketIds: string[] }[] = [];
    const storage = Object.create(tickets) as TurnStorage;
    storage.renew = (leases, until) => {
      calls.push({ at: Date.now(), ticketIds: leases.map((l) => l.ticketId) });
      return tickets.renew(leases, until);
    };
    const warned: string[] = [];
    const turns = createTurnRunner({
      storage,
      store: tickets,
      now: () => new Date(),
      leaseMs: LEASE_MS,
      log: { warn: (_o, msg) => warned.push(msg ?? '') },
    });
    const ids = await Promise.all(
      [1, 2, 3].map(async () => (await tickets.create({ channel: 'chat', language: 'en' })).id),
    );
    const started = new Map<string, number>();
    let heldPastLease: unknown[] = [];
    await Promise.all(
      ids.map((id, i) =>
        turns.run(id, async () => {
          started.set(id, Date.now());
          await pause(LEASE_MS + 300 + i * 150);
          // Past the lease's first length: still held, because it was renewed.
          if (i === 0)
            heldPastLease = await Promise.all(
              ids.map((other) =>
                tickets.lease(other, 'someone else', new Date(), new Date(Date.now() + 1000)),
              ),
            );
        }),
      ),
    );
    expect(heldPastLease).toEqual(['held', 'held', 'held']);
    const renewals = calls.flatMap((c) => c.ticketIds);
    // Each lease renewed at least twice in its 3 s, in fewer statements than renewals.
    for (const id of ids) expect(renewals.filter((r) => r === id).length).toBeGreaterThanOrEqual(2);
    expect(calls.length).toBeLessThan(renewals.length);
    expect(calls.some((c) => c.ticketIds.length === 3)).toBe(true);
    // No lease went longer than a third of its length (plus timer slack) without a renewal.
    for (const id of ids) {
      const times = [started.get(id)!, ...calls.filter((c) => c.ticketIds.includes(id)).map((c) => c.at)];
      for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeLessThan(EVERY + 400);
    }
    expect(warned).toEqual([]);
    // Released at the end: the next holder takes each lease at once, and nothing is renewed after.
    const after = calls.length;
    for (const id of ids)
      expect(await tickets.lease(id, 'next', new Date(), new Date(Date.now() + 1000))).not.toBe('held');
    await pause(EVERY);
    expect(calls.length).toBe(after);
  });

  it('says when a lease was taken over while the turn ran, for that turn only', async () => {
    t = await openTestDb(engine);
    const tickets = t.repos.tickets;
    const warned: { ticketId?: string; msg?: string }[] = [];
    const turns = createTurnRunner({
      storage: tickets,
      store: tickets,
      now: () => new Date(),
      leaseMs: LEASE_MS,
      log: { warn: (o, msg) => warned.push({ ...(o as { ticketId?: string }), msg }) },
    });
    const a = (await tickets.create({ channel: 'chat', language: 'en' })).id;
    const b = (await tickets.create({ channel: 'chat', language: 'en' })).id;
    await Promise.all([
      turns.run(a, async () => {
        // Someone takes the lease as if it had run out.
        const later = new Date(Date.now() + LEASE_MS + 1000);
        expect(await tickets.lease(a, 'thief', later, new Date(later.getTime() + 60_000))).not.toBe('held');
        await pause(EVERY + 600);
      }),
      turns.run(b, () => pause(EVERY + 600)),
    ]);
    expect(warned.length).toBeGreaterThan(0);
    for (const w of warned)
      expect(w).toEqual({ ticketId: a, msg: 'turn lease taken over by another holder while the turn ran' });
  });
});
