import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/storage/db.js';
import { createLeaseLock, LeaseTimeoutError } from '../../src/storage/lease-lock.js';
import { migrateToLatest } from '../../src/storage/migrate.js';

describe('lease lock (one turn at a time across instances)', () => {
  let db: Db;
  beforeAll(async () => {
    db = openDatabase(':memory:');
    await migrateToLatest(db.db as never, db.engine);
  });
  afterAll(() => db.close());

  it('serialises holders from two instances on the same name and releases after each', async () => {
    const one = createLeaseLock(db.db as never);
    const two = createLeaseLock(db.db as never);
    const order: string[] = [];
    let inside = 0;
    const work = (tag: string) => async () => {
      inside++;
      expect(inside).toBe(1);
      order.push(`${tag}:in`);
      await new Promise((r) => setTimeout(r, 5));
      order.push(`${tag}:out`);
      inside--;
      return tag;
    };
    const results = await Promise.all([
      one.run('ticket:1', work('a')),
      two.run('ticket:1', work('b')),
      one.run('ticket:1', work('c')),
    ]);
    expect(results).toEqual(['a', 'b', 'c']);
    for (let i = 0; i < order.length; i += 2) expect(order[i + 1]).toBe(order[i].replace(':in', ':out'));
    expect(
      await db.db
        .selectFrom('leases' as never)
        .selectAll()
        .execute(),
    ).toEqual([]);
  });

  it('releases the lease when the work throws', async () => {
    const lock = createLeaseLock(db.db as never);
    await expect(lock.run('ticket:2', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await lock.run('ticket:2', async () => 'again')).toBe('again');
  });

  it("takes over a crashed holder's lease once it has run out, and gives up waiting on a live one", async () => {
    let t = Date.parse('2026-01-01T00:00:00Z');
    const now = () => new Date(t);
    const crashed = createLeaseLock(db.db as never, { now, leaseMs: 60_000 });
    // A holder that never finishes (its process died): the lease stays until it expires.
    void crashed.run('ticket:3', () => new Promise(() => undefined));
    await new Promise((r) => setTimeout(r, 20));
    const impatient = createLeaseLock(db.db as never, { now, waitMs: 50 });
    await expect(impatient.run('ticket:3', async () => 'never')).rejects.toBeInstanceOf(LeaseTimeoutError);
    t += 61_000;
    const later = createLeaseLock(db.db as never, { now });
    expect(await later.run('ticket:3', async () => 'taken over')).toBe('taken over');
  });

  it('reports a renewal that fails, and one that finds the lease taken over, with the lease name', async () => {
    const warned: { obj: object; msg?: string }[] = [];
    let seen: () => void = () => undefined;
    const log = { warn: (obj: object, msg?: string) => (warned.push({ obj, msg }), seen()) };
    const nextWarning = () => new Promise<void>((r) => (seen = r));
    const lock = createLeaseLock(db.db as never, { leaseMs: 1500, log });
    await lock.run('ticket:renew', async () => {
      const failing = nextWarning();
      await sql`ALTER TABLE leases RENAME TO leases_away`.execute(db.db);
      await failing;
      await sql`ALTER TABLE leases_away RENAME TO leases`.execute(db.db);
      const later = new Date(Date.now() + 60_000);
      const taken = nextWarning();
      await createLeaseLock(db.db as never, { now: () => later }).run('ticket:renew', async () => {
        await taken;
      });
    });
    expect(warned[0].obj).toMatchObject({ lease: 'ticket:renew', err: expect.any(Error) });
    expect(warned[0].msg).toMatch(/renewal failed/);
    expect(warned[1].obj).toEqual({ lease: 'ticket:renew' });
    expect(warned[1].msg).toMatch(/taken over/);
  });
});
