import { aaaProbe } from './probes/aaa.js';
import { accountProbe } from './probes/account.js';
import { cpeProbe } from './probes/cpe.js';
import { dnsProbe } from './probes/dns.js';
import { firmwareProbe } from './probes/firmware.js';
import { incidentProbe } from './probes/incident.js';
import { lineProbe } from './probes/line.js';
import { pingProbe } from './probes/ping.js';
import { portalProbe } from './probes/portal.js';
import { securityProbe } from './probes/security.js';
import { speedProbe } from './probes/speed.js';
import { wanProbe } from './probes/wan.js';
import { wifiProbe } from './probes/wifi.js';
import type { ProbeDef } from './probe.js';
import type { ProbeId } from './types.js';

export const PROBES: Record<ProbeId, ProbeDef> = {
  account: accountProbe,
  incident: incidentProbe,
  aaa: aaaProbe,
  line: lineProbe,
  cpe: cpeProbe,
  wan: wanProbe,
  dns: dnsProbe,
  ping: pingProbe,
  speed: speedProbe,
  wifi: wifiProbe,
  firmware: firmwareProbe,
  security: securityProbe,
  portal: portalProbe,
};
