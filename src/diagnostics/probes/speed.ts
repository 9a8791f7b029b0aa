import { P } from '../../domain/index.js';
import * as C from '../codes.js';
import { finding, ProbeUnavailable } from '../finding.js';
import type { ProbeDef } from '../probe.js';

export const speedProbe: ProbeDef = {
  id: 'speed',
  async run(env) {
    const service = env.requireService();
    const r = await env.diagnostic({ kind: 'download' });
    if (r.throughputMbps === null || !/complete/i.test(r.state)) {
      throw new ProbeUnavailable(`the download test on the router did not complete (state ${r.state})`);
    }
    const planMbps = service.plan.downMbps;
    const ratio = planMbps > 0 ? r.throughputMbps / planMbps : 1;
    const values = {
      measuredMbps: Math.round(r.throughputMbps * 10) / 10,
      planMbps,
      ratio: Math.round(ratio * 100) / 100,
      bytes: r.bytes,
      durationMs: r.durationMs,
    };
    const th = { minRatio: env.limit('speedBelowPlanRatio') };
    const src = `acs:${P.download}`;
    return ratio < th.minRatio
      ? [finding(C.SPEED_BELOW_PLAN, 'fault', src, values, th)]
      : [finding(C.SPEED_OK, 'ok', src, values, th)];
  },
};
