import * as C from '../codes.js';
import { finding, ProbeUnavailable } from '../finding.js';
import type { ProbeDef } from '../probe.js';

export const portalProbe: ProbeDef = {
  id: 'portal',
  async run(env) {
    const customer = env.ctx.customer;
    if (!customer)
      throw new ProbeUnavailable('the customer is not identified, so the portal account cannot be looked up');
    const s = await env.ctx.isp.portal.status(customer.customerNumber);
    const values = {
      exists: s.exists,
      locked: s.locked,
      failedLogins: s.failedLogins,
      lastLoginAt: s.lastLoginAt,
    };
    if (!s.exists) return [finding(C.PORTAL_NO_ACCOUNT, 'warn', 'isp:portal', values)];
    if (s.locked) return [finding(C.PORTAL_LOCKED, 'fault', 'isp:portal', values)];
    return [finding(C.PORTAL_OK, 'ok', 'isp:portal', values)];
  },
};
