import { generateDemoIsp, SimIsp } from '../../../sim/index.js';
import type { IspPorts } from '../ports.js';
import type { ContractFixture } from './contract-suite.js';

/**
 * A simulated ISP (no routers started) with three subscribers for the contract suite: one in good
 * standing, one suspended for non-payment, one with a locked portal account.
 */
export function simFixture(
  wrap: (ports: IspPorts) => Promise<IspPorts> = async (p) => p,
): () => Promise<ContractFixture> {
  return async () => {
    const sim = new SimIsp({ acsUrl: 'http://127.0.0.1:9/' });
    const [good, suspended, locked] = generateDemoIsp({ seed: 3, count: 3 }).subscribers;
    for (const s of [good, suspended, locked]) {
      const { language: _l, phone: _p, faults: _f, trySay: _t, ...spec } = s;
      sim.addSubscriber({ ...spec, accountStatus: 'active' });
    }
    sim.setAccountStatus(suspended.customerNumber, 'suspended_nonpayment');
    sim.injectFault(locked.customerNumber, { kind: 'portal_account_locked' });
    return {
      ports: await wrap(sim.ports),
      subscriber: {
        customerNumber: good.customerNumber,
        serviceId: good.serviceId,
        access: good.access,
        pppoeUsername: good.pppoeUsername,
      },
      suspended: { customerNumber: suspended.customerNumber },
      portalLocked: { customerNumber: locked.customerNumber },
      unknown: { customerNumber: '999999999', serviceId: 'svc-none', pppoeUsername: 'nobody@isp.example' },
    };
  };
}
