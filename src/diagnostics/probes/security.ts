import { P, type Finding } from '../../domain/index.js';
import * as C from '../codes.js';
import { finding } from '../finding.js';
import type { ProbeDef } from '../probe.js';

const APS = [1, 2] as const;

export const securityProbe: ProbeDef = {
  id: 'security',
  devicePaths: () => [
    P.adminPasswordIsDefault,
    ...APS.flatMap((r) => [P.apWpsEnable(r), P.apSecurityMode(r), P.ssidEnable(r)]),
  ],
  async run(env) {
    const snap = await env.params();
    const out: Finding[] = [];
    if (snap.bool(P.adminPasswordIsDefault) === true) {
      out.push(
        finding(C.SECURITY_DEFAULT_ADMIN_PASSWORD, 'warn', `acs:${P.adminPasswordIsDefault}`, {
          adminPasswordIsDefault: true,
        }),
      );
    }
    const wps = APS.filter((r) => snap.bool(P.apWpsEnable(r)) === true);
    if (wps.length > 0)
      out.push(
        finding(C.SECURITY_WPS_ENABLED, 'warn', `acs:${P.apWpsEnable(wps[0])}`, { accessPoints: wps }),
      );
    const open = APS.filter(
      (r) => snap.bool(P.ssidEnable(r)) !== false && snap.str(P.apSecurityMode(r))?.toLowerCase() === 'none',
    );
    if (open.length > 0)
      out.push(
        finding(C.SECURITY_OPEN_WIFI, 'warn', `acs:${P.apSecurityMode(open[0])}`, {
          accessPoints: open,
          mode: 'None',
        }),
      );
    if (out.length === 0)
      out.push(
        finding(C.SECURITY_OK, 'ok', 'acs:Device.', {
          checked: ['admin password', 'WPS', 'Wi-Fi encryption'],
        }),
      );
    return out;
  },
};
