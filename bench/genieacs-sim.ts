// genieacs-sim fleet against an embedded desk (the issue-19 benchmark row): N of GenieACS's own
// simulated TR-098 routers register with their Basic credentials (ACS_ACCEPT_NEW_DEVICES), a
// bootstrap preset sets their periodic inform interval, and the REST API reads one parameter from
// a sample with a connection request. Prints and writes JSON.
//
//   npx tsx bench/genieacs-sim.ts --devices 100 --json bench/results/genieacs-sim.json
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/server/config.js';
import { createDesk } from '../src/server/desk.js';
import { testDeskEnv } from '../test/helpers/desk-env.js';

const { values: opt } = parseArgs({
  options: {
    devices: { type: 'string', default: '100' },
    sample: { type: 'string', default: '20' },
    'wait-ms': { type: 'string', default: '50' },
    json: { type: 'string', default: 'bench/results/genieacs-sim.json' },
  },
});
const N = Number(opt.devices);
const SIM = fileURLToPath(new URL('../../shared/peers/genieacs-sim/genieacs-sim', import.meta.url));
if (!existsSync(SIM)) {
  console.error(`genieacs-sim not found at ${SIM} (see ../shared/peers/README.md)`);
  process.exit(2);
}
const IGD = 'InternetGatewayDevice.';
const INTERVAL = 900;

const dir = mkdtempSync(join(tmpdir(), 'frontline-bench-genieacs-'));
const config = loadConfig({
  ...testDeskEnv(join(dir, 'desk.db')),
  DEMO: 'false',
  API_OPEN: 'true',
  RATE_LIMITS: 'false',
});
const desk = await createDesk(config, {
  logger: false,
  acsConfig: {
    cpeAuth: { acceptNewDevices: true, allowBasic: true },
    presets: [
      { name: 'inform-interval', provisions: [{ kind: 'periodicInform', intervalSeconds: INTERVAL }] },
    ],
  },
});
const started = await desk.start();
const t0 = performance.now();
const sim = spawn(
  process.execPath,
  [
    SIM,
    '-u',
    started.acsUrl.replace(/\/?$/, '/'),
    '-m',
    join(dirname(SIM), 'data_model_202BC1-BM632w-8KA8WA1151100043.csv'),
    '-p',
    String(N),
    '-w',
    opt['wait-ms']!,
  ],
  {
    cwd: dir,
    detached: true,
    stdio: 'ignore',
  },
);

const api = (path: string, init?: RequestInit) => fetch(`${started.url}/api/v1${path}`, init);
let registered = 0;
let allRegisteredMs: number | null = null;
const deadline = Date.now() + 60_000 + N * Number(opt['wait-ms']) * 2;
while (Date.now() < deadline) {
  registered = ((await (await api('/devices?limit=1')).json()) as { total: number }).total;
  if (registered >= N) {
    allRegisteredMs = Math.round(performance.now() - t0);
    break;
  }
  await new Promise((r) => setTimeout(r, 200));
}
const ids = ((await (await api(`/devices?limit=1000`)).json()) as { items: { id: string }[] }).items.map(
  (d) => d.id,
);

// Bootstrap presets run in the first session; wait until every router reports the interval.
let provisioned = 0;
const presetDeadline = Date.now() + 30_000;
while (Date.now() < presetDeadline) {
  const docs = (await (
    await api(
      `/acs/nbi/devices/?query=${encodeURIComponent(JSON.stringify({ [`${IGD}ManagementServer.PeriodicInformInterval`]: INTERVAL }))}&projection=_id`,
    )
  ).json()) as unknown[];
  provisioned = docs.length;
  if (provisioned >= ids.length) break;
  await new Promise((r) => setTimeout(r, 200));
}

const latencies: number[] = [];
let getErrors = 0;
const errorStatuses: Record<string, number> = {};
for (const id of ids.slice(0, Number(opt.sample))) {
  const s = performance.now();
  const r = await api(`/devices/${encodeURIComponent(id)}/tasks?connectionRequest=true&timeoutMs=10000`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'getParameterValues', parameterNames: [`${IGD}DeviceInfo.UpTime`] }),
  });
  if (r.status === 200) latencies.push(performance.now() - s);
  else {
    getErrors++;
    const body = (await r.json()) as { detail?: string; connectionRequest?: string };
    const key = `${r.status} ${body.detail ?? ''}${body.connectionRequest ? `: ${body.connectionRequest}` : ''}`;
    errorStatuses[key] = (errorStatuses[key] ?? 0) + 1;
  }
}
// genieacs-sim listens for connection requests on its ACS socket's local port + 1, so two of its
// processes can end up with one URL: count the distinct ones.
const crDocs = (await (
  await api(`/acs/nbi/devices/?projection=${IGD}ManagementServer.ConnectionRequestURL`)
).json()) as {
  InternetGatewayDevice?: { ManagementServer?: { ConnectionRequestURL?: { _value: string } } };
}[];
const distinctCrUrls = new Set(
  crDocs.map((d) => d.InternetGatewayDevice?.ManagementServer?.ConnectionRequestURL?._value),
).size;
const held = ((await (await api('/acs/held-devices')).json()) as { total: number }).total;

try {
  if (sim.pid) process.kill(-sim.pid, 'SIGKILL');
} catch {
  // already gone
}
await desk.stop();
rmSync(dir, { recursive: true, force: true });

latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies.length
    ? Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!)
    : null;
const result = {
  at: new Date().toISOString(),
  devices: N,
  registered,
  allRegisteredMs,
  held,
  presetProvisioned: provisioned,
  distinctCrUrls,
  getSample: latencies.length + getErrors,
  getOk: latencies.length,
  getErrors,
  errorStatuses,
  getP50Ms: pct(50),
  getP99Ms: pct(99),
};
console.log(JSON.stringify(result, null, 2));
mkdirSync(dirname(opt.json!), { recursive: true });
writeFileSync(opt.json!, JSON.stringify(result, null, 2) + '\n');
process.exit(0);
