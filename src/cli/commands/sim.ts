import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  SimIsp,
  applyDemoIsp,
  assignFaults,
  demoImportRows,
  generateDemoIsp,
  parseFaultSpec,
} from '../../../sim/index.js';
import { createIspHttpServer } from '../../isp/http/server.js';

// `frontline sim`: points a simulated CPE fleet (the demo ISP's subscribers) at any ACS, and with
// --http serves the simulated ISP's systems over the ISP HTTP contract (docs/isp-http-api.yaml).

interface SimCommandOptions {
  acsUrl?: string;
  http?: boolean;
  host: string;
  port: string;
  httpTokenEnv?: string;
  count: string;
  faults?: string;
  demoFaults?: boolean;
  seed: string;
  timeScale: string;
  periodicInform: string;
  crHost: string;
  crPort: string;
  acsUsername?: string;
  acsPassword?: string;
  writeImport?: string;
}

export function registerSimCommand(program: Command): void {
  program
    .command('sim')
    .description('run a simulated CPE fleet (CWMP) against an ACS and/or serve the simulated ISP over HTTP')
    .option(
      '--acs-url <url>',
      'CWMP endpoint of the ACS, e.g. http://127.0.0.1:7547/ (routers stay off without it)',
    )
    .option(
      '--http',
      'serve the ISP ports (line status, AAA, portal, billing, address, field service) over HTTP',
    )
    .option('--host <host>', 'with --http: the address to listen on', '127.0.0.1')
    .option('--port <port>', 'with --http: the port to listen on', '8090')
    .option(
      '--http-token-env <name>',
      'with --http: require the bearer token held in this environment variable',
    )
    .option('--count <n>', 'number of subscribers/CPEs', '50')
    .option('--faults <spec>', 'faults to inject, e.g. cpe_hung:5,dns_misconfigured:3')
    .option('--demo-faults', "inject the demo ISP's own spread of faults (ignored with --faults)")
    .option('--seed <n>', 'seed of the generated subscribers', '1')
    .option('--time-scale <n>', 'simulated seconds per real second', '60')
    .option('--periodic-inform <seconds>', 'PeriodicInformInterval (simulated seconds)', '3600')
    .option('--cr-host <host>', 'address of the connection-request listener', '127.0.0.1')
    .option('--cr-port <port>', 'port of the connection-request listener (0 = any)', '0')
    .option('--acs-username <user>', 'username for HTTP auth towards the ACS')
    .option('--acs-password <password>', 'password for HTTP auth towards the ACS')
    .option('--write-import <file>', "write the subscribers as the desk's import rows (JSON) and continue")
    .action(async (o: SimCommandOptions) => {
      if (!o.acsUrl && !o.http) throw new Error('give --acs-url, --http or both');
      const count = Number(o.count);
      if (!Number.isInteger(count) || count < 1) throw new Error('--count must be a positive integer');
      const demo = generateDemoIsp({ seed: Number(o.seed), count });
      const wanted = o.faults ? parseFaultSpec(o.faults) : [];
      const sim = new SimIsp({
        acsUrl: o.acsUrl ?? 'http://127.0.0.1:9/',
        acsAuth: o.acsUsername ? { username: o.acsUsername, password: o.acsPassword ?? '' } : undefined,
        timeScale: Number(o.timeScale),
        periodicInformSeconds: Number(o.periodicInform),
        crHost: o.crHost,
        crPort: Number(o.crPort),
        seed: Number(o.seed),
        log: (m) => console.error(m),
      });
      applyDemoIsp(sim, demo, !o.faults && Boolean(o.demoFaults));
      for (const { customerNumber, kind } of assignFaults(demo.subscribers, wanted))
        sim.injectFault(customerNumber, { kind });
      if (o.writeImport) {
        writeFileSync(o.writeImport, JSON.stringify(demoImportRows(demo), null, 2));
        console.log(`wrote ${demo.subscribers.length} import rows to ${o.writeImport}`);
      }
      const http = o.http ? createIspHttpServer({ ports: sim.ports, token: tokenOf(o.httpTokenEnv) }) : null;
      if (http) {
        const address = await http.listen({ host: o.host, port: Number(o.port) });
        console.log(`ISP ports over HTTP on ${address} (contract: ${address}/openapi.yaml)`);
      }
      const t0 = Date.now();
      if (o.acsUrl) {
        await sim.start();
        console.log(
          `${count} CPEs bootstrapped against ${o.acsUrl} in ${Date.now() - t0} ms; connection requests on port ${sim.connectionRequestPort}`,
        );
      }
      for (const s of demo.subscribers) {
        const faults = sim.activeFaults(s.customerNumber);
        if (faults.length)
          console.log(`  ${s.customerNumber}  ${sim.deviceId(s.customerNumber)}  ${faults.join(', ')}`);
      }
      const timer = setInterval(() => {
        const st = sim.stats();
        console.log(`sessions ${st.sessions}, failed ${st.failures}`);
      }, 30_000);
      await new Promise<void>((resolve) => {
        const done = () => resolve();
        process.once('SIGINT', done);
        process.once('SIGTERM', done);
      });
      clearInterval(timer);
      await sim.stop();
      await http?.close();
    });
}

function tokenOf(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const token = process.env[name];
  if (!token) throw new Error(`--http-token-env: the environment variable ${name} is not set`);
  return token;
}
