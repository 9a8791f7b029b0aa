import { P } from '../../domain/index.js';
import * as C from '../codes.js';
import { finding } from '../finding.js';
import type { ProbeDef } from '../probe.js';
import { TARGETS } from '../thresholds.js';
import { internetReachable } from './wan.js';

export const pingProbe: ProbeDef = {
  id: 'ping',
  async run(env) {
    // A host inside the ISP's network (by default its first resolver), standing in for the ISP-side gateway.
    const network = env.ctx.network;
    const ispHost = network ? (network.ispHost ?? network.dnsServers[0] ?? null) : null;
    const [internet, isp] = await Promise.all([
      internetReachable(env),
      // The ISP-side ping is extra: a failure shows as ispReachable null in the finding.
      ispHost
        ? env.optional('ISP-side ping', env.diagnostic({ kind: 'ipPing', host: ispHost, repetitions: 3 }))
        : null,
    ]);
    const values = {
      internetHost: TARGETS.internetHost,
      internetSuccess: internet.successCount,
      internetFailure: internet.failureCount,
      internetAvgMs: internet.averageResponseTimeMs,
      ispHost,
      ispReachable: isp ? isp.successCount > 0 : null,
      ispAvgMs: isp?.averageResponseTimeMs ?? null,
    };
    return internet.ok
      ? [finding(C.PING_OK, 'ok', `acs:${P.ipPing}`, values)]
      : [finding(C.PING_INTERNET_FAILED, 'fault', `acs:${P.ipPing}`, values)];
  },
};
