// ACS benchmark: simulated CPEs over real HTTP doing full sessions (Inform, empty POST, one
// GetParameterValues, 204) against one ACS process with 10,000 registered devices.
// The client load runs in a child process so that the ACS has its own core.
//
//   npm run bench:acs -- [--devices 10000] [--sessions 20000] [--concurrency 64] [--auth none|digest] [--db file|memory]

import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createAcs } from '../src/acs/index.js';
import { newTaskId } from '../src/acs/ids.js';
import { openDatabase } from '../src/storage/db.js';
import { migrateToLatest } from '../src/storage/migrate.js';
import type { AcsDeviceRow } from '../src/storage/tables/acs.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const DEVICES = Number(arg('devices', '10000'));
const SESSIONS = Number(arg('sessions', '20000'));
const CONCURRENCY = Number(arg('concurrency', '64'));
const AUTH = arg('auth', 'none') as 'none' | 'digest';
const DB = arg('db', 'file');

const OUI = '00D0F1';
const PC = 'HGW3000';
const serial = (i: number) => `BENCH${String(i).padStart(6, '0')}`;

// The client: plain JavaScript in a child process (no TypeScript loader needed there).
const CLIENT = String.raw`
import { Agent, request } from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
const { url, devices, sessions, concurrency, oui, pc, auth } = JSON.parse(process.argv[2]);
const serial = (i) => 'BENCH' + String(i).padStart(6, '0');
const env = (body, id) => '<?xml version="1.0"?><soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/" xmlns:soap-enc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:cwmp="urn:dslforum-org:cwmp-1-2"><soap-env:Header><cwmp:ID soap-env:mustUnderstand="1">' + id + '</cwmp:ID></soap-env:Header><soap-env:Body>' + body + '</soap-env:Body></soap-env:Envelope>';
const pv = (n, v, t) => '<ParameterValueStruct><Name>' + n + '</Name><Value xsi:type="' + t + '">' + v + '</Value></ParameterValueStruct>';
const inform = (i) => env('<cwmp:Inform><DeviceId><Manufacturer>Frontline Networks</Manufacturer><OUI>' + oui + '</OUI><ProductClass>' + pc + '</ProductClass><SerialNumber>' + serial(i) + '</SerialNumber></DeviceId><Event soap-enc:arrayType="cwmp:EventStruct[1]"><EventStruct><EventCode>2 PERIODIC</EventCode><CommandKey></CommandKey></EventStruct></Event><MaxEnvelopes>1</MaxEnvelopes><CurrentTime>2026-01-01T00:00:00Z</CurrentTime><RetryCount>0</RetryCount><ParameterList soap-enc:arrayType="cwmp:ParameterValueStruct[5]">' +
  pv('Device.DeviceInfo.SoftwareVersion', '2.3.1', 'xsd:string') + pv('Device.DeviceInfo.ProvisioningCode', '', 'xsd:string') +
  pv('Device.ManagementServer.ConnectionRequestURL', 'http://127.0.0.1:1/cr/' + serial(i), 'xsd:string') + pv('Device.ManagementServer.ParameterKey', '', 'xsd:string') +
  pv('Device.IP.Interface.1.IPv4Address.1.IPAddress', '10.0.' + (i >> 8 & 255) + '.' + (i & 255), 'xsd:string') + '</ParameterList></cwmp:Inform>', 'i' + i);
const md5 = (s) => createHash('md5').update(s).digest('hex');
function post(agent, body, headers) {
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
async function session(i) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    let r = await post(agent, inform(i), {});
    if (r.status === 401 && auth === 'digest') r = await post(agent, inform(i), { authorization: digest(String(r.headers['www-authenticate'])) });
    if (r.status !== 200) throw new Error('inform ' + r.status);
    const cookie = String(r.headers['set-cookie'][0]).split(';')[0];
    r = await post(agent, '', { cookie });
    let rpcs = 0;
    while (r.status === 200) {
      rpcs++;
      const id = /<cwmp:ID[^>]*>([^<]*)</.exec(r.body)[1];
      const names = [...r.body.matchAll(/<string>([^<]*)<\/string>/g)].map((m) => m[1]);
      const body = '<cwmp:GetParameterValuesResponse><ParameterList soap-enc:arrayType="cwmp:ParameterValueStruct[' + names.length + ']">' + names.map((n) => pv(n, '12345', 'xsd:unsignedInt')).join('') + '</ParameterList></cwmp:GetParameterValuesResponse>';
      r = await post(agent, env(body, id), { cookie });
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
    try { rpcs += await session(k % devices); } catch (e) { errors++; if (errors < 5) console.error(String(e)); }
    lat[k] = performance.now() - s;
  }
}));
const elapsed = performance.now() - t0;
const sorted = Array.from(lat).sort((a, b) => a - b);
const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
process.send({ elapsedMs: elapsed, sessions, errors, rpcs, p50: q(0.5), p90: q(0.9), p99: q(0.99), max: sorted[sorted.length - 1] });
`;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'acs-bench-'));
  const db = openDatabase(DB === 'memory' ? ':memory:' : (process.env.DATABASE_URL ?? join(dir, 'bench.db')));
  await migrateToLatest(db.db as never, db.engine);
  const acs = createAcs({
    db: db.db,
    engine: db.engine,
    // The registered fleet shares one bootstrap login (opt-in legacy; per-device credentials cost the same check).
    config: { cpeAuth: { mode: AUTH, username: 'frontline-cpe', password: 'frontline-cpe' } },
    log: pino({ level: 'warn' }),
    resolveService: async () => null,
  });
  const { port } = await acs.listen(0, '127.0.0.1');

  // Register the fleet directly (as after their first sessions) and queue one GetParameterValues per session.
  const now = new Date().toISOString();
  const rows: AcsDeviceRow[] = [];
  for (let i = 0; i < DEVICES; i++) {
    rows.push({
      id: `${OUI}-${PC}-${serial(i)}`,
      oui: OUI,
      product_class: PC,
      serial_number: serial(i),
      manufacturer: 'Frontline Networks',
      model: 'FL-HGW-3000',
      firmware: '2.3.1',
      service_id: null,
      root: 'Device.',
      cwmp_ns: '1-2',
      pppoe_username: null,
      connection_request_url: null,
      last_inform_at: now,
      last_boot_at: now,
      last_events: '[]',
      inform_count: 1,
      created_at: now,
      updated_at: now,
    });
  }
  const kdb = acs.store.db;
  for (let i = 0; i < rows.length; i += 500)
    await kdb
      .insertInto('acs_devices')
      .values(rows.slice(i, i + 500))
      .execute();
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
  const child = fork(
    clientFile,
    [
      JSON.stringify({
        url: `http://127.0.0.1:${port}/`,
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
    acsCpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(2),
    rssMb: { before: Math.round(rssBefore / 1e6), peak: Math.round(rssPeak / 1e6) },
  };
  console.log(JSON.stringify(report, null, 2));
  console.log(
    `ACS: ${report.sessionsPerSecond} sessions/s, p99 ${report.latencyMs.p99} ms, peak RSS ${report.rssMb.peak} MB (${DEVICES} devices, target >= 1000 sessions/s)`,
  );
  await acs.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
