// ACS benchmark: simulated CPEs over real HTTP doing full sessions (Inform, empty POST, one
// GetParameterValues, 204) against the ACS with 10,000 registered devices. The client load runs
// in a child process so that the ACS has its own core. By default the ACS runs in this process;
// with --processes N it is N separately started `frontline acs` processes on one database
// (--database-url, e.g. PostgreSQL), the client spreading sessions over them round-robin as a
// load balancer would. CPU seconds are reported per ACS process.
//
//   npm run bench:acs -- [--devices 10000] [--sessions 20000] [--concurrency 64] [--auth none|basic|digest]
//                        [--db file|memory] [--processes N --database-url URL] [--cpu-prof DIR] [--out FILE]
//
// --out FILE: the JSON report written to FILE too (bench/results/acs*.json go into bench/REPORT.md).
// --cpu-prof DIR: a V8 CPU profile of each ACS process (with --processes; else run this script
// under `node --cpu-prof --import tsx`) written to DIR when it stops.

import { fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Kysely } from 'kysely';
import { createAcs, type Acs } from '../src/acs/index.js';
import { splitDevice } from '../src/acs/device-columns.js';
import { newTaskId } from '../src/acs/ids.js';
import { acsDeviceRow } from '../src/acs/testing/device-row.js';
import { openDatabase } from '../src/storage/db.js';
import { migrateToLatest } from '../src/storage/migrate.js';
import type { AcsDeviceRow, AcsTables } from '../src/storage/tables/acs.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const DEVICES = Number(arg('devices', '10000'));
const SESSIONS = Number(arg('sessions', '20000'));
const CONCURRENCY = Number(arg('concurrency', '64'));
const PROCESSES = Number(arg('processes', '0'));
const AUTH = arg('auth', PROCESSES > 0 ? 'basic' : 'none') as 'none' | 'basic' | 'digest';
const DB = arg('db', 'file');
const DATABASE_URL = arg('database-url', process.env.DATABASE_URL ?? '');
const CPU_PROF = arg('cpu-prof', '');
const OUT = arg('out', '');
const LOGIN = { username: 'frontline-cpe', password: 'frontline-cpe' };

const OUI = '00D0F1';
const PC = 'HGW3000';
const serial = (i: number) => `BENCH${String(i).padStart(6, '0')}`;

// The client: plain JavaScript in a child process (no TypeScript loader needed there).
const CLIENT = String.raw`
import { Agent, request } from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
const { urls, devices, sessions, concurrency, oui, pc, auth } = JSON.parse(process.argv[2]);
const basic = 'Basic ' + Buffer.from('frontline-cpe:frontline-cpe').toString('base64');
const serial = (i) => 'BENCH' + String(i).padStart(6, '0');
const env = (body, id) => '<?xml version="1.0"?><soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/" xmlns:soap-enc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:cwmp="urn:dslforum-org:cwmp-1-2"><soap-env:Header><cwmp:ID soap-env:mustUnderstand="1">' + id + '</cwmp:ID></soap-env:Header><soap-env:Body>' + body + '</soap-env:Body></soap-env:Envelope>';
const pv = (n, v, t) => '<ParameterValueStruct><Name>' + n + '</Name><Value xsi:type="' + t + '">' + v + '</Value></ParameterValueStruct>';
const inform = (i) => env('<cwmp:Inform><DeviceId><Manufacturer>Frontline Networks</Manufacturer><OUI>' + oui + '</OUI><ProductClass>' + pc + '</ProductClass><SerialNumber>' + serial(i) + '</SerialNumber></DeviceId><Event soap-enc:arrayType="cwmp:EventStruct[1]"><EventStruct><EventCode>2 PERIODIC</EventCode><CommandKey></CommandKey></EventStruct></Event><MaxEnvelopes>1</MaxEnvelopes><CurrentTime>2026-01-01T00:00:00Z</CurrentTime><RetryCount>0</RetryCount><ParameterList soap-enc:arrayType="cwmp:ParameterValueStruct[5]">' +
  pv('Device.DeviceInfo.SoftwareVersion', '2.3.1', 'xsd:string') + pv('Device.DeviceInfo.ProvisioningCode', '', 'xsd:string') +
  pv('Device.ManagementServer.ConnectionRequestURL', 'http://127.0.0.1:1/cr/' + serial(i), 'xsd:string') + pv('Device.ManagementServer.ParameterKey', '', 'xsd:string') +
  pv('Device.IP.Interface.1.IPv4Address.1.IPAddress', '10.0.' + (i >> 8 & 255) + '.' + (i & 255), 'xsd:string') + '</ParameterList></cwmp:Inform>', 'i' + i);
const md5 = (s) => createHash('md5').update(s).digest('hex');
function post(url, agent, body, headers) {
  return new Promise((resolve, reject) => {
    const h = { 'content-type': 'text/xml', 'content-length': Buffer.byteLength(body), ...headers };
    const req = request(url, { method: 'POST', agent, headers: h }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString(), headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
function digest(challenge) {
  const p = Object.fromEntries([...challenge.matchAll(/(\w+)="?([^",]*)"?/g)].map((m) => [m[1], m[2]]));
  const cnonce = randomBytes(4).toString('hex');
  const ha1 = md5('frontline-cpe:' + p.realm + ':frontline-cpe'), ha2 = md5('POST:/');
  const r = md5(ha1 + ':' + p.nonce + ':00000001:' + cnonce + ':auth:' + ha2);
  return 'Digest username="frontline-cpe", realm="' + p.realm + '", nonce="' + p.nonce + '", uri="/", response="' + r + '", qop=auth, nc=00000001, cnonce="' + cnonce + '"';
}
async function session(i, url) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    let r = await post(url, agent, inform(i), auth === 'basic' ? { authorization: basic } : {});
    if (r.status === 401 && auth === 'digest') r = await post(url, agent, inform(i), { authorization: digest(String(r.headers['www-authenticate'])) });
    if (r.status !== 200) throw new Error('inform ' + r.status);
    const cookie = String(r.headers['set-cookie'][0]).split(';')[0];
    r = await post(url, agent, '', { cookie });
    let rpcs = 0;
    while (r.status === 200) {
      rpcs++;
      const id = /<cwmp:ID[^>]*>([^<]*)</.exec(r.body)[1];
      const names = [...r.body.matchAll(/<string>([^<]*)<\/string>/g)].map((m) => m[1]);
      const body = '<cwmp:GetParameterValuesResponse><ParameterList soap-enc:arrayType="cwmp:ParameterValueStruct[' + names.length + ']">' + names.map((n) => pv(n, '12345', 'xsd:unsignedInt')).join('') + '</ParameterList></cwmp:GetParameterValuesResponse>';
      r = await post(url, agent, env(body, id), { cookie });
    }
    if (r.status !== 204) throw new Error('end ' + r.status);
    return rpcs;
  } finally {
    agent.destroy();
  }
}
const lat = new Float64Array(sessions);
let next = 0, errors = 0, rpcs = 0;
const t0 = performance.now();
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (next < sessions) {
    const k = next++;
    const s = performance.now();
    try { const n = await session(k % devices, urls[k % urls.length]); rpcs += n; } catch (e) { errors++; if (errors < 5) console.error(String(e)); }
    lat[k] = performance.now() - s;
  }
}));
const elapsed = performance.now() - t0;
const sorted = Array.from(lat).sort((a, b) => a - b);
const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
process.send({ elapsedMs: elapsed, sessions, errors, rpcs, p50: q(0.5), p90: q(0.9), p99: q(0.99), max: sorted[sorted.length - 1] });
`;

/** CPU seconds (user + system) a process has used so far (Linux /proc). */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
}

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`ACS process exited with ${child.exitCode}`);
    try {
      await fetch(url, { method: 'POST', body: '' });
      return;
    } catch {
      if (Date.now() > until) throw new Error(`ACS at ${url} did not come up`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** `frontline acs` processes on the bench database, each on its own port. */
async function startAcsProcesses(
  n: number,
  databaseUrl: string,
): Promise<{ child: ChildProcess; url: string }[]> {
  const out: { child: ChildProcess; url: string }[] = [];
  for (let i = 0; i < n; i++) {
    const port = 27_547 + i;
    const child = spawn(
      process.execPath,
      [
        ...(CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', CPU_PROF] : []),
        '--import',
        'tsx',
        'src/cli/main.ts',
        'acs',
        '--port',
        String(port),
      ],
      {
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          ACS_USERNAME: LOGIN.username,
          ACS_PASSWORD: LOGIN.password,
          LOG_LEVEL: 'warn',
          // A small pool per process: the database's connection limit is shared by all of them.
          DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? '8',
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    out.push({ child, url: `http://127.0.0.1:${port}/` });
  }
  for (const p of out) await waitUntilUp(p.url, p.child, 180_000);
  return out;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'acs-bench-'));
  const dbUrl = DB === 'memory' ? ':memory:' : DATABASE_URL || join(dir, 'bench.db');
  if (PROCESSES > 0 && dbUrl === ':memory:')
    throw new Error('--processes needs a database the processes share');
  const db = openDatabase(dbUrl);
  await migrateToLatest(db.db as never, db.engine);
  const kdb = db.db as unknown as Kysely<AcsTables>;
  let acs: Acs | null = null;
  let processes: { child: ChildProcess; url: string }[] = [];
  let urls: string[];
  if (PROCESSES > 0) {
    processes = await startAcsProcesses(PROCESSES, dbUrl);
    urls = processes.map((p) => p.url);
  } else {
    acs = createAcs({
      db: db.db,
      engine: db.engine,
      // The registered fleet shares one bootstrap login (opt-in legacy; per-device credentials cost the same check).
      config: { cpeAuth: { mode: AUTH, ...LOGIN } },
      log: pino({ level: 'warn' }),
      resolveService: async () => null,
    });
    const { port } = await acs.listen(0, '127.0.0.1');
    urls = [`http://127.0.0.1:${port}/`];
  }

  // Register the fleet directly (as after their first sessions) and queue one GetParameterValues per session.
  const now = new Date().toISOString();
  const rows: AcsDeviceRow[] = [];
  for (let i = 0; i < DEVICES; i++) {
    rows.push(acsDeviceRow(serial(i), now));
  }
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500).map(splitDevice);
    await kdb
      .insertInto('devices')
      .values(batch.map((r) => r.device))
      .execute();
    await kdb
      .insertInto('acs_device_state')
      .values(batch.map((r, k) => ({ ...r.state, device_id: rows[i + k]!.id })))
      .execute();
  }
  const tasks = [];
  for (let k = 0; k < SESSIONS; k++) {
    tasks.push({
      id: newTaskId(),
      device_id: rows[k % DEVICES]!.id,
      name: 'getParameterValues',
      args: JSON.stringify({
        names: ['Device.DeviceInfo.UpTime', 'Device.IP.Interface.1.Stats.BytesReceived'],
      }),
      status: 'pending' as const,
      stage: 'rpc',
      attempts: 0,
      max_attempts: 1,
      next_attempt_at: now,
      expires_at: null,
      result: null,
      fault: null,
      created_at: now,
      updated_at: now,
    });
  }
  // Sessions beyond the fleet size revisit devices; each visit consumes one queued task.
  for (let i = 0; i < tasks.length; i += 500)
    await kdb
      .insertInto('acs_tasks')
      .values(tasks.slice(i, i + 500))
      .execute();
  if (SESSIONS > DEVICES)
    console.log(
      `note: ${SESSIONS} sessions over ${DEVICES} devices: devices visited early run all their queued reads in one session`,
    );

  const clientFile = join(dir, 'client.mjs');
  writeFileSync(clientFile, CLIENT);
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 100);
  const cpuBefore = process.cpuUsage();
  const procCpuBefore = processes.map((p) => cpuSecondsOf(p.child.pid!));
  const child = fork(
    clientFile,
    [
      JSON.stringify({
        urls,
        devices: DEVICES,
        sessions: SESSIONS,
        concurrency: CONCURRENCY,
        oui: OUI,
        pc: PC,
        auth: AUTH,
      }),
    ],
    { stdio: 'inherit' },
  );
  const stats = await new Promise<Record<string, number>>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Record<string, number>));
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`client exited ${code}`)));
  });
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpuBefore);
  const procCpu = processes.map((p, i) => +(cpuSecondsOf(p.child.pid!) - procCpuBefore[i]!).toFixed(2));
  const done = await kdb
    .selectFrom('acs_tasks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'done')
    .executeTakeFirst();
  const paramRows = await kdb
    .selectFrom('acs_params')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();

  const sps = stats.sessions! / (stats.elapsedMs! / 1000);
  const report = {
    devices: DEVICES,
    sessions: stats.sessions,
    concurrency: CONCURRENCY,
    auth: AUTH,
    engine: db.engine,
    acsProcesses: PROCESSES || 1,
    errors: stats.errors,
    rpcs: stats.rpcs,
    tasksDone: Number(done?.n ?? 0),
    paramRows: Number(paramRows?.n ?? 0),
    sessionsPerSecond: Math.round(sps),
    latencyMs: {
      p50: +stats.p50!.toFixed(2),
      p90: +stats.p90!.toFixed(2),
      p99: +stats.p99!.toFixed(2),
      max: +stats.max!.toFixed(2),
    },
    acsCpuSeconds: processes.length ? procCpu : [+((cpu.user + cpu.system) / 1e6).toFixed(2)],
    /** Sessions per CPU second of ACS: what one core would do were it the ACS's alone. */
    sessionsPerAcsCpuSecond: 0,
    rssMb: { before: Math.round(rssBefore / 1e6), peak: Math.round(rssPeak / 1e6) },
    /** The machine's load average (1, 5, 15 min) when the run ended: others' work shows in throughput. */
    loadAverage: loadavg().map((x) => +x.toFixed(1)),
  };
  report.sessionsPerAcsCpuSecond = Math.round(
    stats.sessions! / report.acsCpuSeconds.reduce((a, b) => a + b, 0),
  );
  console.log(JSON.stringify(report, null, 2));
  if (OUT)
    writeFileSync(OUT, `${JSON.stringify({ measuredAt: new Date().toISOString(), ...report }, null, 2)}\n`);
  console.log(
    `ACS (${report.acsProcesses} process${report.acsProcesses > 1 ? 'es' : ''}, ${db.engine}, auth ${AUTH}): ${report.sessionsPerSecond} sessions/s, ` +
      `${report.sessionsPerAcsCpuSecond} per ACS CPU second, CPU s per process ${report.acsCpuSeconds.join(' / ')}, p99 ${report.latencyMs.p99} ms (${DEVICES} devices)`,
  );
  await acs?.close();
  for (const p of processes) p.child.kill('SIGTERM');
  await Promise.all(processes.map((p) => (p.child.exitCode !== null ? null : once(p.child, 'exit'))));
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
