import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freshSchema } from '../../test/helpers/pg-schema.js';
import type { AcsTaskRow } from '../storage/tables/acs.js';
import { startTestAcs, type TestAcs } from './testing/harness.js';
import { statementRecorder } from './testing/statements.js';
import { TestCpe } from './testing/test-cpe.js';

// The statements of one periodic session with one queued read (the bench:acs session): the
// session's state is read once when it starts, the task is marked running when it is sent, and
// everything else — the device's ACS state, cached values, events, the task's result, the lock — is written
// in one transaction at the end.

const sql = statementRecorder();
beforeAll(sql.install);
afterAll(sql.uninstall);

/** Runs `f` on a PostgreSQL schema of its own (dropped after). */
async function onPostgres(f: (dbUrl: string) => Promise<void>): Promise<void> {
  const schema = await freshSchema(process.env.TEST_DATABASE_URL!, 'acs_stmt');
  try {
    await f(schema.databaseUrl);
  } finally {
    await t?.close();
    t = null as never;
    await schema.drop();
  }
}

let t: TestAcs;

describe('SQL of a CWMP session', () => {
  afterEach(async () => t?.close());

  async function connectionRequestReads(dbUrl?: string): Promise<string[]> {
    t = await startTestAcs({}, dbUrl ? { dbUrl } : {});
    const cpe = new TestCpe({ acsUrl: t.url, serial: `STMTCR${dbUrl ? 'P' : 'S'}` });
    await cpe.startCrListener();
    // The first session sets the router's connection-request credentials.
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    await cpe.idle();
    const device = (await t.acs.store.getDevice(cpe.deviceId))!;
    sql.start();
    const r = await t.acs.queue.kick(device);
    const statements = sql.stop();
    expect(r).toMatchObject({ ok: true, via: 'http' });
    await cpe.idle();
    expect(cpe.received).toContain('SetParameterValues');
    await cpe.stop();
    return statements.filter((s) => s.startsWith('select') && /acs_credentials|acs_params/.test(s));
  }

  it('a connection request reads its URL, credentials and UDP address in one statement', async () => {
    const reads = await connectionRequestReads();
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/acs_device_state.*acs_credentials/);
    expect(reads[0]).toMatch(/acs_params/);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'a connection request on PostgreSQL is one round trip to the database',
    () =>
      onPostgres(async (dbUrl) => {
        expect(await connectionRequestReads(dbUrl)).toHaveLength(1);
      }),
  );

  it('reads once, marks the task running, and writes the rest in one transaction', async () => {
    t = await startTestAcs();
    const cpe = new TestCpe({ acsUrl: t.url, serial: 'STMT0001' });
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    await cpe.idle();
    await t.acs.queue.enqueue(cpe.deviceId, 'getParameterValues', { names: ['Device.DeviceInfo.UpTime'] });

    sql.start();
    await cpe.inform([{ code: '2 PERIODIC', commandKey: '' }]);
    await cpe.idle();
    const statements = sql.stop();

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
    () =>
      onPostgres(async (dbUrl) => {
        t = await startTestAcs({}, { dbUrl: dbUrl });
        const cpe = new TestCpe({ acsUrl: t.url, serial: 'STMT0002' });
        await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
        await cpe.idle();
        await t.acs.queue.enqueue(cpe.deviceId, 'getParameterValues', {
          names: ['Device.DeviceInfo.UpTime'],
        });
        sql.start();
        await cpe.inform([{ code: '2 PERIODIC', commandKey: '' }]);
        await cpe.idle();
        const statements = sql.stop();
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
      }),
  );

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'on PostgreSQL an object read removes what the router no longer has in the same write',
    () =>
      onPostgres(async (dbUrl) => {
        t = await startTestAcs({}, { dbUrl: dbUrl });
        const cpe = new TestCpe({ acsUrl: t.url, serial: 'STMT0003' });
        await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
        await cpe.idle();
        const gone = 'Device.DeviceInfo.Gone';
        await t.acs.store.upsertParams(
          cpe.deviceId,
          [{ name: gone, value: 'x', type: 'xsd:string' }],
          '2000-01-01T00:00:00.000Z',
        );
        await t.acs.queue.enqueue(cpe.deviceId, 'getParameterValues', { names: ['Device.DeviceInfo.'] });
        sql.start();
        await cpe.inform([{ code: '2 PERIODIC', commandKey: '' }]);
        await cpe.idle();
        const statements = sql.stop();
        // Lock and reads, the task sent, then one write with the removal: no transaction, no second lock statement.
        expect(statements).toHaveLength(3);
        expect(statements[2]).toMatch(
          /delete from acs_params.*insert into acs_params.*delete from acs_locks/,
        );
        expect(await t.acs.store.getParams(cpe.deviceId, [gone])).toEqual([]);
        expect((await t.acs.store.getParams(cpe.deviceId, ['Device.DeviceInfo.UpTime']))[0]?.value).toBe(
          '1234',
        );
        expect(await t.acs.store.lockHolder(`cwmp:${cpe.deviceId}`, new Date().toISOString())).toBeNull();
        await cpe.stop();
      }),
  );

  /**
   * On PostgreSQL: the statements of the session a periodic Inform starts, which sends the task `queue`
   * puts in, and of the router's session after it (the task's event), but not the waiter's reads.
   */
  async function sessionsOfWaitingTask(
    dbUrl: string,
    serial: string,
    queue: (cpe: TestCpe) => Promise<AcsTaskRow>,
  ): Promise<{ statements: string[]; cpe: TestCpe; task: AcsTaskRow }> {
    t = await startTestAcs({}, { dbUrl: dbUrl });
    const cpe = new TestCpe({ acsUrl: t.url, serial });
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    await cpe.idle();
    const waited = t.acs.queue.wait(await queue(cpe), null, 20_000);
    sql.start();
    await cpe.inform([{ code: '2 PERIODIC', commandKey: '' }]);
    await cpe.idle();
    const task = await waited;
    const statements = sql.stop().filter((s) => !/^select \* from "acs_tasks" where "id"/.test(s));
    await cpe.stop();
    return { statements, cpe, task };
  }

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'on PostgreSQL a task left waiting for the router (a reboot) gives up the lock in the same write',
    () =>
      onPostgres(async (dbUrl) => {
        const { statements, task } = await sessionsOfWaitingTask(dbUrl, 'STMT0004', (cpe) =>
          t.acs.queue.enqueue(cpe.deviceId, 'reboot', {}),
        );
        const taken = statements.filter((s) => s.startsWith('with l as (insert into acs_locks'));
        const givenUp = statements.filter((s) => /delete from acs_locks/.test(s));
        expect(taken).toHaveLength(2);
        // Each session gives its lock up in its last write, the reboot's session too (its task waits).
        expect(givenUp).toHaveLength(2);
        expect(givenUp.every((s) => s.startsWith('with '))).toBe(true);
        expect(statements.filter((s) => s === 'begin')).toEqual([]);
        // The sending session: lock and reads, the task sent, its write. The router's session back
        // from the reboot: lock and reads, then the Inform and the task done in its one write (not
        // the Inform written first, the open tasks read twice and the task written on its own).
        expect(statements).toHaveLength(5);
        expect(statements[4]).toMatch(/update acs_device_state.*update acs_tasks.*delete from acs_locks/);
        expect(task.status).toBe('done');
      }),
  );

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "on PostgreSQL a diagnostic's result session writes the Inform and the task woken together",
    () =>
      onPostgres(async (dbUrl) => {
        const { statements, cpe, task } = await sessionsOfWaitingTask(dbUrl, 'STMT0005', async (cpe) => {
          const device = (await t.acs.store.getDevice(cpe.deviceId))!;
          const args = t.acs.deviceService.diagnosticArgs(device, { kind: 'ipPing', host: '8.8.8.8' });
          return t.acs.queue.enqueue(cpe.deviceId, 'runDiagnostic', args);
        });
        expect(task.status).toBe('done');
        expect(cpe.sessions.at(-1)!.events).toEqual(['8 DIAGNOSTICS COMPLETE']);
        // First session: lock and reads, the task sent, its write. Second: lock and reads, the Inform
        // with the task woken for its read, the read sent, the write with the result.
        expect(statements).toHaveLength(7);
        expect(statements[4]).toMatch(/update acs_device_state.*update acs_tasks/);
        expect(statements.filter((s) => /^select \* from acs_tasks/.test(s))).toEqual([]);
      }),
  );
});
