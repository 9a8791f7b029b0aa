import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../storage/db.js';
import { migrateToLatest } from '../storage/migrate.js';
import type { AcsTables } from '../storage/tables/acs.js';
import { splitDevice } from './device-columns.js';
import { newTaskId } from './ids.js';
import { noWrites } from './session-writes.js';
import { AcsStore } from './store.js';
import { acsDeviceRow } from './testing/device-row.js';
import { acsTestEngines } from './testing/engines.js';
import { statementRecorder } from './testing/statements.js';

// A session's last write gives up its lock when nothing is left for it to do, in the same
// statement that checks that no other task is open (issue 17) — and keeps it, with the open tasks
// read back, when a task was queued while the session ran, so that the session runs it too.

const sql = statementRecorder();
beforeAll(sql.install);
afterAll(sql.uninstall);

const LOCK = 'cwmp:dev';
const OWNER = 'instance:session';
const keepLock = (open: { status: string }[]) => open.some((t) => t.status !== 'waiting');

for (const engine of acsTestEngines('acs_end_lock')) {
  describe(`a session's last write on ${engine.name}`, () => {
    let db: Db;
    let store: AcsStore;
    let drop: () => Promise<void>;
    let n = 0;
    const device = () => acsDeviceRow(`END${++n}`, new Date().toISOString());

    beforeAll(async () => {
      const d = await engine.database();
      drop = d.drop;
      db = openDatabase(d.databaseUrl);
      await migrateToLatest(db.db as never, db.engine);
      store = new AcsStore(db.db as unknown as Kysely<AcsTables>, db.engine);
    });
    afterAll(async () => {
      await db.close();
      await drop();
    });

    async function registered(): Promise<string> {
      const row = device();
      const { device: d, state } = splitDevice(row);
      await store.db.insertInto('devices').values(d).execute();
      await store.db
        .insertInto('acs_device_state')
        .values({ ...state, device_id: row.id })
        .execute();
      return row.id;
    }

    const task = (deviceId: string, status: 'running' | 'pending', at: string) =>
      store.createTask(
        {
          id: newTaskId(),
          device_id: deviceId,
          name: 'getParameterValues',
          args: '{}',
          stage: 'rpc',
          max_attempts: 1,
          expires_at: null,
          status,
        },
        at,
      );

    async function end(deviceId: string, patch: { status: 'done' | 'waiting' }, queued: boolean) {
      const now = new Date().toISOString();
      expect(await store.acquireLock(`${LOCK}${deviceId}`, OWNER, now, '9999')).toBe(true);
      const sent = await task(deviceId, 'running', '2026-01-01T00:00:00.000Z');
      const other = queued ? await task(deviceId, 'pending', '2026-01-01T00:00:01.000Z') : null;
      const w = noWrites(deviceId);
      w.tasks.push({ task: sent, from: ['running'], patch: { ...patch, updated_at: now } });
      sql.start();
      const r = await store.commitSession(w, { lockName: `${LOCK}${deviceId}`, owner: OWNER, keepLock });
      const statements = sql.stop();
      const holder = await store.lockHolder(`${LOCK}${deviceId}`, now);
      return { r, statements, holder, sent, other };
    }

    const openTaskReads = (statements: string[]) =>
      statements.filter((s) => s.startsWith('select') && /from "?acs_tasks"?/.test(s)).length;

    it('gives up the lock without reading the open tasks when nothing is left', async () => {
      const { r, statements, holder } = await end(await registered(), { status: 'done' }, false);
      expect(r).toMatchObject({ taskOk: [true], open: [], released: true });
      expect(holder).toBeNull();
      expect(openTaskReads(statements)).toBe(0);
    });

    it('gives it up with a task left waiting for the router (a reboot), which stays open', async () => {
      const { r, holder, sent } = await end(await registered(), { status: 'waiting' }, false);
      expect(r.released).toBe(true);
      expect(r.open!.map((t) => [t.id, t.status])).toEqual([[sent.id, 'waiting']]);
      expect(holder).toBeNull();
    });

    it('keeps it for a task queued while the session ran, and hands that task back', async () => {
      const { r, holder, other } = await end(await registered(), { status: 'done' }, true);
      expect(r.released).toBe(false);
      expect(r.open!.map((t) => t.id)).toEqual([other!.id]);
      expect(holder).toBe(OWNER);
    });
  });
}
