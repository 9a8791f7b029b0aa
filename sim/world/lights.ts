// What the router's lights show the customer.
import type { Lights } from '../types.js';
import * as hl from './health.js';
import type { Home } from './home.js';

export function lights(h: Home): Lights {
  const fiber = h.spec.access === 'fiber';
  if (!h.powered) return { power: 'off', internet: 'off', wifi: 'off', ...(fiber ? { los: 'off' } : {}) };
  const los = fiber ? { los: h.line.los ? 'red' : 'off' } : {};
  if (h.booting) return { power: 'blinking green', internet: 'off', wifi: 'off', ...los };
  const power = h.hardwareError ? 'blinking orange' : 'green';
  const wifi = hl.radioOn(h, 1) || hl.radioOn(h, 2) ? 'green' : 'off';
  let internet: string;
  if (!h.wanCable || !hl.linkUp(h)) internet = 'off';
  else {
    const ppp = hl.pppOutcome(h);
    if (ppp.status === 'Connected') internet = hl.lineStable(h) || h.hung ? 'green' : 'blinking green';
    else if (ppp.reject) internet = 'red';
    else internet = 'blinking orange';
  }
  return { power, internet, wifi, ...los };
}
