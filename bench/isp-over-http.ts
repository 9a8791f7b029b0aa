// The benchmark with the ISP ports over HTTP: the scenario's simulated ISP behind the reference
// server, the desk reaching it through the HTTP client, both on loopback.
import type { AddressInfo } from 'node:net';
import { createHttpIspPorts } from '../src/isp/http/client.js';
import { createIspHttpServer } from '../src/isp/http/server.js';
import type { IspPorts } from '../src/isp/ports.js';

export type PortsMode = 'in-process' | 'http';

export function portsMode(mode: string | undefined): PortsMode {
  const m = mode ?? process.env.FRONTLINE_BENCH_PORTS ?? 'in-process';
  if (m !== 'in-process' && m !== 'http') throw new Error(`ISP ports are in-process or http, not ${m}`);
  return m;
}

export async function serveOverHttp(ports: IspPorts): Promise<{ ports: IspPorts; close(): Promise<void> }> {
  const token = 'bench-isp-token';
  const server = createIspHttpServer({ ports, token });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const { port } = server.server.address() as AddressInfo;
  return {
    ports: createHttpIspPorts({ baseUrl: `http://127.0.0.1:${port}`, token }),
    close: () => server.close(),
  };
}
