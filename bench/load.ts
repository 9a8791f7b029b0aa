// Load benchmark: N concurrent chat conversations over the WebSocket API against the desk, whose
// ACS manages a simulated fleet of M CPEs (CWMP over real HTTP).
//
//   npm run bench:load -- [--conversations 1000] [--cpes 10000] [--json bench/results/load.json]
//                         [--database-url postgres://…] [--instances N] [--think-ms 1000] [--ramp-ms 10000]
//                         [--turns 4] [--time-scale 60] [--cpe-connections own|shared] [--cpe-concurrency 200]
//                         [--profile-sql] [--cpu-profile FILE] [--cpu-profile-dir DIR] [--turns-json FILE]
//                         [--keep-schema]
//
// Without --instances the desk and the simulated ISP share this process (its ports are called in
// process). With --instances N, N desk processes run on one database (PostgreSQL for N > 1), the
// customers spread their conversations over them round-robin, and the simulated ISP runs in a process
// of its own (bench/load-sim.ts), reached over CWMP and the HTTP ISP adapter, so the desks' figures
// hold desk work only. The customers always run in a child process (bench/load-client.ts). Desk time
// is the desk's own measure (src/server/desk-time.ts): a message's arrival at the agent to its last
// reply stored, waits on routers and the ISP reported apart. Customer-observed: message sent → first reply.
import { fork } from 'node:child_process';
import diagnosticsChannel from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import inspector from 'node:inspector';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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
import type { ClientPlanItem, ClientResult, ToChild, ToParent } from './load-client.js';
import { importDemo, watchDesk, type DeskFigures, type FromDesk, type ToDesk } from './load-desk.js';
import { answerWorld, routeCpeRequests, type FromSim, type ToSim, type WorldRequest } from './load-sim.js';
import { summariseLoad, type LoadReport } from './load-stats.js';
import { trackCpu, type CpuRole } from './machine-cpu.js';

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
    // With --instances: a V8 CPU profile of each desk process during the conversations, into DIR.
    'cpu-profile-dir': { type: 'string' },
    'cpe-connections': { type: 'string', default: 'own' },
    seed: { type: 'string', default: '7' },
    instances: { type: 'string', default: '0' },
    // With --instances: the CPEs spread over every desk's ACS endpoint (all), or all talk to the first.
    'cpe-acs': { type: 'string', default: 'all' },
    // Every customer turn as measured (conversation, turn, sent at, REST answer, first push), into FILE.
    'turns-json': { type: 'string' },
    // PostgreSQL: leave the run's schema in place (its name is printed) to look at its tasks and events.
    'keep-schema': { type: 'boolean', default: false },
  },
});

const CONVERSATIONS = Number(args.conversations);
const CPES = Number(args.cpes);
const THINK_MS = Number(args['think-ms']);
const RAMP_MS = Number(args['ramp-ms']);
const TURNS = Number(args.turns);
const TIME_SCALE = Number(args['time-scale']);
const SEED = Number(args.seed);
const INSTANCES = Number(args.instances);
for (const [k, v] of Object.entries({
  CONVERSATIONS,
  CPES,
  THINK_MS,
  RAMP_MS,
  TURNS,
  TIME_SCALE,
  SEED,
  INSTANCES,
})) {
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

type PlanItem = Omit<ClientPlanItem, 'portalToken'>;
type Fault = { customerNumber: string; kind: FaultKind };

function plan(demo: DemoIsp, n: number): { items: PlanItem[]; faults: Fault[] } {
  // Healthy subscribers only (the demo's own faulty ones and the outage area are left alone).
  const healthy = demo.subscribers.filter((s) => s.faults.length === 0);
  if (!healthy.length) throw new Error('no healthy subscribers to talk for');
  const stride = Math.max(1, Math.floor(healthy.length / Math.max(1, n)));
  const items: PlanItem[] = [];
  const faults: Fault[] = [];
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

/** `--profile-sql`: total time per SQL statement, by phase, printed at the end (SQLite in process; PostgreSQL per desk process with --instances). */
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
  const rows = [...sqlProfile].sort((a, b) => b[1].ms - a[1].ms).slice(0, 40);
  const total = [...sqlProfile].reduce((a, [, e]) => ({ n: a.n + e.n, ms: a.ms + e.ms }), { n: 0, ms: 0 });
  console.log(
    `\nSQL time by statement (top 40 of ${sqlProfile.size}; all: ${total.n}× ${total.ms.toFixed(0)} ms):`,
  );
  const line = ([k, e]: [string, { n: number; ms: number }]) =>
    `${e.ms.toFixed(0).padStart(8)} ms ${String(e.n).padStart(7)}× ${k}`;
  for (const r of rows) console.log(line(r));
  // Every statement, next to the run's JSON.
  const all = [...sqlProfile].sort((a, b) => b[1].ms - a[1].ms);
  writeFileSync(`${resolve(args.json!)}.sql.txt`, all.map(line).join('\n') + '\n');
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

/** The desk's environment: every listener on a free port, no demo ISP (this run brings its own), silent logs. */
function deskEnv(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    DEMO: 'false',
    API_OPEN: 'true',
    RATE_LIMITS: 'false', // 1,000 conversations from one address
    // The simulated fleet shares one bootstrap login (opt-in legacy): every router is in the imported inventory.
    ACS_USERNAME: 'frontline-cpe',
    ACS_PASSWORD: 'frontline-cpe',
    LOG_LEVEL: process.env.FRONTLINE_LOAD_LOG_LEVEL ?? 'silent',
    ...(process.env.DATABASE_POOL_MAX ? { DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX } : {}),
    PORT: '0',
    ACS_PORT: '0',
    SMTP_PORT: '0',
    PORTAL_SSO_SECRET: 'load-benchmark-portal-secret-0123456789',
  };
}

const progressBar = () =>
  new cliProgress.SingleBar(
    {
      format: '{task} [{bar}] {value}/{total} {extra}',
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    cliProgress.Presets.shades_classic,
  );

/** What a run's desks and simulated ISP did before and during the conversations. */
interface RunFigures {
  engine: 'sqlite' | 'postgres';
  importMs: number;
  fleetStartMs: number;
  fleetSessions: number;
  simFailures: number;
  client: ClientResult;
  runMs: number;
  desks: DeskFigures[];
  /** With --instances: CPU seconds of each kind of process on this machine during the conversations. */
  machineCpu?: Map<CpuRole, { user: number; system: number }>;
}

/**
 * The customers in a child process: they start conversations on `urls` round-robin; their questions
 * about the world (steps, lights, "does it work now?") go to `world`.
 */
async function converse(
  urls: string[],
  items: PlanItem[],
  secret: string,
  world: (m: WorldRequest) => Promise<string | boolean>,
  cleanups: (() => Promise<void>)[],
  bracket: { begin: () => Promise<void>; end: () => Promise<void> },
): Promise<{ client: ClientResult; runMs: number }> {
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
  await bracket.begin();
  const runStart = performance.now();
  const bar = progressBar();
  bar.start(planItems.length, 0, { task: 'chats    ', extra: '' });
  const client = await new Promise<ClientResult>((resolveRun, rejectRun) => {
    child.on('message', (m: ToParent) => {
      if (m.type === 'progress') bar.update(m.done);
      else if (m.type === 'result') resolveRun(m.result);
      else if (m.type === 'world')
        void world(m).then((value) => child.send({ type: 'world', id: m.id, value } satisfies ToChild));
    });
    child.on('exit', (code) => rejectRun(new Error(`client process exited (${code}) before reporting`)));
    child.send({
      type: 'start',
      start: { urls, plan: planItems, maxTurns: TURNS, thinkMs: THINK_MS, rampMs: RAMP_MS, seed: SEED },
    } satisfies ToChild);
  });
  bar.stop();
  const runMs = performance.now() - runStart;
  await bracket.end();
  return { client, runMs };
}

/** What every run is given: the database, the subscribers, the conversations and their lines' faults. */
interface RunInput {
  databaseUrl: string;
  demo: DemoIsp;
  items: PlanItem[];
  faults: Fault[];
  cleanups: (() => Promise<void>)[];
}

/** The desks' environment and configuration, and the portal secret the customers' tokens are signed with. */
function deskSetup(databaseUrl: string) {
  const env = deskEnv(databaseUrl);
  const config = loadConfig(env);
  const secret = portalSecretOf(config);
  if (!secret) throw new Error('no portal secret');
  return { env, config, secret };
}

/** One process: the desk and the simulated ISP (its ports called in process) share one event loop. */
async function runInProcess({ databaseUrl, demo, items, faults, cleanups }: RunInput): Promise<RunFigures> {
  const { config, secret } = deskSetup(databaseUrl);
  if (args['profile-sql']) profileSqlite();
  const desk = await createDesk(config, { logger: false });
  cleanups.push(() => desk.stop());
  const addr = await desk.start();
  const watch = watchDesk(desk);
  const engine = desk.services.db.engine;
  console.log(
    `desk at ${addr.url}, ACS at ${addr.acsUrl} (${engine === 'postgres' ? 'PostgreSQL' : 'SQLite'})`,
  );

  const importStart = performance.now();
  const bar = progressBar();
  const rows = demoImportRows(demo);
  bar.start(rows.length, 0, { task: 'import   ', extra: '' });
  await importDemo(desk, { rows, incidents: demo.incidents }, (n) => bar.update(n));
  bar.stop();
  const importMs = performance.now() - importStart;

  const simLog: string[] = [];
  if (args['cpe-connections'] === 'own') routeCpeRequests([addr.acsUrl]);
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
  for (const f of faults) sim.injectFault(f.customerNumber, { kind: f.kind, params: {} });
  const isp = desk.services.isp;
  if (!(isp instanceof SwitchablePorts)) throw new Error('the desk ISP ports are not switchable');
  isp.use(sim.ports);
  cleanups.push(() => sim.stop());
  sqlPhase = 'fleet';
  const fleetStart = performance.now();
  const sessionsBefore = watch.sessions();
  bar.start(CPES, 0, { task: 'cpes     ', extra: '' });
  const fleetTimer = setInterval(
    () =>
      bar.update(Math.min(CPES, watch.sessions() - sessionsBefore), {
        extra: `${sim.stats().failures} failures`,
      }),
    200,
  );
  await sim.start();
  clearInterval(fleetTimer);
  bar.update(CPES, { extra: `${sim.stats().failures} failures` });
  bar.stop();
  const fleetStartMs = performance.now() - fleetStart;
  const fleetSessions = watch.sessions() - sessionsBefore;
  for (const m of simLog) console.log(`  sim: ${m}`);

  let end: (() => DeskFigures) | null = null;
  let stopProfile: () => Promise<void> = async () => undefined;
  const { client, runMs } = await converse(
    [addr.url],
    items,
    secret,
    async (m) => answerWorld(sim, m),
    cleanups,
    {
      begin: async () => {
        end = watch.begin();
        stopProfile = await startCpuProfile();
      },
      end: async () => {
        await stopProfile();
      },
    },
  );
  const figures = end!();
  return {
    engine,
    importMs,
    fleetStartMs,
    fleetSessions,
    simFailures: sim.stats().failures,
    client,
    runMs,
    desks: [figures],
  };
}

/** A child process with an IPC channel whose answers can be awaited by type. */
function child<In extends { type: string }, Out extends { type: string }>(
  file: string,
  env: Record<string, string>,
  cleanups: (() => Promise<void>)[],
) {
  const proc = fork(join(here, file), [], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  cleanups.push(async () => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill();
  });
  // A child that died (its error is on stderr) fails the run through `exited`, not through a send.
  proc.on('error', (err) => console.error(`${file}:`, err.message));
  const waiting: { type: string; resolve: (m: In) => void }[] = [];
  const listeners: ((m: In) => void)[] = [];
  proc.on('message', (m: In) => {
    const i = waiting.findIndex((w) => w.type === m.type);
    if (i >= 0) waiting.splice(i, 1)[0].resolve(m);
    else for (const l of listeners) l(m);
  });
  const exited = new Promise<never>((_, reject) =>
    proc.on('exit', (code) => reject(new Error(`${file} exited (${code})`))),
  );
  exited.catch(() => undefined);
  return {
    proc,
    on: (l: (m: In) => void) => listeners.push(l),
    send: (m: Out) => proc.send(m),
    next<T extends In['type']>(type: T): Promise<Extract<In, { type: T }>> {
      return Promise.race([
        new Promise<Extract<In, { type: T }>>((resolve) =>
          waiting.push({ type, resolve: resolve as (m: In) => void }),
        ),
        exited,
      ]);
    },
  };
}

/**
 * `--instances N`: N desk processes on one database (a load balancer's round-robin is the clients'
 * choice of desk per conversation), the simulated ISP in a process of its own: its CPEs spread over
 * the desks' ACS endpoints by serial, its ISP ports reached over HTTP.
 */
async function runInstances(
  n: number,
  { databaseUrl, demo, items, faults, cleanups }: RunInput,
): Promise<RunFigures> {
  const { env, config, secret } = deskSetup(databaseUrl);
  // The first desk migrates the schema; the others start once it is there.
  const desks = [child<FromDesk, ToDesk>('load-desk.ts', deskProcessEnv(env), cleanups)];
  const first = await desks[0].next('ready');
  for (let i = 1; i < n; i++)
    desks.push(child<FromDesk, ToDesk>('load-desk.ts', deskProcessEnv(env), cleanups));
  const ready = [first, ...(await Promise.all(desks.slice(1).map((d) => d.next('ready'))))];
  cleanups.push(async () => {
    await Promise.all(
      desks.map(async (d) => {
        if (d.proc.exitCode !== null || !d.proc.connected) return;
        d.send({ type: 'stop' });
        await d.next('stopped').catch(() => undefined);
      }),
    );
  });
  const engine = ready[0].engine === 'postgres' ? 'postgres' : 'sqlite';
  for (const r of ready) console.log(`desk at ${r.url}, ACS at ${r.acsUrl}`);

  console.log(`importing ${demo.subscribers.length} subscribers…`);
  const importStart = performance.now();
  desks[0].send({ type: 'import', rows: demoImportRows(demo), incidents: demo.incidents });
  await desks[0].next('imported');
  const importMs = performance.now() - importStart;

  console.log(`simulated ISP: first contact of ${CPES} CPEs…`);
  const sim = child<FromSim, ToSim>(
    'load-sim.ts',
    {
      FRONTLINE_LOAD_SIM: '1',
      ...(args['cpu-profile-dir']
        ? { FRONTLINE_LOAD_CPU_PROFILE_DIR: resolve(args['cpu-profile-dir']) }
        : {}),
    },
    cleanups,
  );
  const token = 'bench-isp-token';
  sim.send({
    type: 'start',
    start: {
      acsUrls: args['cpe-acs'] === 'first' ? [ready[0].acsUrl] : ready.map((r) => r.acsUrl),
      acsAuth: { username: config.acsUsername, password: config.acsPassword },
      cpes: CPES,
      seed: SEED,
      timeScale: TIME_SCALE,
      concurrency: Number(args['cpe-concurrency']),
      faults,
      token,
    },
  });
  const simReady = await sim.next('ready');
  for (const m of simReady.log) console.log(`  sim: ${m}`);
  cleanups.push(async () => {
    if (!sim.proc.connected) return;
    sim.send({ type: 'stop' });
    await sim.next('stopped').catch(() => undefined);
  });
  for (const d of desks) d.send({ type: 'isp', baseUrl: simReady.ispUrl, token });
  await Promise.all(desks.map((d) => d.next('isp-ready')));

  const pending = new Map<number, (v: string | boolean) => void>();
  let nextId = 1;
  sim.on((m) => {
    if (m.type !== 'world') return;
    pending.get(m.id)?.(m.value);
    pending.delete(m.id);
  });
  const figures: DeskFigures[] = [];
  const cpuRoles = {
    desks: desks.map((d) => d.proc.pid ?? -1),
    sim: sim.proc.pid,
    database: isPostgresUrl(databaseUrl) ? new URL(databaseUrl).pathname.slice(1) : undefined,
  };
  let cpuTracker: ReturnType<typeof trackCpu> | null = null;
  let machineCpu = new Map<CpuRole, { user: number; system: number }>();
  const { client, runMs } = await converse(
    ready.map((r) => r.url),
    items,
    secret,
    (m) =>
      new Promise((resolveWorld) => {
        const id = nextId++;
        pending.set(id, resolveWorld);
        sim.send({ type: 'world', id, op: m.op, customerNumber: m.customerNumber, arg: m.arg });
      }),
    cleanups,
    {
      begin: async () => {
        for (const d of desks) d.send({ type: 'begin' });
        await Promise.all(desks.map((d) => d.next('begun')));
        cpuTracker = trackCpu(cpuRoles);
      },
      end: async () => {
        machineCpu = cpuTracker?.stop() ?? machineCpu;
        for (const d of desks) d.send({ type: 'end' });
        figures.push(...(await Promise.all(desks.map((d) => d.next('figures')))).map((f) => f.figures));
        // --profile-sql: the desks' statement times, added up.
        for (const [k, e] of figures.flatMap((f) => f.sqlProfile ?? [])) {
          const key = `chats ${k}`;
          const sum = sqlProfile.get(key) ?? { n: 0, ms: 0 };
          sqlProfile.set(key, { n: sum.n + e.n, ms: sum.ms + e.ms });
        }
      },
    },
  );
  return {
    engine,
    importMs,
    fleetStartMs: simReady.fleetStartMs,
    fleetSessions: CPES,
    simFailures: simReady.failures,
    client,
    runMs,
    desks: figures,
    machineCpu,
  };
}

const deskProcessEnv = (env: Record<string, string>) => ({
  FRONTLINE_LOAD_DESK: '1',
  FRONTLINE_LOAD_DESK_ENV: JSON.stringify(env),
  ...(args['profile-sql'] ? { FRONTLINE_LOAD_PROFILE_SQL: '1' } : {}),
  ...(args['cpu-profile-dir'] ? { FRONTLINE_LOAD_CPU_PROFILE_DIR: resolve(args['cpu-profile-dir']) } : {}),
});

/** `--turns-json`, in process: when the desk's HTTP server saw each customer message (by its x-load-turn header). */
const arrivals = new Map<string, number>();
if (args['turns-json'])
  diagnosticsChannel.subscribe('http.server.request.start', (m) => {
    const tag = (m as { request: IncomingMessage }).request.headers['x-load-turn'];
    if (typeof tag === 'string') arrivals.set(tag, Date.now());
  });

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'frontline-load-'));
  const given = args['database-url'];
  const pgSchema = given && isPostgresUrl(given) ? await freshPgSchema(given) : null;
  const databaseUrl = pgSchema?.url ?? given ?? join(tmp, 'load.db');
  const cleanups: (() => Promise<void>)[] = [
    async () => {
      if (pgSchema && args['keep-schema'])
        console.log(`schema kept: ${new URL(pgSchema.url).searchParams.get('options')}`);
      else if (pgSchema) await pgSchema.drop();
    },
  ];
  try {
    // Subscribers generated like the demo ISP; the conversations' lines get their faults.
    const demo = generateDemoIsp({ count: CPES, seed: SEED });
    const { items, faults } = plan(demo, CONVERSATIONS);
    const input: RunInput = { databaseUrl, demo, items, faults, cleanups };
    const run = INSTANCES > 0 ? await runInstances(INSTANCES, input) : await runInProcess(input);
    const busiest = [...run.desks].sort((a, b) => b.eventLoop.utilisation - a.eventLoop.utilisation)[0];
    const report: LoadReport = summariseLoad({
      options: {
        conversations: CONVERSATIONS,
        cpes: CPES,
        turnsPerConversation: TURNS,
        thinkMs: THINK_MS,
        rampMs: RAMP_MS,
        timeScale: TIME_SCALE,
        database: run.engine === 'postgres' ? 'postgresql' : 'sqlite',
        cpeConnections: args['cpe-connections'] === 'own' ? 'own' : 'shared',
        ...(INSTANCES > 0 ? { instances: INSTANCES } : {}),
      },
      setup: {
        importMs: run.importMs,
        fleetStartMs: run.fleetStartMs,
        fleetSessions: run.fleetSessions,
        simFailures: run.simFailures,
      },
      client: run.client,
      deskSamplesMs: run.desks.flatMap((d) => d.deskSamplesMs),
      runMs: run.runMs,
      acsSessionsDuringRun: run.desks.reduce((a, d) => a + d.acsSessions, 0),
      deskRssPeakBytes: Math.max(...run.desks.map((d) => d.rssPeakBytes)),
      eventLoop: busiest.eventLoop,
      perDesk: run.desks,
      loadAverage: loadavg(),
    });
    const out = resolve(args.json!);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
    printReport(report);
    // The desks' own CPU time per customer turn: less at the mercy of other work on the machine than latency.
    const cpuMs = run.desks.map((d) => d.cpuMs ?? 0);
    const turns = report.run.turns;
    console.log(
      `desk CPU during the run: ${cpuMs.map((c) => `${(c / 1000).toFixed(1)} s`).join(' + ')} = ${turns ? (cpuMs.reduce((a, c) => a + c, 0) / turns).toFixed(1) : '?'} ms per turn`,
    );
    if (run.machineCpu?.size && turns) {
      // Every process serving the turns on this machine (they share its cores), per customer turn.
      const parts = [...run.machineCpu].map(
        ([role, c]) =>
          `${role} ${((1000 * (c.user + c.system)) / turns).toFixed(1)} (sys ${((1000 * c.system) / turns).toFixed(1)})`,
      );
      const all = [...run.machineCpu.values()].reduce((a, c) => a + c.user + c.system, 0);
      console.log(`machine CPU per turn, ms: ${parts.join(', ')}; all ${((1000 * all) / turns).toFixed(1)}`);
    }
    // What started the ACS sessions, and whether the ACS had anything for the router in them.
    const kinds = new Map<string, number>();
    for (const d of run.desks)
      for (const [k, n] of Object.entries(d.acsSessionKinds ?? {})) kinds.set(k, (kinds.get(k) ?? 0) + n);
    if (kinds.size && turns)
      console.log(
        `ACS sessions per turn by Inform / RPCs sent: ${[...kinds]
          .sort((a, b) => b[1] - a[1])
          .map(([k, n]) => `${k} ${(n / turns).toFixed(2)}`)
          .join('; ')}`,
      );
    if (args['profile-sql']) printSqlProfile();
    console.log(`written ${out}`);
    if (args['turns-json']) {
      for (const turn of run.client.turns) {
        const at = arrivals.get(`${turn.conversation}-${turn.turn}`);
        if (at !== undefined && turn.sentEpochMs !== undefined) turn.arrivedMs = at - turn.sentEpochMs;
      }
      writeFileSync(resolve(args['turns-json']), JSON.stringify(run.client.turns) + '\n');
      console.log(`turns written to ${args['turns-json']}`);
    }
  } finally {
    for (const c of cleanups.reverse()) await c().catch((err: unknown) => console.error('cleanup:', err));
    rmSync(tmp, { recursive: true, force: true });
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
