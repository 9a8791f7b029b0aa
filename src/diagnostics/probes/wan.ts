import { P, type Finding } from '../../domain/index.js';
import * as C from '../codes.js';
import { finding } from '../finding.js';
import type { ProbeDef, ProbeEnv } from '../probe.js';
import { TARGETS } from '../thresholds.js';

/** IPPing to an internet address, shared by the wan and ping probes; true when any echo came back. */
export async function internetReachable(env: ProbeEnv): Promise<{
  ok: boolean;
  successCount: number;
  failureCount: number;
  averageResponseTimeMs: number | null;
}> {
  const r = await env.diagnostic({ kind: 'ipPing', host: TARGETS.internetHost, repetitions: 3 });
  return {
    ok: r.successCount > 0,
    successCount: r.successCount,
    failureCount: r.failureCount,
    averageResponseTimeMs: r.averageResponseTimeMs,
  };
}

export const wanProbe: ProbeDef = {
  id: 'wan',
  devicePaths: () => [P.pppStatus, P.pppLastError, P.pppReconnects, P.wanStatus, P.wanIp],
  async run(env) {
    const snap = await env.params();
    const pppStatus = snap.str(P.pppStatus);
    const lastError = snap.str(P.pppLastError);
    const reconnects = snap.num(P.pppReconnects);
    const values: Record<string, unknown> = {
      pppStatus,
      lastConnectionError: lastError,
      wanStatus: snap.str(P.wanStatus),
      wanIp: snap.str(P.wanIp),
      reconnects24h: reconnects,
    };
    const src = `acs:${P.pppStatus}`;
    const out: Finding[] = [];
    const connected = pppStatus !== null ? pppStatus === 'Connected' : snap.str(P.wanStatus) === 'Up';
    if (!connected) {
      out.push(
        lastError === 'ERROR_AUTHENTICATION_FAILURE'
          ? finding(C.WAN_PPP_AUTH_FAILURE, 'fault', `acs:${P.pppLastError}`, values)
          : finding(C.WAN_PPP_DOWN, 'fault', src, values),
      );
    } else {
      // The ping is extra evidence: a failure shows as 'not checked' in the finding.
      const ping = await env.optional('internet ping', internetReachable(env));
      values.internetPing = ping
        ? { host: TARGETS.internetHost, successCount: ping.successCount, failureCount: ping.failureCount }
        : 'not checked';
      out.push(
        ping && !ping.ok
          ? finding(C.WAN_TRAFFIC_STALLED, 'fault', `acs:${P.ipPing}`, values)
          : finding(C.WAN_OK, 'ok', src, values),
      );
    }
    const rTh = { maxPer24h: env.limit('frequentReconnects24h') };
    if (reconnects !== null && reconnects > rTh.maxPer24h) {
      out.push(finding(C.WAN_FREQUENT_RECONNECTS, 'warn', `acs:${P.pppReconnects}`, values, rTh));
    }
    return out;
  },
};
