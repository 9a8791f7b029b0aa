import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { generateDemoIsp, SimIsp } from '../../sim/index.js';
import { ispAdapterSchema } from '../isp/http/settings.js';
import { demoIspPorts } from './isp-ports.js';

describe('the demo ISP ports', () => {
  const sim = new SimIsp({ acsUrl: 'http://127.0.0.1:9/' });
  const [s] = generateDemoIsp({ count: 1 }).subscribers;
  const { language: _l, phone: _p, faults: _f, trySay: _t, ...spec } = s;
  sim.addSubscriber(spec);

  it('in process: the simulated ISP itself', async () => {
    const { ports } = await demoIspPorts(sim, ispAdapterSchema.parse({}), pino({ level: 'silent' }));
    expect(ports).toBe(sim.ports);
  });

  it('kind http without a URL: the same answers through the reference server on loopback', async () => {
    const served = await demoIspPorts(
      sim,
      ispAdapterSchema.parse({ kind: 'http' }),
      pino({ level: 'silent' }),
    );
    try {
      expect(served.ports).not.toBe(sim.ports);
      expect(await served.ports.access.lineStatus(s.serviceId, s.access)).toEqual(
        await sim.ports.access.lineStatus(s.serviceId, s.access),
      );
      expect(await served.ports.installation!.address(s.serviceId)).toEqual(
        await sim.ports.installation!.address(s.serviceId),
      );
    } finally {
      await served.close();
    }
  });
});
