import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freshSchema } from '../../test/helpers/pg-schema.js';
import { startTestAcs, type TestAcs } from './testing/harness.js';
import { TestCpe } from './testing/test-cpe.js';

// The statements of one periodic session with one queued read (the bench:acs session): the
// session's state is read once when it starts, the task is marked running when it is sent, and
// everything else — the device's ACS state, cached values, events, the task's result, the lock — is written
// in one transaction at the end.

let seen: string[] | null = null;
const proto = Object.getPrototypeOf(new SQLite(':memory:').prepare('SELECT 1')) as Record<
  string,
  (...a: unknown[]) => unknown
>;
const original = new Map<string, (...a: unknown[]) => unknown>();

const pgQuery = pg.Client.prototype.query as (...a: unknown[]) => unknown;

beforeAll(() => {
  pg.Client.prototype.query = function (this: pg.Client, ...a: unknown[]) {
    const q = a[0] as string | { text?: string };
    seen?.push((typeof q === 'string' ? q : (q?.text ?? '')).replace(/\s+/g, ' ').trim().toLowerCase());
    return pgQuery.apply(this, a);
  } as typeof pg.Client.prototype.query;
  for (const m of ['run', 'get', 'all', 'iterate']) {
    const f = proto[m]!;
    original.set(m, f);
    proto[m] = function (this: { source: string }, ...a: unknown[]) {
      seen?.push(this.source.replace(/\s+/g, ' ').trim().toLowerCase());
      return f.apply(this, a);
    };
  }
});
afterAll(() => {
  pg.Client.prototype.query = pgQuery as typeof pg.Client.prototype.query;
  for (const [m, f] of original) proto[m] = f;
});

describe('SQL of a CWMP session', () => {
  let t: TestAcs;
  afterEach(async () => t?.close());

  it('reads once, marks the task running, and writes the rest in one transaction', async () => {
    t = await startTestAcs();
    const cpe = new TestCpe({ acsUrl: t.url, serial: 'STMT0001' });
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    await cpe.idle();
    await t.acs.queue.enqueue(cpe.deviceId, 'getParameterValues', { names: ['Device.DeviceInfo.UpTime'] });

    seen = [];
    await cpe.inform([{ code: '2 PERIODIC', commandKey: '' }]);
    await cpe.idle();
    const statements = seen;
    seen = null;

    expect(cpe.received.at(-1)).toBe('GetParameterValues');
    const begin = statements.indexOf('begin');
    const commit = statements.lastIndexOf('commit');
    expect(statements.filter((s) => s === 'begin')).toHaveLength(1);
    const before = statements.slice(0, begin);
    const writesBefore = before.filter((s) => !s.startsWith('select'));
    // The lock, and the task marked running as it is sent; nothing else is written outside the transaction.
    expect(writesBefore).toHaveLength(2);
    expect(writesBefore[0]).toMatch(/^insert into "?acs_locks/);
    expect(writesBefore[1]).toMatch(/^update "?acs_tasks/);
    expect(before.filter((s) => s.startsWith('select'))).toHaveLength(2); // the device row and its open tasks
    expect(statements.slice(commit + 1)).toEqual([]);
    const inside = statements.slice(begin + 1, commit);
    for (const table of ['acs_device_state', 'acs_params', 'acs_events', 'acs_tasks', 'acs_locks'])
      expect(inside.some((s) => new RegExp(`\\b${table}\\b`).test(s) && !s.startsWith('select'))).toBe(true);
    // A periodic Inform changes the ACS's state of the device, not the device record.
    expect(inside.some((s) => /^update "?devices\b/.test(s))).toBe(false);
    expect(statements.length).toBeLessThanOrEqual(12);

    const task = (await t.acs.store.listTasks(cpe.deviceId)).find((x) => x.name === 'getParameterValues');
    expect(task?.status).toBe('done');
    expect((await t.acs.store.getParams(cpe.deviceId, ['Device.DeviceInfo.UpTime']))[0]?.value).toBe('1234');
    expect(await t.acs.store.lockHolder(`cwmp:${cpe.deviceId}`, new Date().toISOString())).toBeNull();
    await cpe.stop();
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'takes three round trips on PostgreSQL: lock and reads, the task sent, the writes',
    async () => {
      const schema = await freshSchema(process.env.TEST_DATABASE_URL!, 'acs_stmt');
      try {
        t = await startTestAcs({}, { dbUrl: schema.databaseUrl });
        const cpe = new TestCpe({ acsUrl: t.url, serial: 'STMT0002' });
        await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
        await cpe.idle();
        await t.acs.queue.enqueue(cpe.deviceId, 'getParameterValues', {
          names: ['Device.DeviceInfo.UpTime'],
        });
        seen = [];
        await cpe.inform([{ code: '2 PERIODIC', commandKey: '' }]);
        await cpe.idle();
        const statements = seen;
        seen = null;
        expect(cpe.received.at(-1)).toBe('GetParameterValues');
        expect(statements).toHaveLength(3);
        expect(statements[0]).toMatch(/^with l as \(insert into acs_locks/);
        expect(statements[1]).toMatch(/^update "?acs_tasks/);
        expect(statements[2]).toMatch(
          /^with s as \(update acs_device_state.*insert into acs_params.*insert into acs_events.*update acs_tasks.*delete from acs_locks/,
        );
        const task = (await t.acs.store.listTasks(cpe.deviceId)).find((x) => x.name === 'getParameterValues');
        expect(task?.status).toBe('done');
        expect((await t.acs.store.getParams(cpe.deviceId, ['Device.DeviceInfo.UpTime']))[0]?.value).toBe(
          '1234',
        );
        expect(await t.acs.store.lockHolder(`cwmp:${cpe.deviceId}`, new Date().toISOString())).toBeNull();
        await cpe.stop();
      } finally {
        await t.close();
        t = null as never;
        await schema.drop();
      }
    },
  );
});
