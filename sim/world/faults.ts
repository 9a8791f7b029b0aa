// The fault model: each fault kind is a change to the home's state (router, line, accounts,
// home network). Whether a fault still holds is read back from that state, so only actions that
// really change it (a CWMP write, a reboot, a customer step) clear it.
import { z } from 'zod';
import { FAULT_KINDS, firmwareModel, type FaultKind } from '../../src/domain/index.js';
import { SIM_FIRMWARE } from '../operator.js';
import { readRaw } from '../model/tree.js';
import type { FaultSpec } from '../types.js';
import * as hl from './health.js';
import { FACTORY_ADMIN_PASSWORD, type Home } from './home.js';

const none = z.strictObject({});
const PARAMS = {
  cpe_powered_off: none,
  cable_unplugged: none,
  fiber_los: none,
  optical_power_low: z.strictObject({ rxDbm: z.number().min(-45).max(-27.01).optional() }),
  dsl_low_snr: z.strictObject({
    snrDb: z.number().min(0).max(6).optional(),
    cause: z.enum(['splitter', 'line', 'noise']).optional(),
  }),
  docsis_power_out_of_range: z.strictObject({
    dsPowerDbmv: z
      .number()
      .refine((v) => Math.abs(v) > 15 && Math.abs(v) < 40, 'must be outside ±15 dBmV (and within ±40)')
      .optional(),
  }),
  ppp_auth_failure: z.strictObject({ wrong: z.enum(['password', 'username']).optional() }),
  dns_misconfigured: z.strictObject({ servers: z.array(z.ipv4()).min(1).max(2).optional() }),
  cpe_hung: z.strictObject({ uptimeDays: z.number().min(1).max(400).optional() }),
  firmware_bug_drops: z.strictObject({ version: z.string().min(1).optional() }),
  wifi_channel_congestion: z.strictObject({
    channel: z.number().int().min(1).max(13).optional(),
    utilization: z.number().min(76).max(100).optional(),
    neighbours: z.number().int().min(5).max(80).optional(),
  }),
  wifi_weak_signal: z.strictObject({ rssiDbm: z.number().min(-95).max(-76).optional() }),
  wifi_radio_disabled: z.strictObject({
    radio: z.union([z.literal(1), z.literal(2), z.literal('both')]).optional(),
  }),
  wifi_password_forgotten: none,
  speed_wifi_limited: z.strictObject({ rssiDbm: z.number().min(-75).max(-60).optional() }),
  speed_line_degraded: z.strictObject({ factor: z.number().min(0.01).max(0.5).optional() }),
  area_outage: none,
  billing_suspended: none,
  portal_account_locked: z.strictObject({ failedLogins: z.number().int().min(3).max(100).optional() }),
  default_admin_password: none,
  hardware_failure: z.strictObject({ detail: z.string().min(1).max(120).optional() }),
} satisfies Record<FaultKind, z.ZodType>;

const ACCESS_ONLY: Partial<Record<FaultKind, Home['spec']['access']>> = {
  fiber_los: 'fiber',
  optical_power_low: 'fiber',
  dsl_low_snr: 'dsl',
  docsis_power_out_of_range: 'cable',
};

export class FaultError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FaultError';
  }
}

/** Validates a fault (kind, params, access type); returns the parsed params. */
export function validateFault(h: Home, fault: FaultSpec): Record<string, unknown> {
  if (!(FAULT_KINDS as readonly string[]).includes(fault.kind))
    throw new FaultError(`unknown fault kind "${String(fault.kind)}" (known: ${FAULT_KINDS.join(', ')})`);
  const parsed = PARAMS[fault.kind].safeParse(fault.params ?? {});
  if (!parsed.success)
    throw new FaultError(
      `invalid params for ${fault.kind}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(params)'}: ${i.message}`).join('; ')}`,
    );
  const only = ACCESS_ONLY[fault.kind];
  if (only && h.spec.access !== only)
    throw new FaultError(`${fault.kind} needs a ${only} line, ${h.spec.customerNumber} has ${h.spec.access}`);
  return parsed.data as Record<string, unknown>;
}

/** Applies a fault to the home's state. `setOutage` marks the subscriber's area as down. */
export function applyFault(h: Home, fault: FaultSpec, setOutage: (area: string) => void): void {
  const p = validateFault(h, fault) as Record<string, never>;
  const at = (path: string, v: string | number | boolean) => h.overlay.set(path, v);
  switch (fault.kind) {
    case 'cpe_powered_off':
      h.powered = false;
      break;
    case 'cable_unplugged':
      h.wanCable = false;
      break;
    case 'fiber_los':
      h.line.los = true;
      break;
    case 'optical_power_low':
      h.line.rxDbm = p.rxDbm ?? -28.6;
      break;
    case 'dsl_low_snr':
      h.line.snrDb = p.snrDb ?? 4.2;
      h.line.splitterFault = (p.cause ?? 'line') === 'splitter';
      break;
    case 'docsis_power_out_of_range':
      h.line.dsPowerDbmv = p.dsPowerDbmv ?? -17.8;
      break;
    case 'ppp_auth_failure':
      if ((p.wrong ?? 'password') === 'password')
        at('Device.PPP.Interface.1.Password', `${h.spec.pppoePassword}-old`);
      else at('Device.PPP.Interface.1.Username', `old-${h.spec.pppoeUsername}`);
      break;
    case 'dns_misconfigured': {
      const servers: string[] = p.servers ?? ['192.0.2.53', '192.0.2.54'];
      at('Device.DNS.Client.Server.1.DNSServer', servers[0]);
      at('Device.DNS.Client.Server.2.DNSServer', servers[1] ?? servers[0]);
      break;
    }
    case 'cpe_hung':
      h.hung = true;
      h.bootedAt = h.world.clock.now() - Math.round((p.uptimeDays ?? 47) * 86400_000);
      break;
    case 'firmware_bug_drops': {
      const m = firmwareModel(SIM_FIRMWARE, h.model.model);
      const bad =
        p.version ??
        (m && h.firmware in m.knownBad ? h.firmware : Object.keys(m?.knownBad ?? {})[0]) ??
        h.firmware;
      h.firmware = bad;
      h.badFirmware = bad;
      break;
    }
    case 'wifi_channel_congestion':
      h.busyChannel = p.channel ?? 6;
      h.busyUtilization = p.utilization ?? 88;
      h.busyNeighbours = p.neighbours ?? 19;
      at('Device.WiFi.Radio.1.AutoChannelEnable', false);
      at('Device.WiFi.Radio.1.Channel', h.busyChannel);
      h.client.band = 1;
      h.client.rssi = Math.max(h.client.rssi, -60);
      break;
    case 'wifi_weak_signal':
      h.client.rssi = p.rssiDbm ?? -81;
      break;
    case 'wifi_radio_disabled': {
      const which = p.radio ?? 'both';
      if (which === 1 || which === 'both') at('Device.WiFi.Radio.1.Enable', false);
      if (which === 2 || which === 'both') at('Device.WiFi.Radio.2.Enable', false);
      break;
    }
    case 'wifi_password_forgotten':
      h.needsKey = true;
      break;
    case 'speed_wifi_limited':
      h.client.band = 1;
      h.client.rssi = p.rssiDbm ?? -69;
      h.wiredAdvised = false;
      break;
    case 'speed_line_degraded':
      h.line.speedFactor = p.factor ?? 0.12;
      break;
    case 'area_outage':
      setOutage(h.spec.area);
      break;
    case 'billing_suspended':
      h.aaa.accountStatus = 'suspended_nonpayment';
      break;
    case 'portal_account_locked':
      h.portal.locked = true;
      h.portal.failedLogins = p.failedLogins ?? 5;
      break;
    case 'default_admin_password':
      h.overlay.delete('Device.Users.User.1.Password');
      break;
    case 'hardware_failure':
      h.hardwareError = p.detail ?? 'switch chip not responding (watchdog resets)';
      h.bootedAt = h.world.clock.now() - 41 * 60_000;
      break;
  }
  h.faults.push({ kind: fault.kind, params: p });
}

/** Does the fault still hold, judged from the current state? */
export function faultHolds(h: Home, f: FaultSpec): boolean {
  const p = (f.params ?? {}) as Record<string, unknown>;
  switch (f.kind) {
    case 'cpe_powered_off':
      return !h.powered;
    case 'cable_unplugged':
      return !h.wanCable;
    case 'fiber_los':
      return h.line.los;
    case 'optical_power_low':
      return h.line.rxDbm < -27;
    case 'dsl_low_snr':
      return h.line.snrDb <= 6;
    case 'docsis_power_out_of_range':
      return Math.abs(h.line.dsPowerDbmv) > 15;
    case 'ppp_auth_failure':
      return (
        readRaw(h, 'Device.PPP.Interface.1.Username') !== h.aaa.username ||
        readRaw(h, 'Device.PPP.Interface.1.Password') !== h.aaa.password
      );
    case 'dns_misconfigured':
      return !hl.dnsConfigOk(h);
    case 'cpe_hung':
      return h.hung;
    case 'firmware_bug_drops':
      return hl.firmwareBad(h);
    case 'wifi_channel_congestion':
      return hl.radioCongested(h, 1);
    case 'wifi_weak_signal':
      return h.client.rssi < -75;
    case 'wifi_radio_disabled': {
      const which = p.radio ?? 'both';
      const on = (r: 1 | 2) => readRaw(h, `Device.WiFi.Radio.${r}.Enable`) !== false;
      return which === 'both' ? !on(1) && !on(2) : !on(which as 1 | 2);
    }
    case 'wifi_password_forgotten':
      return h.needsKey;
    case 'speed_wifi_limited':
      // Ended by the wired test, or by a speed test on 5 GHz close to the router.
      return !h.wiredAdvised && h.client.band === 1;
    case 'speed_line_degraded':
      return h.line.speedFactor < 0.5;
    case 'area_outage':
      return hl.areaDown(h);
    case 'billing_suspended':
      return h.aaa.accountStatus !== 'active';
    case 'portal_account_locked':
      return h.portal.locked;
    case 'default_admin_password':
      return readRaw(h, 'Device.Users.User.1.Password') === FACTORY_ADMIN_PASSWORD;
    case 'hardware_failure':
      return h.hardwareError !== null;
  }
}

/**
 * The customer's truthful answer to "does it work now?": everyday connectivity works and none of
 * the injected faults holds. A default admin password is invisible to the customer, so it only
 * counts when it is what the customer asked about (the only fault).
 */
export function problemGone(h: Home): boolean {
  const counted = h.faults.filter((f) => f.kind !== 'default_admin_password' || h.faults.length === 1);
  if (!hl.basicConnectivity(h)) return false;
  return counted.every((f) => !faultHolds(h, f));
}

export function activeFaults(h: Home): FaultKind[] {
  return [...new Set(h.faults.filter((f) => faultHolds(h, f)).map((f) => f.kind))];
}
