import { randomBytes } from 'node:crypto';
import type { AaaPort } from '../../src/isp/ports.js';
import type { AaaContractWorld } from '../../src/isp/testing/aaa-contract.js';
import type { SimIsp } from '../sim-isp.js';
import type { SimRadiusOptions } from '../radius/nas.js';
import { harness, spec } from './fixture.js';

// The AAA contract's world made of the simulator: routers speaking CWMP to a MiniAcs, logging in
// through the home's own AAA record or, with `radius`, through a RADIUS server.

export async function simAaaWorld(opts: {
  radius?: SimRadiusOptions;
  /** The AAA under test (default: the simulator's in-process AAA). */
  aaa?: (sim: SimIsp) => AaaPort & { close?(): Promise<void> };
}): Promise<AaaContractWorld> {
  const h = await harness([], { radius: opts.radius });
  const run = randomBytes(4).toString('hex');
  const byUser = new Map<string, { customer: string; password: string; state: string }>();
  let n = 0;
  const settle = async () => {
    await h.sim.nas?.idle();
  };
  const aaa = opts.aaa ? opts.aaa(h.sim) : h.sim.ports.aaa;
  return {
    aaa,
    async subscriber(state) {
      const s = spec(++n, { pppoeUsername: `aaa-${run}-${n}@isp` });
      h.sim.addSubscriber(s);
      byUser.set(s.pppoeUsername, { customer: s.customerNumber, password: s.pppoePassword, state });
      if (state === 'wrong_password') h.sim.injectFault(s.customerNumber, { kind: 'ppp_auth_failure' });
      h.sim.setAccountStatus(s.customerNumber, state === 'suspended' ? 'suspended_nonpayment' : 'active');
      await settle();
      return s.pppoeUsername;
    },
    async repair(user) {
      const sub = byUser.get(user)!;
      if (sub.state === 'suspended') h.sim.setAccountStatus(sub.customer, 'active');
      else await h.spv(sub.customer, [['Device.PPP.Interface.1.Password', sub.password]]);
      await settle();
    },
    async powerOff(user) {
      h.sim.injectFault(byUser.get(user)!.customer, { kind: 'cpe_powered_off' });
      await settle();
    },
    settle,
    async close() {
      await h.close();
      if ('close' in aaa && typeof aaa.close === 'function') await aaa.close();
    },
  };
}
