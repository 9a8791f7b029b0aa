import { DeviceError } from '../../acs/device-service.js';
import { P, type Finding } from '../../domain/index.js';
import * as C from '../codes.js';
import { finding } from '../finding.js';
import type { ProbeDef } from '../probe.js';

const DAY_S = 24 * 60 * 60;

export const cpeProbe: ProbeDef = {
  id: 'cpe',
  // (The internet-side address too: "can you tell me my public ip?" after a port forward, agent/wan-facts.ts.)
  devicePaths: () => [P.uptime, P.softwareVersion, P.modelName, P.hardwareStatus, P.wanIp],
  async run(env) {
    const deviceId = await env.deviceId();
    let snap;
    try {
      snap = await env.params();
    } catch (e) {
      if (e instanceof DeviceError && (e.kind === 'offline' || e.kind === 'timeout')) {
        // Only adds the last inform time; the reason the router is unreachable is already recorded.
        const device = await env.optional('router summary', env.device());
        return [
          finding(C.CPE_UNREACHABLE, 'fault', `acs:${deviceId}`, {
            deviceId,
            error: e.kind,
            lastInformAt: device?.lastInformAt ?? null,
          }),
        ];
      }
      throw e;
    }
    // The summary only fills gaps (model, firmware, last inform); a failed read leaves them null in the finding.
    const device = await env.optional('router summary', env.device());
    const uptimeS = snap.num(P.uptime);
    const hardwareStatus = snap.str(P.hardwareStatus);
    const values = {
      deviceId,
      uptimeS,
      uptimeDays: uptimeS === null ? null : Math.floor(uptimeS / DAY_S),
      model: snap.str(P.modelName) ?? device?.model ?? null,
      firmware: snap.str(P.softwareVersion) ?? device?.firmware ?? null,
      hardwareStatus,
      lastInformAt: device?.lastInformAt ?? null,
      wanIp: snap.str(P.wanIp),
    };
    const src = `acs:${P.uptime}`;
    const out: Finding[] = [finding(C.CPE_ONLINE, 'ok', src, values)];
    const upTh = { maxDays: env.limit('longUptimeDays') };
    if (uptimeS !== null && uptimeS > upTh.maxDays * DAY_S)
      out.push(finding(C.CPE_LONG_UPTIME, 'warn', src, values, upTh));
    if (hardwareStatus !== null && /^error/i.test(hardwareStatus.trim())) {
      out.push(finding(C.CPE_HARDWARE_ERROR, 'fault', `acs:${P.hardwareStatus}`, values));
    }
    return out;
  },
};
