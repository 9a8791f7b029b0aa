import { P } from '../../domain/index.js';
import * as C from '../codes.js';
import { finding } from '../finding.js';
import type { ProbeDef } from '../probe.js';
import { TARGETS } from '../thresholds.js';
import { internetReachable } from './wan.js';

export const pingProbe: ProbeDef = {
  id: 'ping',
  async run(env) {
    const [internet, isp] = await Promise.all([
      internetReachable(env),
      env.diagnostic({ kind: 'ipPing', host: TARGETS.ispHost, repetitions: 3 }).catch(() => null),
    ]);
    const values = {
      internetHost: TARGETS.internetHost,
      internetSuccess: internet.successCount,
      internetFailure: internet.failureCount,
      internetAvgMs: internet.averageResponseTimeMs,
      ispHost: TARGETS.ispHost,
      ispReachable: isp ? isp.successCount > 0 : null,
      ispAvgMs: isp?.averageResponseTimeMs ?? null,
    };
    return internet.ok
      ? [finding(C.PING_OK, 'ok', `acs:${P.ipPing}`, values)]
      : [finding(C.PING_INTERNET_FAILED, 'fault', `acs:${P.ipPing}`, values)];
  },
};
