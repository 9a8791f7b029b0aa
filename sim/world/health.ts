// What follows from a home's state: is the line up, does PPP authenticate, does traffic flow,
// does DNS resolve, can the customer's device use the Wi-Fi. Everything the CPE parameters,
// the access node, the AAA and the customer's experience show is derived here.
import { firmwareModel } from '../../src/domain/index.js';
import { SIM_DNS_SERVERS, SIM_FIRMWARE } from '../operator.js';
import type { AaaRejectReason } from '../../src/isp/ports.js';
import { readRaw } from '../model/read.js';
import { unitHash } from '../rng.js';
import type { Home } from './home.js';

export const PUBLIC_RESOLVERS = ['8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9'];
export const CHANNELS_24 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
export const CHANNELS_5 = [
  36, 40, 44, 48, 52, 56, 60, 64, 100, 104, 108, 112, 116, 120, 124, 128, 132, 136, 140,
];
const PREFERRED_24 = [1, 6, 11];
const PREFERRED_5 = [36, 40, 44, 48];

export const cpeUp = (h: Home) => h.powered && !h.booting;
export const areaDown = (h: Home) => h.world.outageAreas.has(h.spec.area);
/** The access node sees the CPE (ONT registered / DSL in sync / cable modem online). */
export const linkUp = (h: Home) => cpeUp(h) && !h.line.los && !areaDown(h);
/** The ACS can reach the CPE (management runs on its own VLAN, independent of the PPP session). */
export const mgmtReachable = (h: Home) => linkUp(h) && h.wanCable;

export interface PppOutcome {
  status: 'Connected' | 'Disconnected' | 'Unconfigured' | 'Connecting';
  error: string;
  reject: AaaRejectReason | undefined;
}

const AUTH_FAILURE: PppOutcome = {
  status: 'Disconnected',
  error: 'ERROR_AUTHENTICATION_FAILURE',
  reject: 'auth_failure',
};
const ACCOUNT_DISABLED: PppOutcome = {
  status: 'Disconnected',
  error: 'ERROR_ACCOUNT_DISABLED',
  reject: 'account_disabled',
};
const CONNECTED: PppOutcome = { status: 'Connected', error: 'ERROR_NONE', reject: null };

/** Why the router does not even try to log in, or null when it dials. */
export function pppWontDial(h: Home): PppOutcome | null {
  if (!cpeUp(h)) return { status: 'Disconnected', error: 'ERROR_NONE', reject: undefined };
  if (!linkUp(h) || !h.wanCable)
    return { status: 'Connecting', error: 'ERROR_NO_CARRIER', reject: undefined };
  if (readRaw(h, 'Device.PPP.Interface.1.Enable') === false)
    return { status: 'Disconnected', error: 'ERROR_NONE', reject: undefined };
  if (pppCredentials(h).user === '')
    return { status: 'Unconfigured', error: 'ERROR_NONE', reject: undefined };
  return null;
}

export function pppCredentials(h: Home): { user: string; pass: string } {
  return {
    user: String(readRaw(h, 'Device.PPP.Interface.1.Username')),
    pass: String(readRaw(h, 'Device.PPP.Interface.1.Password')),
  };
}

export function pppOutcome(h: Home): PppOutcome {
  const wont = pppWontDial(h);
  if (wont) return wont;
  const { user, pass } = pppCredentials(h);
  // With a RADIUS server the answer is the server's (pending while the request is on its way).
  if (h.world.ppp) {
    switch (h.world.ppp.verdict(h, user, pass)) {
      case 'pending':
        return { status: 'Connecting', error: 'ERROR_NONE', reject: undefined };
      case 'reject_auth':
        return AUTH_FAILURE;
      case 'reject_disabled':
        return ACCOUNT_DISABLED;
      case 'accept':
        return CONNECTED;
    }
  }
  if (user !== h.aaa.username || pass !== h.aaa.password) return AUTH_FAILURE;
  if (h.aaa.accountStatus !== 'active') return ACCOUNT_DISABLED;
  return CONNECTED;
}

export const pppUp = (h: Home) => pppOutcome(h).status === 'Connected';
/** Traffic to the internet flows (PPP up and the router forwarding). */
export const internetPath = (h: Home) => pppUp(h) && !h.hung && !h.hardwareError;

export function dnsServers(h: Home): string[] {
  const out: string[] = [];
  for (const i of [1, 2]) {
    if (readRaw(h, `Device.DNS.Client.Server.${i}.Enable`) === false) continue;
    const s = String(readRaw(h, `Device.DNS.Client.Server.${i}.DNSServer`));
    if (s) out.push(s);
  }
  return out;
}
export const dnsServerReachable = (ip: string) =>
  SIM_DNS_SERVERS.includes(ip) || PUBLIC_RESOLVERS.includes(ip);
export const dnsConfigOk = (h: Home) => dnsServers(h).some(dnsServerReachable);
export const dnsWorks = (h: Home) => internetPath(h) && dnsConfigOk(h);

export function firmwareBad(h: Home): boolean {
  const m = firmwareModel(SIM_FIRMWARE, h.model.model);
  return (m !== undefined && h.firmware in m.knownBad) || h.firmware === h.badFirmware;
}

/** Link or session drops per day that the customer notices. */
export function dropsPerDay(h: Home): number {
  let n = 0;
  if (h.spec.access === 'fiber' && h.line.rxDbm < -27) n += 14;
  if (h.spec.access === 'dsl' && h.line.snrDb <= 6) n += 9;
  if (h.spec.access === 'cable' && Math.abs(h.line.dsPowerDbmv) > 15) n += 6;
  if (firmwareBad(h)) n += 23;
  if (h.hardwareError) n += 31;
  return n;
}
export const lineStable = (h: Home) => dropsPerDay(h) === 0;

/** Achievable download over the line, Mbit/s (what a CPE speed test measures). */
export function lineThroughputMbps(h: Home): number {
  let f = h.line.speedFactor;
  if (h.spec.access === 'dsl' && h.line.snrDb <= 6) f = Math.min(f, 0.55);
  if (h.spec.access === 'fiber' && h.line.rxDbm < -27) f = Math.min(f, 0.85);
  return Math.round(h.spec.plan.downMbps * f * 10) / 10;
}

// ---- Wi-Fi ----

export const radioOn = (h: Home, r: 1 | 2) =>
  cpeUp(h) &&
  readRaw(h, `Device.WiFi.Radio.${r}.Enable`) !== false &&
  readRaw(h, `Device.WiFi.SSID.${r}.Enable`) !== false;

export function channelUtilization(h: Home, r: 1 | 2, ch: number): number {
  if (r === 2) return Math.round(6 + unitHash(`${h.serial}:u5:${ch}`) * 14);
  const base = Math.round(12 + unitHash(`${h.serial}:u24:${ch}`) * 22);
  if (h.busyChannel === null) return base;
  const d = Math.abs(ch - h.busyChannel);
  if (d === 0) return h.busyUtilization;
  if (d === 1) return Math.max(base, h.busyUtilization - 8);
  if (d === 2) return Math.max(base, h.busyUtilization - 26);
  return base;
}

export function neighbourCount(h: Home, r: 1 | 2, ch: number): number {
  if (r === 2) return 1 + Math.floor(unitHash(`${h.serial}:n5:${ch}`) * 3);
  const base = 1 + Math.floor(unitHash(`${h.serial}:n24:${ch}`) * 5);
  if (h.busyChannel === null) return base;
  const d = Math.abs(ch - h.busyChannel);
  if (d === 0) return h.busyNeighbours;
  if (d <= 2) return Math.max(base, Math.round(h.busyNeighbours * 0.6));
  return base;
}

/** The channel the radio uses: the configured one, or the quietest when auto-channel is on. */
export function effectiveChannel(h: Home, r: 1 | 2): number {
  if (readRaw(h, `Device.WiFi.Radio.${r}.AutoChannelEnable`) !== false) {
    const candidates = r === 1 ? PREFERRED_24 : PREFERRED_5;
    return candidates.reduce((best, ch) =>
      channelUtilization(h, r, ch) < channelUtilization(h, r, best) ? ch : best,
    );
  }
  return Number(readRaw(h, `Device.WiFi.Radio.${r}.Channel`));
}

export const radioCongested = (h: Home, r: 1 | 2) => channelUtilization(h, r, effectiveChannel(h, r)) > 75;

/** Where the customer's own device is associated, if it is. */
export function clientAssociation(h: Home): { band: 1 | 2; rssi: number } | null {
  const order: (1 | 2)[] = h.client.band === 1 ? [1, 2] : [2, 1];
  for (const b of order) {
    if (!radioOn(h, b)) continue;
    const known = h.client.known[b - 1];
    const ssid = String(readRaw(h, `Device.WiFi.SSID.${b}.SSID`));
    const key = String(readRaw(h, `Device.WiFi.AccessPoint.${b}.Security.KeyPassphrase`));
    const open = readRaw(h, `Device.WiFi.AccessPoint.${b}.Security.ModeEnabled`) === 'None';
    if (!known || known.ssid !== ssid || (!open && known.key !== key)) continue;
    // 5 GHz reaches less far than 2.4 GHz.
    const rssi = b === h.client.band ? h.client.rssi : h.client.rssi + (b === 2 ? -8 : 6);
    return { band: b, rssi };
  }
  return null;
}

/** PHY rate of a client, kbit/s, from its band and signal. */
export function wifiRateKbps(band: 1 | 2, rssi: number): number {
  const max = band === 1 ? 144_000 : 866_000;
  const q = Math.max(0, Math.min(1, (rssi + 90) / 40));
  return Math.round(max * q * q);
}

/** The customer's everyday connectivity: internet, name resolution and their device on the Wi-Fi. */
export const basicConnectivity = (h: Home) => internetPath(h) && dnsWorks(h) && clientAssociation(h) !== null;
