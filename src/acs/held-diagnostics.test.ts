import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestAcs, type TestAcs } from './testing/harness.js';
import { TestCpe } from './testing/test-cpe.js';

// A router runs one diagnostic at a time; the session that reads one result sends the next. Several
// diagnostics asked for at once (a diagnosis turn's probes) start one session with one connection
// request: the diagnostics waiting their turn are not kicked for, neither at first nor while they
// wait, since each such request made the router open a session the ACS had nothing to do in.

describe('diagnostics queued behind another on the same router', () => {
  let t: TestAcs;
  let cpe: TestCpe;

  beforeEach(async () => {
    t = await startTestAcs();
    cpe = new TestCpe({ acsUrl: t.url, serial: 'SNDIAG1', diagnosticMs: 400 });
    await cpe.startCrListener();
    await cpe.inform([
      { code: '0 BOOTSTRAP', commandKey: '' },
      { code: '1 BOOT', commandKey: '' },
    ]);
    await cpe.idle();
  });

  afterEach(async () => {
    await cpe.stop();
    await t.close();
  });

  const requested = () => cpe.sessions.filter((s) => s.events.includes('6 CONNECTION REQUEST')).length;

  it('runs three diagnostics asked for together after one connection request', async () => {
    const ds = t.acs.deviceService;
    const before = { sessions: cpe.sessions.length, requested: requested() };
    const [ping, ns, dl] = await Promise.all([
      ds.runDiagnostic(cpe.deviceId, { kind: 'ipPing', host: '8.8.8.8' }, { timeoutMs: 10_000 }),
      ds.runDiagnostic(cpe.deviceId, { kind: 'nslookup', hostName: 'example.com' }, { timeoutMs: 10_000 }),
      ds.runDiagnostic(cpe.deviceId, { kind: 'download' }, { timeoutMs: 10_000 }),
    ]);
    expect(ping).toMatchObject({ kind: 'ipPing', state: 'Complete', successCount: 3 });
    expect(ns).toMatchObject({ kind: 'nslookup', successCount: 1 });
    expect(dl).toMatchObject({ kind: 'download', throughputMbps: 100 });
    await new Promise((r) => setTimeout(r, 700));
    await cpe.idle();
    // One session started by the request, then one per result (each sending the next diagnostic).
    expect(requested() - before.requested).toBe(1);
    expect(cpe.sessions.length - before.sessions).toBe(4);
  });

  it('kicks for the next one when the one before it never finishes', async () => {
    const ds = t.acs.deviceService;
    // The first diagnostic's result never comes (the router lost it): the second one is kicked for
    // once the first gives up, and runs.
    const first = ds
      .runDiagnostic(cpe.deviceId, { kind: 'ipPing', host: '8.8.8.8' }, { timeoutMs: 200 })
      .catch((e: unknown) => e);
    const lost = cpe as unknown as { completeDiagnostic: (root: string) => void; inform: TestCpe['inform'] };
    const inform = lost.inform.bind(cpe);
    let dropped = false;
    lost.inform = (events) => {
      if (!dropped && events?.some((e) => e.code === '8 DIAGNOSTICS COMPLETE')) {
        dropped = true;
        return Promise.resolve();
      }
      return inform(events);
    };
    const second = ds.runDiagnostic(
      cpe.deviceId,
      { kind: 'nslookup', hostName: 'example.com' },
      { timeoutMs: 10_000 },
    );
    expect(await first).toMatchObject({ kind: 'timeout' });
    expect(await second).toMatchObject({ kind: 'nslookup', successCount: 1 });
  });

  it('fails the ones behind as offline when the router does not answer the request', async () => {
    const ds = t.acs.deviceService;
    cpe.online = false;
    const results = await Promise.all([
      ds
        .runDiagnostic(cpe.deviceId, { kind: 'ipPing', host: '8.8.8.8' }, { timeoutMs: 3000 })
        .catch((e) => e),
      ds.runDiagnostic(cpe.deviceId, { kind: 'download' }, { timeoutMs: 3000 }).catch((e) => e),
    ]);
    expect(results).toMatchObject([{ kind: 'offline' }, { kind: 'offline' }]);
    const tasks = await t.acs.store.listTasks(cpe.deviceId);
    expect(tasks.filter((x) => x.name === 'runDiagnostic').map((x) => x.status)).toEqual([
      'expired',
      'expired',
    ]);
  });
});
