// The ticket repository keeps SLA due times by the policy of the ticket's queue and priority, in
// business hours, and pauses them in business time while the ticket waits for the customer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, testEngines, type TestDb } from './helpers.js';

describe.each(testEngines())('SLA due times in the ticket repository on %s', (engine) => {
  let t: TestDb;
  let now = new Date('2026-03-13T15:55:00Z');
  beforeAll(async () => {
    t = await openTestDb(engine, () => now);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('a P2 chat opened Friday 16:55 is due Monday 11:55; in the NOC queue the clock runs round the clock', async () => {
    now = new Date('2026-03-13T15:55:00Z');
    const tk = await t.repos.tickets.create({ channel: 'chat', language: 'sv', priority: 'P2' });
    expect(tk.slaDueAt).toBe('2026-03-16T10:55:00.000Z');
    const moved = await t.repos.tickets.append(tk.id, [], { queue: 'noc' });
    expect(moved.slaDueAt).toBe('2026-03-13T19:55:00.000Z');
  });

  it('waiting for the customer over Easter keeps the business time left', async () => {
    // Skärtorsdagen 2026-04-02 16:00 CEST.
    now = new Date('2026-04-02T14:00:00Z');
    const tk = await t.repos.tickets.create({ channel: 'chat', language: 'sv', priority: 'P2' });
    now = new Date('2026-04-02T14:30:00Z');
    const waiting = await t.repos.tickets.append(tk.id, [], { status: 'pending_customer' });
    expect(waiting.slaDueAt).toBeNull();
    // The customer answers on annandag påsk; the clock starts again on Tuesday at 08:00 with 3 h 30 min left.
    now = new Date('2026-04-06T10:00:00Z');
    const back = await t.repos.tickets.append(tk.id, [], { status: 'open' });
    expect(back.slaDueAt).toBe('2026-04-07T09:30:00.000Z');
  });
});
