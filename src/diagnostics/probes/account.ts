import * as C from '../codes.js';
import { finding } from '../finding.js';
import type { ProbeDef } from '../probe.js';

export const accountProbe: ProbeDef = {
  id: 'account',
  async run(env) {
    const service = env.requireService();
    const values = { accountStatus: service.accountStatus, serviceId: service.id };
    return service.accountStatus === 'active'
      ? [finding(C.ACCOUNT_OK, 'ok', 'desk:service', values)]
      : [finding(C.ACCOUNT_SUSPENDED, 'fault', 'desk:service', values)];
  },
};
