import type { SimRadiusOptions } from '../../sim/radius/nas.js';
import { radiusEnv } from '../../sim/radius/env.js';
import type { AaaAdapterSettings } from '../isp/radius/settings.js';

/**
 * With `adapters.aaa.kind: radius` the demo's routers log in through the RADIUS server too, and the
 * simulated NAS listens for Disconnect-Requests where the desk's adapter sends them.
 */
export function demoRadius(settings: AaaAdapterSettings): SimRadiusOptions | undefined {
  if (settings.kind !== 'radius') return undefined;
  const env = radiusEnv();
  if (!env)
    throw new Error(
      'adapters.aaa.kind is radius: the demo ISP needs FRONTLINE_RADIUS_URL, FRONTLINE_RADIUS_SECRET ' +
        'and FRONTLINE_RADIUS_DB_URL (docs/radius.md)',
    );
  return { ...env, dmPort: settings.disconnectPort, dmHost: settings.disconnectHost ?? '127.0.0.1' };
}
