// Provisioning benchmark: --routers N simulated routers (half TR-098 with genieacs-sim's names,
// half TR-181) contact a fresh ACS for the first time; a bootstrap preset sets the periodic inform
// interval and the ISP's DNS servers in each one's own data model. Reports how many routers end
// with both set, the wall time, and the sessions per second. Routers and ACS share this process.
//
//   npx tsx bench/acs-presets.ts [--routers 1000] [--concurrency 50] [--json FILE]

import { writeFileSync } from 'node:fs';
import { startTestAcs } from '../src/acs/testing/harness.js';
import { TestCpe, type TestParam } from '../src/acs/testing/test-cpe.js';
import { tr098Router } from '../src/acs/testing/tr098-router.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const ROUTERS = Number(arg('routers', '1000'));
const CONCURRENCY = Number(arg('concurrency', '50'));
const JSON_OUT = arg('json', '');
const DNS = ['192.0.2.1', '192.0.2.2'];
const INTERVAL = 900;

const writable = (value: string, type = 'xsd:string'): TestParam => ({ value, type, writable: true });

function router(i: number, acsUrl: string): TestCpe {
  const tr098 = i % 2 === 0;
  const root = tr098 ? 'InternetGatewayDevice.' : 'Device.';
  const params: Record<string, TestParam> = tr098
    ? tr098Router({ wan: 'ip', dnsServers: '8.8.8.8,8.8.4.4' })
    : {
        'Device.DNS.Client.Server.1.DNSServer': writable('8.8.8.8'),
        'Device.DNS.Client.Server.2.DNSServer': writable('8.8.4.4'),
      };
  params[`${root}ManagementServer.PeriodicInformEnable`] = writable('false', 'xsd:boolean');
  return new TestCpe({ acsUrl, serial: `P${String(i).padStart(5, '0')}`, root, params });
}

function provisioned(c: TestCpe): boolean {
  const ms = `${c.root}ManagementServer.`;
  const dns =
    c.root === 'Device.'
      ? [1, 2].map((n) => c.params.get(`Device.DNS.Client.Server.${n}.DNSServer`)?.value)
      : (
          c.params.get('InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANIPConnection.1.DNSServers')
            ?.value ?? ''
        ).split(',');
  return (
    c.params.get(`${ms}PeriodicInformInterval`)?.value === String(INTERVAL) &&
    c.params.get(`${ms}PeriodicInformEnable`)?.value === 'true' &&
    dns[0] === DNS[0] &&
    dns[1] === DNS[1]
  );
}

async function main() {
  const t = await startTestAcs({
    presets: [
      {
        name: 'isp-defaults',
        provisions: [
          { kind: 'periodicInform', intervalSeconds: INTERVAL },
          { kind: 'setValue', path: 'Device.DNS.Client.Server.1.DNSServer', value: DNS[0]! },
          { kind: 'setValue', path: 'Device.DNS.Client.Server.2.DNSServer', value: DNS[1]! },
        ],
      },
    ],
  });
  const cpes = Array.from({ length: ROUTERS }, (_, i) => router(i, t.url));
  let next = 0;
  let failed = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < cpes.length) {
        const c = cpes[next++]!;
        await c.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]).catch(() => failed++);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const ok = cpes.filter(provisioned).length;
  const sets = cpes.reduce((n, c) => n + c.received.filter((m) => m === 'SetParameterValues').length, 0);
  // A later, periodic inform sets nothing again.
  const sample = cpes.slice(0, 20);
  const spvs = () =>
    sample.reduce((n, c) => n + c.received.filter((m) => m === 'SetParameterValues').length, 0);
  const before = spvs();
  await Promise.all(sample.map((c) => c.inform()));
  const later = spvs() - before;
  const result = {
    routers: ROUTERS,
    concurrency: CONCURRENCY,
    provisioned: ok,
    failedSessions: failed,
    setParameterValues: sets,
    setParameterValuesAtLaterInform: later,
    seconds: Math.round(seconds * 10) / 10,
    routersPerSecond: Math.round((ROUTERS / seconds) * 10) / 10,
  };
  console.log(JSON.stringify(result, null, 2));
  if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(result, null, 2) + '\n');
  for (const c of cpes) await c.stop();
  await t.close();
  if (ok !== ROUTERS) process.exitCode = 1;
}

void main();
