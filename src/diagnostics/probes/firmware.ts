import { firmwareModel, P, type Finding } from '../../domain/index.js';
import * as C from '../codes.js';
import { finding, ProbeUnavailable } from '../finding.js';
import type { ProbeDef } from '../probe.js';

/** Compares dotted version strings numerically: negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export const firmwareProbe: ProbeDef = {
  id: 'firmware',
  devicePaths: () => [P.modelName, P.softwareVersion, P.pppReconnects],
  async run(env) {
    const snap = await env.params();
    // The summary only fills gaps; without a model the probe reports itself unavailable below.
    const device = await env.optional('router summary', env.device());
    const model = snap.str(P.modelName) ?? device?.model ?? null;
    const version = snap.str(P.softwareVersion) ?? device?.firmware ?? null;
    const entry = firmwareModel(env.network().firmware, model);
    if (!entry || !version)
      throw new ProbeUnavailable(`the router model ${model ?? 'unknown'} is not in the firmware catalogue`);
    const reconnects = snap.num(P.pppReconnects);
    const values = { model: entry.model, version, recommended: entry.recommended, reconnects24h: reconnects };
    const th = { recommended: entry.recommended, maxReconnectsPer24h: env.limit('frequentReconnects24h') };
    const src = `acs:${P.softwareVersion}`;
    const bug = entry.knownBad[version];
    if (bug) return [finding(C.FIRMWARE_KNOWN_BAD, 'fault', src, { ...values, bug }, th)];
    if (compareVersions(version, entry.recommended) < 0) {
      const out: Finding[] = [finding(C.FIRMWARE_OUTDATED, 'warn', src, values, th)];
      // An old version together with an unstable connection behaves like a known bug.
      if (reconnects !== null && reconnects > th.maxReconnectsPer24h) {
        out.unshift(
          finding(
            C.FIRMWARE_KNOWN_BAD,
            'fault',
            src,
            { ...values, bug: 'older than recommended, with frequent reconnects' },
            th,
          ),
        );
      }
      return out;
    }
    return [finding(C.FIRMWARE_OK, 'ok', src, values, th)];
  },
};
