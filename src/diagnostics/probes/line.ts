import type { Finding } from '../../domain/index.js';
import type { LineStatus } from '../../isp/ports.js';
import * as C from '../codes.js';
import { finding } from '../finding.js';
import type { ProbeDef, ProbeEnv } from '../probe.js';

type Limit = ProbeEnv['limit'];

const SRC = 'isp:access-node';

function fiber(l: Extract<LineStatus, { access: 'fiber' }>, limit: Limit): Finding[] {
  const values = { ontRegistered: l.ontRegistered, los: l.los, rxDbm: l.rxDbm, dropsLast24h: l.dropsLast24h };
  if (l.los) return [finding(C.LINE_FIBER_LOS, 'fault', SRC, values)];
  if (!l.ontRegistered) return [finding(C.LINE_NO_LINK, 'fault', SRC, values)];
  const th = {
    minDbm: limit('opticalRxMinDbm'),
    warnDbm: limit('opticalRxWarnDbm'),
    maxDbm: limit('opticalRxMaxDbm'),
  };
  if (l.rxDbm === null) return [];
  if (l.rxDbm < th.minDbm) return [finding(C.LINE_OPTICAL_LOW, 'fault', SRC, values, th)];
  if (l.rxDbm > th.maxDbm) return [finding(C.LINE_OPTICAL_OVERLOAD, 'fault', SRC, values, th)];
  if (l.rxDbm < th.warnDbm) return [finding(C.LINE_OPTICAL_MARGINAL, 'warn', SRC, values, th)];
  return [];
}

function dsl(l: Extract<LineStatus, { access: 'dsl' }>, limit: Limit): Finding[] {
  const crcGrowth = Math.max(0, l.crcErrors - l.crcErrorsHourAgo);
  const values = {
    sync: l.sync,
    snrMarginDb: l.snrMarginDb,
    attenuationDb: l.attenuationDb,
    crcErrors: l.crcErrors,
    crcGrowthPerHour: crcGrowth,
    resyncsLast24h: l.resyncsLast24h,
    syncDownKbps: l.syncDownKbps,
  };
  if (!l.sync) return [finding(C.LINE_NO_LINK, 'fault', SRC, values)];
  const out: Finding[] = [];
  const snrTh = { faultAtOrBelowDb: limit('dslSnrFaultDb'), fairAtOrBelowDb: limit('dslSnrFairDb') };
  if (l.snrMarginDb !== null && l.snrMarginDb <= snrTh.faultAtOrBelowDb) {
    out.push(finding(C.LINE_DSL_SNR_LOW, 'fault', SRC, values, snrTh));
  } else if (l.snrMarginDb !== null && l.snrMarginDb <= snrTh.fairAtOrBelowDb) {
    out.push(finding(C.LINE_DSL_SNR_MARGINAL, 'warn', SRC, values, snrTh));
  }
  const crcTh = { maxGrowthPerHour: limit('dslCrcGrowthPerHour') };
  if (crcGrowth > crcTh.maxGrowthPerHour)
    out.push(finding(C.LINE_DSL_CRC_GROWTH, 'warn', SRC, values, crcTh));
  const attTh = { warnAboveDb: limit('dslAttenuationWarnDb') };
  if (l.attenuationDb !== null && l.attenuationDb > attTh.warnAboveDb) {
    out.push(finding(C.LINE_DSL_ATTENUATION_HIGH, 'warn', SRC, values, attTh));
  }
  return out;
}

function cable(l: Extract<LineStatus, { access: 'cable' }>, limit: Limit): Finding[] {
  const values = {
    online: l.online,
    dsPowerDbmv: l.dsPowerDbmv,
    usPowerDbmv: l.usPowerDbmv,
    snrDb: l.snrDb,
    resetsLast24h: l.resetsLast24h,
  };
  if (!l.online && l.dsPowerDbmv === null) return [finding(C.LINE_NO_LINK, 'fault', SRC, values)];
  const out: Finding[] = [];
  const pTh = { minDbmv: limit('docsisDsPowerMinDbmv'), maxDbmv: limit('docsisDsPowerMaxDbmv') };
  if (l.dsPowerDbmv !== null && (l.dsPowerDbmv < pTh.minDbmv || l.dsPowerDbmv > pTh.maxDbmv)) {
    out.push(finding(C.LINE_DOCSIS_POWER, 'fault', SRC, values, pTh));
  }
  const sTh = { minDb: limit('docsisSnrMinDb') };
  if (l.snrDb !== null && l.snrDb < sTh.minDb)
    out.push(finding(C.LINE_DOCSIS_SNR_LOW, 'warn', SRC, values, sTh));
  if (!l.online && out.length === 0) out.push(finding(C.LINE_NO_LINK, 'fault', SRC, values));
  return out;
}

export const lineProbe: ProbeDef = {
  id: 'line',
  async run(env) {
    const service = env.requireService();
    const l = await env.ctx.isp.access.lineStatus(service.id, service.access);
    const problems =
      l.access === 'fiber'
        ? fiber(l, env.limit)
        : l.access === 'dsl'
          ? dsl(l, env.limit)
          : cable(l, env.limit);
    if (problems.some((f) => f.severity === 'fault')) return problems;
    return [finding(C.LINE_OK, 'ok', SRC, { ...l }), ...problems];
  },
};
