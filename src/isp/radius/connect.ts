import type { SwitchablePorts } from '../switchable-ports.js';
import { createRadiusAaa, type RadiusAaa } from './aaa.js';
import { radiusAaaOptions, type AaaAdapterSettings } from './settings.js';

/** With `adapters.aaa.kind: radius` the desk's AAA port reads the RADIUS server, whatever else is connected. */
export function connectRadiusAaa(
  isp: SwitchablePorts,
  settings: AaaAdapterSettings,
  env: NodeJS.ProcessEnv,
): RadiusAaa | null {
  if (settings.kind !== 'radius') return null;
  const aaa = createRadiusAaa(radiusAaaOptions(settings, env));
  isp.useAaa(aaa);
  return aaa;
}
