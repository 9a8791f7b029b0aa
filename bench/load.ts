// Load benchmark: N concurrent chat conversations over the WebSocket API against one desk whose
// ACS manages a simulated fleet of M CPEs (CWMP over real HTTP).
//
//   npm run bench:load -- [--conversations 1000] [--cpes 10000] [--json bench/results/load.json]
//                         [--database-url postgres://…] [--think-ms 1000] [--ramp-ms 10000] [--turns 4]
//                         [--time-scale 60] [--cpe-connections own|shared] [--cpe-concurrency 200]
//                         [--profile-sql] [--cpu-profile FILE]
//
// The desk (with the simulated ISP, which must share its process for the ISP ports) runs here;
// the customers run in a child process (bench/load-client.ts). Desk time is the desk's own
// measure (src/server/desk-time.ts): a message's arrival at the agent to its last reply stored,
// waits on routers and the ISP reported apart. Customer-observed: message sent → first reply.
import { fork } from 'node:child_process';
import inspector from 'node:inspector';
import { monitorEventLoopDelay, performance as nodePerformance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import pg from 'pg';
import { applyDemoIsp, demoImportRows, generateDemoIsp, SimIsp, type DemoIsp } from '../sim/index.js';
import type { FaultKind } from '../src/domain/index.js';
import { signPortalToken } from '../src/agent/portal-session.js';
import { SwitchablePorts } from '../src/isp/switchable-ports.js';
import { portalSecretOf } from '../src/server/capabilities.js';
import { loadConfig } from '../src/server/config.js';
import { createDesk } from '../src/server/desk.js';
import { isPostgresUrl } from '../src/storage/db.js';
import { jsonRows, runImport } from '../src/storage/import/importer.js';
import type { ClientPlanItem, ClientResult, ToChild, ToParent } from './load-client.js';
import { summariseLoad, type LoadReport } from './load-stats.js';

const here = dirname(fileURLToPath(import.meta.url));

const { values: args } = parseArgs({
  options: {
    conversations: { type: 'string', default: '1000' },
    cpes: { type: 'string', default: '10000' },
    json: { type: 'string', default: join(here, 'results', 'load.json') },
    'database-url': { type: 'string' },
    'think-ms': { type: 'string', default: '1000' },
    'ramp-ms': { type: 'string', default: '10000' },
    turns: { type: 'string', default: '4' },
    'time-scale': { type: 'string', default: '60' },
    'cpe-concurrency': { type: 'string', default: '200' },
    'profile-sql': { type: 'boolean', default: false },
    'cpu-profile': { type: 'string' },
    'cpe-connections': { type: 'string', default: 'own' },
    seed: { type: 'string', default: '7' },
  },
});

const CONVERSATIONS = Number(args.conversations);
const CPES = Number(args.cpes);
const THINK_MS = Number(args['think-ms']);
const RAMP_MS = Number(args['ramp-ms']);
const TURNS = Number(args.turns);
const TIME_SCALE = Number(args['time-scale']);
const SEED = Number(args.seed);
for (const [k, v] of Object.entries({ CONVERSATIONS, CPES, THINK_MS, RAMP_MS, TURNS, TIME_SCALE, SEED })) {
  if (!Number.isFinite(v) || v < 0) throw new Error(`bad --${k.toLowerCase()}`);
}

/** Extra faults for the conversations' subscribers, with what the customer says first. */
const EXTRA: { kind: FaultKind | null; sv: string; en: string }[] = [
  {
    kind: 'ppp_auth_failure',
    sv: 'Internet fungerar inte alls sedan i går',
    en: 'The internet has been down since yesterday',
  },
  {
    kind: 'dns_misconfigured',
    sv: 'Webbsidor laddar inte men appar fungerar',
    en: 'Web pages do not load but some apps still work',
  },
  {
    kind: 'cpe_hung',
    sv: 'Inget internet fast routern ser ut som vanligt',
    en: 'No internet although the router looks normal',
  },
  {
    kind: 'wifi_channel_congestion',
    sv: 'Trådlösa nätet är väldigt långsamt',
    en: 'The wireless is very slow at night',
  },
  {
    kind: 'wifi_radio_disabled',
    sv: 'Jag hittar inte vårt trådlösa nätverk',
    en: 'I cannot find our wireless network any more',
  },
  {
    kind: 'wifi_password_forgotten',
    sv: 'Vad är lösenordet till vårt wifi?',
    en: 'What is the password for my Wi-Fi?',
  },
  { kind: 'wifi_weak_signal', sv: 'Dålig täckning på övervåningen', en: 'Bad Wi-Fi coverage upstairs' },
  {
    kind: 'cable_unplugged',
    sv: 'Internet dog efter att vi flyttade routern',
    en: 'Internet died after we moved the router',
  },
  {
    kind: 'cpe_powered_off',
    sv: 'Routern är helt släckt och inget fungerar',
    en: 'The router is completely dark and nothing works',
  },
  { kind: null, sv: 'Internet känns lite långsamt i dag', en: 'The internet feels a bit slow today' },
];

function plan(
  demo: DemoIsp,
  n: number,
): { items: Omit<ClientPlanItem, 'portalToken'>[]; faults: { customerNumber: string; kind: FaultKind }[] } {
  // Healthy subscribers only (the demo's own faulty ones and the outage area are left alone).
  const healthy = demo.subscribers.filter((s) => s.faults.length === 0);
  if (!healthy.length) throw new Error('no healthy subscribers to talk for');
  const stride = Math.max(1, Math.floor(healthy.length / Math.max(1, n)));
  const items: Omit<ClientPlanItem, 'portalToken'>[] = [];
  const faults: { customerNumber: string; kind: FaultKind }[] = [];
  const faulted = new Set<string>();
  for (let i = 0; i < n; i++) {
    const s = healthy[(i * stride) % healthy.length];
    const extra = EXTRA[i % EXTRA.length];
    if (extra.kind && !faulted.has(s.customerNumber)) {
      faulted.add(s.customerNumber);
      faults.push({ customerNumber: s.customerNumber, kind: extra.kind });
    }
    items.push({ customerNumber: s.customerNumber, language: s.language, opening: extra[s.language] });
  }
  return { items, faults };
}

const mb = (b: number) => Math.round(b / 1048576);

/** `--profile-sql` (SQLite only): total time per SQL statement, by phase, printed at the end. */
const sqlProfile = new Map<string, { n: number; ms: number }>();
let sqlPhase = 'setup';
function profileSqlite() {
  const require = createRequire(import.meta.url);
  type Stmt = Record<'all' | 'run' | 'get', (...a: unknown[]) => unknown>;
  const proto = (require('better-sqlite3') as { prototype: { prepare(sql: string): Stmt } }).prototype;
  const prepare = proto.prepare;
  proto.prepare = function (this: unknown, sql: string) {
    const started = performance.now();
    const stmt = prepare.call(this, sql);
    const key = (what: string) => `${sqlPhase} ${what} ${sql.replace(/\s+/g, ' ').slice(0, 140)}`;
    const add = (k: string, t: number) => {
      const e = sqlProfile.get(k) ?? { n: 0, ms: 0 };
      e.n++;
      e.ms += performance.now() - t;
      sqlProfile.set(k, e);
    };
    add(key('prepare'), started);
    for (const m of ['all', 'run', 'get'] as const) {
      const f = stmt[m].bind(stmt);
      stmt[m] = (...a: unknown[]) => {
        const t = performance.now();
        try {
          return f(...a);
        } finally {
          add(key(m), t);
        }
      };
    }
    return stmt;
  };
}

function printSqlProfile() {
  const rows = [...sqlProfile].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25);
  console.log('\nSQL time by statement (top 25):');
  for (const [k, e] of rows)
    console.log(`${e.ms.toFixed(0).padStart(8)} ms ${String(e.n).padStart(7)}× ${k}`);
}

/** `--cpu-profile FILE`: a V8 CPU profile of the desk process during the conversations. */
async function startCpuProfile(): Promise<() => Promise<void>> {
  const file = args['cpu-profile'];
  if (!file) return async () => undefined;
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((res, rej) =>
      session.post(method, params ?? {}, (err, r) => (err ? rej(err) : res(r))),
    );
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  return async () => {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    writeFileSync(resolve(file), JSON.stringify(profile));
    session.disconnect();
    console.log(`CPU profile of the conversations written to ${resolve(file)}`);
  };
}

/**
 * `--cpe-connections own`: the simulated CPEs' requests to the ACS go out with `connection: close`,
 * so no keep-alive socket carries two CPEs' sessions. With the default shared pool, the ACS (which
 * also finds sessions by socket) takes another CPE's Inform on a reused socket for a restart and
 * ends the first CPE's session; see the report's notes.
 */
function ownCpeConnections(acsUrl: string) {
  const original = globalThis.fetch;
  globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
    if (!String(input instanceof Request ? input.url : input).startsWith(acsUrl))
      return original(input, init);
    const headers = new Headers(init?.headers);
    headers.set('connection', 'close');
    return original(input, { ...init, headers });
  }) as typeof fetch;
}

/** A PostgreSQL run gets a schema of its own (dropped afterwards), so it starts empty and leaves nothing. */
async function freshPgSchema(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `load_bench_${process.pid}_${Date.now().toString(36)}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE SCHEMA ${schema}`);
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: scoped.toString(),
    // The job engine (pg-boss) keeps its tables in a schema of its own next to the desk's.
    drop: async () => {
      await run(`DROP SCHEMA ${schema} CASCADE`);
      await run(`DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
    },
  };
}

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'frontline-load-'));
  const given = args['database-url'];
  const pgSchema = given && isPostgresUrl(given) ? await freshPgSchema(given) : null;
  const databaseUrl = pgSchema?.url ?? given ?? join(tmp, 'load.db');
  // Every listener on a free port, no demo ISP (this run brings its own), silent logs.
  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    DEMO: 'false',
    API_OPEN: 'true',
    RATE_LIMITS: 'false', // 1,000 conversations from one address
    // The simulated fleet shares one bootstrap login (opt-in legacy): every router is in the imported inventory.
    ACS_USERNAME: 'frontline-cpe',
    ACS_PASSWORD: 'frontline-cpe',
    LOG_LEVEL: 'silent',
    ...(process.env.DATABASE_POOL_MAX ? { DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX } : {}),
  };
  for (const port of ['PORT', 'ACS_PORT', 'SMTP_PORT']) env[port] = '0';
  env.PORTAL_SSO_SECRET = 'load-benchmark-portal-secret-0123456789';
  const config = loadConfig(env);
  const secret = portalSecretOf(config);
  if (!secret) throw new Error('no portal secret');

  let rssPeak = 0;
  const rssTimer = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 250);
  if (args['profile-sql']) profileSqlite();
  const desk = await createDesk(config, { logger: false });
  const cleanups: (() => Promise<void>)[] = [
    async () => {
      if (pgSchema) await pgSchema.drop();
    },
    async () => {
      await desk.stop();
    },
  ];
  const cleanup = async () => {
    clearInterval(rssTimer);
    for (const c of cleanups.reverse()) await c().catch((err: unknown) => console.error('cleanup:', err));
    rmSync(tmp, { recursive: true, force: true });
  };

  try {
    const addr = await desk.start();
    const { acs } = desk.services.caps;
    let acsSessions = 0;
    acs.events.on('sessionEnd', () => acsSessions++);
    const engine = desk.services.db.engine;
    console.log(
      `desk at ${addr.url}, ACS at ${addr.acsUrl} (${engine === 'postgres' ? 'PostgreSQL' : 'SQLite'})`,
    );

    // 1. Subscribers: generated like the demo ISP, imported in chunks.
    const demo = generateDemoIsp({ count: CPES, seed: SEED });
    // PINs are left out: scrypt-hashing 10,000 of them would take minutes, and the customers of
    // this run arrive signed in to the portal (identity verified) and are never asked for one.
    const rows = demoImportRows(demo).map(({ pin: _pin, ...row }) => row);
    const bar = new cliProgress.SingleBar(
      {
        format: '{task} [{bar}] {value}/{total} {extra}',
        hideCursor: true,
        noTTYOutput: true,
        notTTYSchedule: 10_000,
      },
      cliProgress.Presets.shades_classic,
    );
    const importStart = performance.now();
    bar.start(rows.length, 0, { task: 'import   ', extra: '' });
    const CHUNK = 2000;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const r = await runImport(desk.services.repos, jsonRows(rows.slice(i, i + CHUNK)), {
        actor: { kind: 'system', id: 'load-bench' },
        source: 'bench-load',
      });
      if (!r.ok) throw new Error(`import failed: ${JSON.stringify(r.errors.slice(0, 3))}`);
      bar.update(Math.min(rows.length, i + CHUNK));
    }
    bar.stop();
    const importMs = performance.now() - importStart;
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

    const simLog: string[] = [];
    // 2. The simulated ISP: every CPE makes its first CWMP session with our ACS.
    if (args['cpe-connections'] === 'own') ownCpeConnections(addr.acsUrl);
    else if (args['cpe-connections'] !== 'shared') throw new Error('--cpe-connections is shared or own');
    const sim = new SimIsp({
      acsUrl: `${addr.acsUrl}/`,
      acsAuth: { username: config.acsUsername, password: config.acsPassword },
      timeScale: TIME_SCALE,
      seed: SEED,
      maxConcurrentSessions: Number(args['cpe-concurrency']),
      log: (m) => {
        if (simLog.length < 5) simLog.push(m);
      },
    });
    applyDemoIsp(sim, demo, true);
    const { items, faults } = plan(demo, CONVERSATIONS);
    for (const f of faults) sim.injectFault(f.customerNumber, { kind: f.kind, params: {} });
    const isp = desk.services.isp;
    if (!(isp instanceof SwitchablePorts)) throw new Error('the desk ISP ports are not switchable');
    isp.use(sim.ports);
    cleanups.push(() => sim.stop());
    sqlPhase = 'fleet';
    const fleetStart = performance.now();
    const sessionsBefore = acsSessions;
    bar.start(CPES, 0, { task: 'cpes     ', extra: '' });
    const fleetTimer = setInterval(
      () =>
        bar.update(Math.min(CPES, acsSessions - sessionsBefore), {
          extra: `${sim.stats().failures} failures`,
        }),
      200,
    );
    await sim.start();
    clearInterval(fleetTimer);
    bar.update(CPES, { extra: `${sim.stats().failures} failures` });
    bar.stop();
    const fleetStartMs = performance.now() - fleetStart;
    const fleetSessions = acsSessions - sessionsBefore;
    for (const m of simLog) console.log(`  sim: ${m}`);

    // 3. The customers, in a child process.
    const planItems: ClientPlanItem[] = items.map((it) => ({
      ...it,
      portalToken: signPortalToken(it.customerNumber, secret, 24 * 3600),
    }));
    const child = fork(join(here, 'load-client.ts'), [], {
      env: { ...process.env, FRONTLINE_LOAD_CLIENT: '1' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    cleanups.push(async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    });
    sqlPhase = 'chats';
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const eluStart = nodePerformance.eventLoopUtilization();
    const stopProfile = await startCpuProfile();
    const runSessionsBefore = acsSessions;
    const deskSamplesMs: number[] = [];
    const stopSampling = desk.services.caps.deskTime.onSample((s) => deskSamplesMs.push(s.deskMs));
    const runStart = performance.now();
    bar.start(planItems.length, 0, { task: 'chats    ', extra: '' });
    const clientResult = await new Promise<ClientResult>((resolveRun, rejectRun) => {
      child.on('message', (m: ToParent) => {
        if (m.type === 'progress') bar.update(m.done);
        else if (m.type === 'result') resolveRun(m.result);
        else if (m.type === 'world') {
          let value: string | boolean;
          try {
            value =
              m.op === 'step'
                ? sim.performStep(m.customerNumber, m.arg)
                : m.op === 'gone'
                  ? sim.problemGone(m.customerNumber)
                  : String(sim.lights(m.customerNumber)[m.arg as 'power'] ?? 'off');
          } catch (err) {
            value = m.op === 'gone' ? false : `unknown (${err instanceof Error ? err.message : String(err)})`;
          }
          child.send({ type: 'world', id: m.id, value } satisfies ToChild);
        }
      });
      child.on('exit', (code) => rejectRun(new Error(`client process exited (${code}) before reporting`)));
      child.send({
        type: 'start',
        start: {
          url: addr.url,
          plan: planItems,
          maxTurns: TURNS,
          thinkMs: THINK_MS,
          rampMs: RAMP_MS,
          seed: SEED,
        },
      } satisfies ToChild);
    });
    bar.stop();
    const runMs = performance.now() - runStart;
    stopSampling();
    loopDelay.disable();
    const elu = nodePerformance.eventLoopUtilization(eluStart);
    await stopProfile();
    const nsToMs = (x: number) => Math.round(x / 1e5) / 10;
    const eventLoop = {
      delayMs: {
        p50: nsToMs(loopDelay.percentile(50)),
        p99: nsToMs(loopDelay.percentile(99)),
        max: nsToMs(loopDelay.max),
      },
      utilisation: elu.utilization,
    };
    const runSessions = acsSessions - runSessionsBefore;
    clearInterval(rssTimer);

    const report: LoadReport = summariseLoad({
      options: {
        conversations: CONVERSATIONS,
        cpes: CPES,
        turnsPerConversation: TURNS,
        thinkMs: THINK_MS,
        rampMs: RAMP_MS,
        timeScale: TIME_SCALE,
        database: engine === 'postgres' ? 'postgresql' : 'sqlite',
        cpeConnections: args['cpe-connections'] === 'own' ? 'own' : 'shared',
      },
      setup: { importMs, fleetStartMs, fleetSessions, simFailures: sim.stats().failures },
      client: clientResult,
      deskSamplesMs,
      runMs,
      acsSessionsDuringRun: runSessions,
      deskRssPeakBytes: rssPeak,
      eventLoop,
    });
    const out = resolve(args.json!);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
    printReport(report);
    if (args['profile-sql']) printSqlProfile();
    console.log(`written ${out}`);
  } finally {
    await cleanup();
  }
}

function printReport(r: LoadReport) {
  const { run, deskMs, deviceWaitMs, clientMs } = r;
  console.log('');
  console.log(
    `conversations ${run.conversations} (completed ${run.completed}, ended by the agent ${run.endedByAgent}), errors ${run.errors}`,
  );
  console.log(
    `turns ${run.turns} in ${(run.durationMs / 1000).toFixed(1)} s = ${run.turnsPerSec} turns/s; ACS sessions ${r.acs.sessionsDuringRun} = ${r.acs.sessionsPerSec}/s`,
  );
  console.log(
    `desk time (arrival → last reply stored, device waits apart): p50 ${deskMs.p50} ms, p95 ${deskMs.p95} ms, p99 ${deskMs.p99} ms, max ${deskMs.max} ms`,
  );
  if (r.agentTurnMs)
    console.log(
      `  agent's own turnMs − deviceWaitMs: p50 ${r.agentTurnMs.p50} ms, p95 ${r.agentTurnMs.p95} ms, p99 ${r.agentTurnMs.p99} ms`,
    );
  console.log(
    `desk event-loop delay during the run: p50 ${r.eventLoopDelayMs.p50} ms, p99 ${r.eventLoopDelayMs.p99} ms, max ${r.eventLoopDelayMs.max} ms; utilisation ${Math.round(r.eventLoopUtilisation * 100)} %`,
  );
  console.log(
    `device waits: ${deviceWaitMs.turnsWithWait} turns, p50 ${deviceWaitMs.p50} ms, p99 ${deviceWaitMs.p99} ms`,
  );
  console.log(
    `customer-observed time to first reply: p50 ${clientMs.p50} ms, p95 ${clientMs.p95} ms, p99 ${clientMs.p99} ms`,
  );
  console.log(`RSS peak: desk ${mb(r.rssPeakBytes.desk)} MB, clients ${mb(r.rssPeakBytes.clients)} MB`);
  console.log(`p99 desk time target < ${r.target.p99DeskMs} ms: ${r.target.met ? 'met' : 'MISSED'}`);
  for (const e of run.errorSamples) console.log(`  error: ${e}`);
}

main().then(
  () => {
    // Everything is closed; anything still holding the loop is a leak worth knowing about.
    const t = setTimeout(() => {
      const kinds = new Map<string, number>();
      for (const r of process.getActiveResourcesInfo()) kinds.set(r, (kinds.get(r) ?? 0) + 1);
      const list = [...kinds].map(([k, v]) => `${k} ${v}`).join(', ');
      console.error(`warning: still running 5 s after shutdown (${list || 'nothing listed'}); exiting`);
      process.exit(0);
    }, 5000);
    t.unref();
  },
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
