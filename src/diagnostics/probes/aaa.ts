import * as C from '../codes.js';
import { finding, ProbeUnavailable } from '../finding.js';
import type { ProbeDef } from '../probe.js';

export const aaaProbe: ProbeDef = {
  id: 'aaa',
  async run(env) {
    const service = env.requireService();
    if (!service.pppoeUsername)
      throw new ProbeUnavailable('the service has no PPPoE username to look up in AAA');
    const s = await env.ctx.isp.aaa.session(service.pppoeUsername);
    const values = {
      up: s.up,
      ipAddress: s.ipAddress,
      startedAt: s.startedAt,
      lastReject: s.lastReject,
      lastRejectAt: s.lastRejectAt,
    };
    if (s.up) return [finding(C.AAA_SESSION_UP, 'ok', 'isp:aaa', values)];
    if (s.lastReject === 'auth_failure') return [finding(C.AAA_REJECT_AUTH, 'fault', 'isp:aaa', values)];
    if (s.lastReject === 'account_disabled')
      return [finding(C.AAA_REJECT_DISABLED, 'fault', 'isp:aaa', values)];
    return [finding(C.AAA_NO_SESSION, 'fault', 'isp:aaa', values)];
  },
};
