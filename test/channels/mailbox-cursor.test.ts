import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/storage/db.js';
import { createMailboxCursor } from '../../src/storage/mailbox-cursor.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { freshSchema } from '../helpers/pg-schema.js';

// The record of taken IMAP UIDs (migration 021) on both engines: a claim is exclusive while it
// lasts, a finished message is never claimed again, a released or abandoned one is.

const PG = process.env.TEST_DATABASE_URL;
const engines = [
  { name: 'SQLite', target: async () => ({ databaseUrl: ':memory:', drop: async () => undefined }) },
  ...(PG ? [{ name: 'PostgreSQL', target: () => freshSchema(PG, 'imapcursor') }] : []),
];

describe.each(engines)('mailbox cursor ($name)', ({ target }) => {
  const open: { db: Db; drop: () => Promise<void> }[] = [];
  afterAll(async () => {
    for (const o of open) {
      await o.db.close();
      await o.drop();
    }
  });
  async function cursorWithClock() {
    const t = await target();
    const db = openDatabase(t.databaseUrl);
    open.push({ db, drop: t.drop });
    await migrateToLatest(db.db as never, db.engine);
    const clock = { now: at(0) };
    return { c: createMailboxCursor(db.db as never, () => clock.now), clock };
  }
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 5, 6, minute));
  const HOLD = 10 * 60_000;

  it('claims once, finishes for good, and keeps mailboxes and UIDVALIDITYs apart', async () => {
    const { c } = await cursorWithClock();
    expect(await c.last('box', '7')).toBeNull();
    expect(await c.claim('box', '7', 3, at(0), HOLD)).toBe(true);
    expect(await c.claim('box', '7', 3, at(1), HOLD)).toBe(false);
    expect(await c.claim('box', '8', 3, at(1), HOLD)).toBe(true);
    expect(await c.claim('other', '7', 3, at(1), HOLD)).toBe(true);
    await c.finish('box', '7', 3, 'answered');
    expect(await c.claim('box', '7', 3, at(30), HOLD)).toBe(false);
    expect(await c.claim('box', '7', 5, at(2), HOLD)).toBe(true);
    expect(await c.last('box', '7')).toBe(5);
    expect(await c.unfinished('box', '7', at(3))).toEqual([]);
  });

  it('gives a released message, or one whose claim ran out, to the next claim, counting attempts', async () => {
    const { c } = await cursorWithClock();
    await c.claim('box', '1', 10, at(0), HOLD);
    await c.claim('box', '1', 11, at(0), HOLD);
    await c.release('box', '1', 10, 'storage unavailable');
    expect(await c.unfinished('box', '1', at(1))).toEqual([{ uid: 10, attempts: 1 }]);
    expect(await c.unfinished('box', '1', at(11))).toEqual([
      { uid: 10, attempts: 1 },
      { uid: 11, attempts: 1 },
    ]);
    expect(await c.claim('box', '1', 11, at(5), HOLD)).toBe(false);
    expect(await c.claim('box', '1', 11, at(11), HOLD)).toBe(true);
    expect(await c.claim('box', '1', 10, at(11), HOLD)).toBe(true);
    expect(await c.unfinished('box', '1', at(12))).toEqual([]);
    await c.release('box', '1', 10, 'again');
    expect(await c.unfinished('box', '1', at(12))).toEqual([{ uid: 10, attempts: 2 }]);
  });

  it('forgets finished rows a day old, but not the highest UID, the unfinished or the recent', async () => {
    const { c, clock } = await cursorWithClock();
    for (const uid of [1, 2, 3, 4]) {
      await c.claim('box', '1', uid, at(0), HOLD);
      if (uid !== 2) await c.finish('box', '1', uid, 'answered');
    }
    await c.claim('box', '0', 1, at(0), HOLD);
    await c.finish('box', '0', 1, 'answered');
    clock.now = at(30);
    await c.claim('box', '1', 5, at(30), HOLD);
    await c.finish('box', '1', 5, 'answered');
    // Rows of uids 1, 3, 4 (finished at minute 0) and the old UIDVALIDITY go; 2 (unfinished) and 5 stay.
    expect(await c.prune('box', '1', at(10))).toBe(4);
    expect(await c.last('box', '1')).toBe(5);
    expect(await c.unfinished('box', '1', at(40))).toEqual([{ uid: 2, attempts: 1 }]);
    expect(await c.last('box', '0')).toBeNull();
  });
});
