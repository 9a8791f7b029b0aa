import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ispPortsContract } from '../testing/contract-suite.js';
import { simFixture } from '../testing/sim-fixture.js';
import { createHttpIspPorts } from './client.js';
import { createIspHttpServer } from './server.js';

// The same contract, in process and over HTTP (client → reference server → simulated ISP).

const servers: FastifyInstance[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

ispPortsContract('simulated ISP in process', simFixture());

ispPortsContract(
  'simulated ISP over HTTP',
  simFixture(async (ports) => {
    const server = createIspHttpServer({ ports, token: 'contract-token' });
    servers.push(server);
    await server.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.server.address() as AddressInfo;
    return createHttpIspPorts({ baseUrl: `http://127.0.0.1:${port}`, token: 'contract-token' });
  }),
);
