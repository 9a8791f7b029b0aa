// One desk of the load benchmark: what it is given (subscribers, incidents) and what is measured on it
// (desk time, event loop, ACS sessions, memory). bench/load.ts uses it in its own process; with
// `--instances N` each desk runs in a child process of its own (the entry at the end of this file),
// all on one PostgreSQL, reaching the simulated ISP over HTTP.
import { monitorEventLoopDelay, performance as nodePerformance } from 'node:perf_hooks';
import pg from 'pg';
import type { DemoIsp } from '../sim/index.js';
import { demoImportRows } from '../sim/index.js';
import { createHttpIspPorts } from '../src/isp/http/client.js';
import { SwitchablePorts } from '../src/isp/switchable-ports.js';
import { loadConfig } from '../src/server/config.js';
import { createDesk, type Desk } from '../src/server/desk.js';
import { cpuProfiler } from './cpu-profiler.js';
import { jsonRows, runImport } from '../src/storage/import/importer.js';

const CHUNK = 2000;

/** The demo ISP's subscribers (without PINs, see the report notes) and open incidents, into the desk's database. */
export async function importDemo(
  desk: Desk,
  demo: Pick<DemoIsp, 'incidents'> & { rows: ReturnType<typeof demoImportRows> },
  progress: (done: number) => void = () => undefined,
): Promise<void> {
  const rows = demo.rows.map(({ pin: _pin, ...row }) => row);
  for (let i = 0; i < rows.length; i += CHUNK) {
    const r = await runImport(desk.services.repos, jsonRows(rows.slice(i, i + CHUNK)), {
      actor: { kind: 'system', id: 'load-bench' },
      source: 'bench-load',
    });
    if (!r.ok) throw new Error(`import failed: ${JSON.stringify(r.errors.slice(0, 3))}`);
    progress(Math.min(rows.length, i + CHUNK));
  }
  for (const inc of demo.incidents) {
    if ((await desk.services.repos.incidents.openInArea(inc.area)).length === 0) {
      await desk.services.repos.incidents.create({
        areas: [inc.area],
        kind: inc.kind,
        title: inc.title,
        etaAt: new Date(Date.now() + inc.etaMinutes * 60_000).toISOString(),
      });
    }
  }
}

/** What one desk measured between start and stop of the conversations. */
export interface DeskFigures {
  deskSamplesMs: number[];
  /** `--profile-sql` with --instances: time per statement text (and waits for a pooled connection). */
  sqlProfile?: [string, { n: number; ms: number }][];
  acsSessions: number;
  /**
   * The sessions by what their Inform said (its event codes) and whether the ACS sent the router any
   * RPC in them ('idle': it had nothing to do), e.g. '6 CONNECTION REQUEST / idle'.
   */
  acsSessionKinds?: Record<string, number>;
  eventLoop: { delayMs: { p50: number; p99: number; max: number }; utilisation: number };
  rssPeakBytes: number;
  /** CPU time of the desk's process (user + system) during the conversations. */
  cpuMs?: number;
}

/** Counts ACS sessions and memory from the start; `begin()` … `end()` brackets the conversations. */
export function watchDesk(desk: Desk) {
  let acsSessions = 0;
  let rssPeak = 0;
  let kinds: Record<string, number> | null = null;
  const causes = new Map<string, string>();
  const acsEvents = desk.services.caps.acs.events;
  acsEvents.on('inform', (e: { deviceId: string; events: { code: string }[] }) =>
    causes.set(
      e.deviceId,
      e.events
        .map((x) => x.code)
        .sort()
        .join(' + ') || '(none)',
    ),
  );
  acsEvents.on('sessionEnd', (e: { deviceId: string; rpcs?: number }) => {
    acsSessions++;
    const cause = causes.get(e.deviceId) ?? '?';
    causes.delete(e.deviceId);
    if (!kinds) return;
    const k = `${cause} / ${e.rpcs ? 'rpc' : 'idle'}`;
    kinds[k] = (kinds[k] ?? 0) + 1;
  });
  const rssTimer = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 250);
  rssTimer.unref();
  return {
    sessions: () => acsSessions,
    begin() {
      const loopDelay = monitorEventLoopDelay({ resolution: 10 });
      loopDelay.enable();
      const eluStart = nodePerformance.eventLoopUtilization();
      const cpuStart = process.cpuUsage();
      const sessionsBefore = acsSessions;
      kinds = {};
      const deskSamplesMs: number[] = [];
      const stopSampling = desk.services.caps.deskTime.onSample((s) => deskSamplesMs.push(s.deskMs));
      return (): DeskFigures => {
        stopSampling();
        loopDelay.disable();
        clearInterval(rssTimer);
        const nsToMs = (x: number) => Math.round(x / 1e5) / 10;
        return {
          deskSamplesMs,
          acsSessions: acsSessions - sessionsBefore,
          acsSessionKinds: kinds ?? {},
          eventLoop: {
            delayMs: {
              p50: nsToMs(loopDelay.percentile(50)),
              p99: nsToMs(loopDelay.percentile(99)),
              max: nsToMs(loopDelay.max),
            },
            utilisation: nodePerformance.eventLoopUtilization(eluStart).utilization,
          },
          rssPeakBytes: Math.max(rssPeak, process.memoryUsage.rss()),
          cpuMs: (({ user, system }) => Math.round((user + system) / 1000))(process.cpuUsage(cpuStart)),
        };
      };
    },
  };
}

/** Parent → desk process. */
export type ToDesk =
  | { type: 'import'; rows: ReturnType<typeof demoImportRows>; incidents: DemoIsp['incidents'] }
  | { type: 'isp'; baseUrl: string; token: string }
  | { type: 'begin' }
  | { type: 'end' }
  | { type: 'stop' };
/** Desk process → parent. */
export type FromDesk =
  | { type: 'ready'; url: string; acsUrl: string; engine: string }
  | { type: 'imported' }
  | { type: 'isp-ready' }
  | { type: 'begun' }
  | { type: 'figures'; figures: DeskFigures }
  | { type: 'stopped' };

/**
 * `--profile-sql` on PostgreSQL: every query's time from the call to its result (the event loop's
 * delay in handing the result over included), per statement text, and the waits for a pooled
 * connection (`pool.connect`), from `begin` to `end`.
 */
function profilePg() {
  const profile = new Map<string, { n: number; ms: number }>();
  let on = false;
  const add = (k: string, started: number) => {
    if (!on) return;
    const e = profile.get(k) ?? { n: 0, ms: 0 };
    e.n++;
    e.ms += nodePerformance.now() - started;
    profile.set(k, e);
  };
  type AnyFn = (...a: unknown[]) => unknown;
  const clientProto = pg.Client.prototype as unknown as { query: AnyFn };
  const query = clientProto.query;
  clientProto.query = function (this: unknown, ...a: unknown[]) {
    const first = a[0] as string | { text?: string } | undefined;
    const text = typeof first === 'string' ? first : (first?.text ?? '?');
    const key = text.replace(/\s+/g, ' ').slice(0, 160);
    const started = nodePerformance.now();
    // Pool.query (pg-boss, the live bus) passes a callback; Kysely awaits the promise.
    const cb = a.length > 1 ? a[a.length - 1] : undefined;
    if (typeof cb === 'function')
      a[a.length - 1] = (err: unknown, res: unknown) => {
        add(err ? `(failed) ${key}` : key, started);
        return (cb as AnyFn)(err, res);
      };
    const r = query.apply(this, a);
    if (r && typeof (r as Promise<unknown>).then === 'function')
      (r as Promise<unknown>).then(
        () => add(key, started),
        () => add(`(failed) ${key}`, started),
      );
    return r;
  };
  const poolProto = pg.Pool.prototype as unknown as { connect: AnyFn };
  const connect = poolProto.connect;
  poolProto.connect = function (this: { options?: { max?: number } }, ...a: unknown[]) {
    const started = nodePerformance.now();
    const r = connect.apply(this, a);
    const key = `(pool.connect, pool of ${this.options?.max ?? '?'})`;
    if (r && typeof (r as Promise<unknown>).then === 'function')
      (r as Promise<unknown>).then(
        () => add(key, started),
        () => undefined,
      );
    return r;
  };
  return {
    begin: () => {
      on = true;
    },
    end: () => {
      on = false;
      return [...profile];
    },
  };
}

async function runDeskProcess(send: (m: FromDesk) => void) {
  const env = JSON.parse(process.env.FRONTLINE_LOAD_DESK_ENV ?? '{}') as Record<string, string>;
  const sqlProfile = process.env.FRONTLINE_LOAD_PROFILE_SQL === '1' ? profilePg() : null;
  const cpuDir = process.env.FRONTLINE_LOAD_CPU_PROFILE_DIR;
  const cpu = cpuDir ? cpuProfiler(cpuDir) : null;
  const desk = await createDesk(loadConfig(env), { logger: false });
  const addr = await desk.start();
  const watch = watchDesk(desk);
  let end: (() => DeskFigures) | null = null;
  process.on('message', (m: ToDesk) => {
    void (async () => {
      if (m.type === 'import') {
        await importDemo(desk, m);
        send({ type: 'imported' });
      } else if (m.type === 'isp') {
        const isp = desk.services.isp;
        if (!(isp instanceof SwitchablePorts)) throw new Error('the desk ISP ports are not switchable');
        isp.use(createHttpIspPorts({ baseUrl: m.baseUrl, token: m.token }));
        send({ type: 'isp-ready' });
      } else if (m.type === 'begin') {
        end = watch.begin();
        sqlProfile?.begin();
        await cpu?.begin();
        send({ type: 'begun' });
      } else if (m.type === 'end') {
        await cpu?.end();
        const figures = end!();
        if (sqlProfile) figures.sqlProfile = sqlProfile.end();
        send({ type: 'figures', figures });
      } else {
        await desk.stop();
        send({ type: 'stopped' });
        process.disconnect();
      }
    })().catch((err: unknown) => {
      console.error('desk process:', err);
      process.exit(1);
    });
  });
  send({ type: 'ready', url: addr.url, acsUrl: addr.acsUrl, engine: desk.services.db.engine });
}

if (process.env.FRONTLINE_LOAD_DESK === '1' && process.send) {
  runDeskProcess((m) => process.send!(m)).catch((err: unknown) => {
    console.error('desk process failed to start:', err);
    process.exit(1);
  });
}
