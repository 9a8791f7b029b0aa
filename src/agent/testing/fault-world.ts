// A findings-level fake of the ISP for engine and agent tests: a set of active fault kinds produces
// the findings each probe would report (the real `diagnose` ranks them), guarded fake actions and
// customer steps clear faults the way the contract's fault table says.
import {
  CONSENT_FOR_ACTION,
  type ActionName,
  type Customer,
  type FaultKind,
  type StepKey,
} from '../../domain/index.js';
import { diagnose } from '../../diagnostics/diagnose.js';
import { finding, inOperatorWords } from '../../diagnostics/finding.js';
import type {
  ActionResult,
  ActionsApi,
  DiagnosticsApi,
  ProbeId,
  ProbeRun,
  VerifyResult,
} from '../../runbooks/ports.js';
import type { AuditLog, CustomerDirectory } from '../../tickets/ports.js';

const UNREACHABLE: FaultKind[] = ['cpe_powered_off', 'cable_unplugged', 'fiber_los', 'area_outage'];

const FIXED_BY_ACTION: Partial<Record<ActionName, FaultKind[]>> = {
  pppoe_credentials_resync: ['ppp_auth_failure'],
  dns_reset: ['dns_misconfigured'],
  cpe_reboot: ['cpe_hung'],
  cpe_factory_reset: ['cpe_hung', 'dns_misconfigured'],
  cpe_firmware_upgrade: ['firmware_bug_drops'],
  wifi_channel_change: ['wifi_channel_congestion'],
  wifi_radio_enable: ['wifi_radio_disabled'],
  account_unlock: ['portal_account_locked'],
  account_password_reset: ['portal_account_locked'],
  admin_password_change: ['default_admin_password'],
  wifi_password_change: ['wifi_password_forgotten'],
};

const FIXED_BY_STEP: Partial<Record<StepKey, FaultKind[]>> = {
  'step.power_on': ['cpe_powered_off'],
  'step.check_cables': ['cable_unplugged'],
  'step.move_closer': ['wifi_weak_signal'],
  'step.wired_test': ['speed_wifi_limited'],
  'step.power_cycle': ['cpe_hung'],
};

export interface WorldCall {
  action: ActionName;
  verified: boolean;
  consents: string[];
  result: 'done' | 'refused' | 'failed';
  /** What the action was asked to set (the new network name of a rename). */
  args?: Record<string, unknown>;
}

export class FaultWorld {
  faults = new Set<FaultKind>();
  splitter = false;
  canDo = new Set<StepKey>();
  calls: WorldCall[] = [];
  probeCalls: ProbeId[][] = [];
  incident: { id: string; reference: string; etaAt: string | null } | null = null;
  /** The Wi-Fi name now: a rename reports the one it replaced, as the router's executor does. */
  ssid = 'Frontline-4711';

  constructor(faults: FaultKind[] = [], opts: { canDo?: StepKey[]; splitter?: boolean } = {}) {
    for (const f of faults) this.faults.add(f);
    for (const s of opts.canDo ?? []) this.canDo.add(s);
    this.splitter = opts.splitter ?? false;
  }

  has(f: FaultKind) {
    return this.faults.has(f);
  }

  get unreachable() {
    return UNREACHABLE.some((f) => this.faults.has(f));
  }

  /** What the customer would truthfully say about their problem. */
  problemGone(): boolean {
    const ignorable: FaultKind[] = ['default_admin_password'];
    return [...this.faults].every((f) => ignorable.includes(f));
  }

  performStep(step: StepKey): 'done' | 'cannot' {
    if (!this.canDo.has(step)) return 'cannot';
    for (const f of FIXED_BY_STEP[step] ?? []) this.faults.delete(f);
    if (step === 'step.check_cables' && this.splitter) this.faults.delete('dsl_low_snr');
    return 'done';
  }

  private findings(probe: ProbeId) {
    const has = (f: FaultKind) => this.faults.has(f);
    const src = `fake:${probe}`;
    switch (probe) {
      case 'account':
        return [
          has('billing_suspended')
            ? finding('account.suspended', 'fault', src, {})
            : finding('account.ok', 'ok', src, {}),
        ];
      case 'incident':
        return [
          has('area_outage') && this.incident
            ? finding('incident.area_outage', 'fault', src, {
                incidentId: this.incident.id,
                reference: this.incident.reference,
                etaAt: this.incident.etaAt,
              })
            : finding('incident.none', 'ok', src, {}),
        ];
      case 'aaa':
        if (has('billing_suspended')) return [finding('aaa.reject_disabled', 'fault', src, {})];
        if (has('ppp_auth_failure')) return [finding('aaa.reject_auth', 'fault', src, {})];
        if (this.unreachable) return [finding('aaa.no_session', 'fault', src, {})];
        return [finding('aaa.session_up', 'ok', src, {})];
      case 'line':
        if (has('fiber_los')) return [finding('line.fiber_los', 'fault', src, {})];
        if (has('cpe_powered_off') || has('area_outage')) return [finding('line.no_link', 'fault', src, {})];
        if (has('optical_power_low')) return [finding('line.optical_low', 'fault', src, { rxDbm: -29 })];
        if (has('dsl_low_snr')) return [finding('line.dsl_snr_low', 'fault', src, { snrMarginDb: 4 })];
        if (has('docsis_power_out_of_range'))
          return [finding('line.docsis_power', 'fault', src, { dsPowerDbmv: 18 })];
        return [finding('line.ok', 'ok', src, {})];
      case 'cpe':
        if (this.unreachable) return [finding('cpe.unreachable', 'fault', src, {})];
        if (has('hardware_failure'))
          return [finding('cpe.hardware_error', 'fault', src, { status: 'Error: radio' })];
        if (has('cpe_hung'))
          return [
            finding('cpe.online', 'ok', src, {}),
            finding('cpe.long_uptime', 'warn', src, { days: 60 }),
          ];
        return [finding('cpe.online', 'ok', src, { wanIp: '81.224.17.93' })];
      case 'wan':
        if (has('ppp_auth_failure')) return [finding('wan.ppp_auth_failure', 'fault', src, {})];
        if (has('cpe_hung')) return [finding('wan.traffic_stalled', 'fault', src, {})];
        if (has('firmware_bug_drops'))
          return [
            finding('wan.ok', 'ok', src, {}),
            finding('wan.frequent_reconnects', 'warn', src, { n: 14 }),
          ];
        return [finding('wan.ok', 'ok', src, {})];
      case 'dns':
        return [
          has('dns_misconfigured')
            ? finding('dns.misconfigured', 'fault', src, { servers: ['10.99.99.1', '10.99.99.2'] })
            : finding('dns.ok', 'ok', src, {}),
        ];
      case 'ping':
        return [
          has('cpe_hung')
            ? finding('ping.internet_failed', 'fault', src, {})
            : finding('ping.ok', 'ok', src, {}),
        ];
      case 'speed':
        return [
          has('speed_line_degraded')
            ? finding('speed.below_plan', 'fault', src, { measuredMbps: 90, planMbps: 1000 })
            : finding('speed.ok', 'ok', src, {}),
        ];
      case 'wifi': {
        const out = [];
        if (has('wifi_radio_disabled')) out.push(finding('wifi.radio_disabled', 'fault', src, {}));
        if (has('wifi_channel_congestion'))
          out.push(
            finding('wifi.channel_congested', 'fault', src, { utilisation: 85, radio: 1, channel: 6 }),
          );
        if (has('wifi_weak_signal')) out.push(finding('wifi.client_weak_signal', 'warn', src, { rssi: -80 }));
        if (has('speed_wifi_limited')) out.push(finding('wifi.client_on_24ghz', 'warn', src, { rssi: -70 }));
        return out.length
          ? out
          : [
              finding('wifi.ok', 'ok', src, {
                radios: [
                  { radio: 1, channel: 11 },
                  { radio: 2, channel: 36 },
                ],
              }),
            ];
      }
      case 'firmware':
        return [
          has('firmware_bug_drops')
            ? finding('firmware.known_bad', 'fault', src, { version: '2.2.0' })
            : finding('firmware.ok', 'ok', src, {}),
        ];
      case 'security':
        return [
          has('default_admin_password')
            ? finding('security.default_admin_password', 'warn', src, {})
            : finding('security.ok', 'ok', src, {}),
        ];
      case 'portal':
        return [
          has('portal_account_locked')
            ? finding('portal.locked', 'fault', src, {})
            : finding('portal.ok', 'ok', src, {}),
        ];
    }
  }

  readonly diagnostics: DiagnosticsApi = {
    runProbes: async (ctx, probes) => {
      this.probeCalls.push([...probes]);
      const needsCpe: ProbeId[] = ['wan', 'dns', 'ping', 'speed', 'wifi', 'firmware', 'security'];
      return probes.map((probe): ProbeRun =>
        this.unreachable && needsCpe.includes(probe)
          ? { probe, findings: [], unavailable: 'device offline', durationMs: 1 }
          : { probe, findings: inOperatorWords(this.findings(probe), ctx.words), durationMs: 1 },
      );
    },
    diagnose,
  };

  readonly actions: ActionsApi = {
    executeAction: async (name, ctx, args, _reason, _evidence): Promise<ActionResult> => {
      const consent = CONSENT_FOR_ACTION[name];
      const call = (result: WorldCall['result']) =>
        this.calls.push({
          action: name,
          verified: ctx.verified,
          consents: [...ctx.consents],
          result,
          args: args as Record<string, unknown> | undefined,
        });
      if (!ctx.verified) {
        call('refused');
        return { ok: false, action: name, error: 'not_verified', message: 'not verified' };
      }
      if (consent && !ctx.consents.has(consent)) {
        call('refused');
        return { ok: false, action: name, error: 'no_consent', message: 'no consent' };
      }
      if (name === 'cpe_factory_reset' && !ctx.lastResort) {
        call('refused');
        return { ok: false, action: name, error: 'not_last_resort', message: 'not last resort' };
      }
      const deviceAction = !['account_unlock', 'account_password_reset'].includes(name);
      if (deviceAction && this.unreachable) {
        call('failed');
        return { ok: false, action: name, error: 'device_offline', message: 'offline' };
      }
      for (const f of FIXED_BY_ACTION[name] ?? []) this.faults.delete(f);
      call('done');
      const secrets: Record<string, string> | undefined =
        name === 'wifi_password_change'
          ? { wifiKey: 'lila-tomat-97-sol' }
          : name === 'admin_password_change'
            ? { adminPassword: 'Adm-secret-42x' }
            : name === 'account_password_reset'
              ? { temporaryPassword: 'Temp-9911-pw' }
              : undefined;
      const details: Record<string, unknown> = { applied: true };
      if (name === 'wifi_ssid_change' && (args as { fiveGhzOwnName?: boolean } | undefined)?.fiveGhzOwnName) {
        // The 5 GHz band given a name of its own (the usual one with "-5G"): the usual name stays.
        details.radios = [2];
        details.ssid = `${this.ssid}-5G`;
        details.usual = this.ssid;
      } else if (name === 'wifi_ssid_change') {
        details.previous = { '1': this.ssid };
        this.ssid = String((args as { ssid?: string } | undefined)?.ssid ?? this.ssid);
      }
      return { ok: true, action: name, details, ...(secrets ? { secrets } : {}) };
    },
    verifyIdentity: async (input, deps): Promise<VerifyResult> => verifyWithLockout(input, deps),
  };

  actionsDone(): ActionName[] {
    return this.calls.filter((c) => c.result === 'done').map((c) => c.action);
  }
}

/** PIN check with a three-strikes lockout (memory attempts store from memory-stores.ts). */
export async function verifyWithLockout(
  input: { customerNumber: string; pin: string },
  deps: {
    directory: CustomerDirectory;
    audit: AuditLog;
    attempts: { get(n: string): unknown; record(n: string, ok: boolean): unknown };
  },
): Promise<VerifyResult> {
  const customer: Customer | null = await deps.directory.byNumber(input.customerNumber);
  if (!customer) return { ok: false, reason: 'unknown_customer' };
  const failures = ((deps.attempts.get(input.customerNumber) as { failures?: number } | null)?.failures ??
    0) as number;
  if (failures >= 3) return { ok: false, reason: 'locked', customer };
  const ok = await deps.directory.checkPin(customer.id, input.pin);
  await deps.attempts.record(input.customerNumber, ok);
  const actor = { kind: 'customer' as const, id: input.customerNumber };
  if (ok) {
    await deps.audit.append({
      action: 'identity.verified',
      actor,
      target: input.customerNumber,
      reason: 'pin',
      method: 'pin',
    });
    return { ok: true, customer };
  }
  const now = failures + 1;
  if (now >= 3) {
    await deps.audit.append({
      action: 'identity.locked',
      actor,
      target: input.customerNumber,
      reason: 'three wrong PINs',
      attempts: now,
    });
    return { ok: false, reason: 'locked', customer };
  }
  await deps.audit.append({
    action: 'identity.failed',
    actor,
    target: input.customerNumber,
    reason: 'wrong pin',
    attempts: now,
  });
  return { ok: false, reason: 'wrong_pin', customer };
}
