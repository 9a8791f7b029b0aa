import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../storage/db.js';
import { migrations } from '../storage/migrations/index.js';
import { AcsStore } from './store.js';
import { startTestAcs, type TestAcs } from './testing/harness.js';
import { TestCpe } from './testing/test-cpe.js';

// What one plain CWMP session (periodic Inform, one queued GetParameterValues) writes to SQLite's
// write-ahead log: every page a commit changes is a frame (two writes, a checksum over the page),
// and the checkpoint copies the pages back. On SQLite those pages, not the statements, are most of
// a commit's cost (bench/report-notes.md, 2026-12-07).

const FRAME = 24 + 4096; // frame header + one page (the default page size)

let t: TestAcs | null = null;
let dir = '';

afterEach(async () => {
  await t?.close();
  t = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Frames in the WAL after `f`, the log emptied before it. */
async function framesOf(file: string, f: () => Promise<void>): Promise<number> {
  const other = new SQLite(file);
  try {
    other.pragma('wal_checkpoint(TRUNCATE)');
    expect(statSync(`${file}-wal`).size).toBe(0);
    await f();
    return Math.round((statSync(`${file}-wal`).size - 32) / FRAME);
  } finally {
    other.close();
  }
}

describe('pages a CWMP session writes on SQLite', () => {
  it('a periodic session with one read writes 13 pages: no more than its rows and their indexes', async () => {
    dir = mkdtempSync(join(tmpdir(), 'acs-pages-'));
    const file = join(dir, 'acs.db');
    t = await startTestAcs({}, { dbUrl: file });
    const cpe = new TestCpe({ acsUrl: t.url, serial: 'PAGES0001' });
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    await cpe.idle();
    await t.acs.queue.enqueue(cpe.deviceId, 'getParameterValues', { names: ['Device.DeviceInfo.UpTime'] });
    // One session first, so that the one counted finds its rows as a router in service does.
    await cpe.inform([{ code: '2 PERIODIC', commandKey: '' }]);
    await cpe.idle();
    await t.acs.queue.enqueue(cpe.deviceId, 'getParameterValues', { names: ['Device.DeviceInfo.UpTime'] });

    const frames = await framesOf(file, async () => {
      await cpe.inform([{ code: '2 PERIODIC', commandKey: '' }]);
      await cpe.idle();
    });
    expect(cpe.received.at(-1)).toBe('GetParameterValues');
    // The lock (1, its own commit); the task marked sent: its row and two indexes (3); the session's
    // write: device state, cached values, the event, its index and the autoincrement counter, the
    // task's row and two indexes, the lock (9). Before 2026-12-07 the lock was a row and an index: 15.
    expect(frames).toBeLessThanOrEqual(13);
    await cpe.stop();
  });
});

describe('migration 030: the lock table keyed by its name on SQLite', () => {
  it('keeps the locks held while it runs, and they work as before', async () => {
    const db = openDatabase(':memory:');
    try {
      const names = Object.keys(migrations).sort();
      for (const name of names.filter((n) => n < '030')) await migrations[name]!.up(db.db as never, 'sqlite');
      const store = new AcsStore(db.db as never, 'sqlite');
      const now = '2026-12-07T02:00:00.000Z';
      const until = '2026-12-07T02:01:00.000Z';
      expect(await store.acquireLock('cwmp:A', 'one', now, until)).toBe(true);
      await migrations['030_acs_locks_clustered']!.up(db.db as never, 'sqlite');
      const table = await sql<{
        sql: string;
      }>`select sql from sqlite_master where name = 'acs_locks'`.execute(db.db);
      expect(table.rows[0]?.sql).toMatch(/without rowid/i);
      expect(await store.lockHolder('cwmp:A', now)).toBe('one');
      expect(await store.acquireLock('cwmp:A', 'two', now, until)).toBe(false);
      expect(await store.acquireLock('cwmp:A', 'two', '2026-12-07T02:02:00.000Z', until)).toBe(true);
      await store.releaseLock('cwmp:A', 'two');
      expect(await store.lockHolder('cwmp:A', now)).toBeNull();
      await migrations['030_acs_locks_clustered']!.down!(db.db as never, 'sqlite');
      expect(await store.acquireLock('cwmp:B', 'three', now, until)).toBe(true);
      expect(await store.lockHolder('cwmp:B', now)).toBe('three');
    } finally {
      await db.close();
    }
  });
});
