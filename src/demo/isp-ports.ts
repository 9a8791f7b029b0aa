import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { SimIsp } from '../../sim/index.js';
import { createHttpIspPorts } from '../isp/http/client.js';
import { createIspHttpServer } from '../isp/http/server.js';
import { httpIspOptions, type IspAdapterSettings } from '../isp/http/settings.js';
import type { IspPorts } from '../isp/ports.js';

/**
 * The demo ISP's ports as the operator file asks: in process, or over HTTP — to `url` when given,
 * else through the reference server serving the demo's own simulated ISP on loopback.
 */
export async function demoIspPorts(
  sim: SimIsp,
  settings: IspAdapterSettings,
  log: Logger,
): Promise<{ ports: IspPorts; close(): Promise<void> }> {
  if (settings.kind !== 'http') return { ports: sim.ports, close: async () => {} };
  if (settings.url)
    return { ports: createHttpIspPorts(httpIspOptions(settings, process.env)), close: async () => {} };
  const token = settings.tokenEnv ? process.env[settings.tokenEnv] : undefined;
  const server = createIspHttpServer({ ports: sim.ports, token });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  log.info({ url }, 'demo ISP ports served over HTTP');
  return {
    ports: createHttpIspPorts(httpIspOptions(settings, process.env, url)),
    close: () => server.close(),
  };
}
