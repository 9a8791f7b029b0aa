import type { ActionName, Finding, Queue, StepKey } from '../domain/index.js';
import * as C from './codes.js';
import type { ProbeRun, RootCause } from './types.js';

interface Rule {
  cause: string;
  /** Every one of these codes must be present. */
  all?: string[];
  /** At least one of these must be present. */
  any?: string[];
  /** None of these may be present. */
  none?: string[];
  /** Present codes that corroborate the cause (each adds SUPPORT_BONUS). */
  support?: string[];
  weight: number;
  tier1Fixable: boolean;
  action?: ActionName;
  step?: StepKey;
  escalateTo?: Queue;
}

const SUPPORT_BONUS = 5;

const LINE_DOWN = [C.LINE_NO_LINK, C.LINE_FIBER_LOS];
const LINE_UP = [C.LINE_OK];
/** The connection itself is down or stalled, so a slow download says nothing about the line. */
const WAN_BROKEN = [C.WAN_TRAFFIC_STALLED, C.WAN_PPP_DOWN, C.WAN_PPP_AUTH_FAILURE, C.PING_INTERNET_FAILED];
const LINE_PROBLEMS = [
  C.LINE_NO_LINK,
  C.LINE_FIBER_LOS,
  C.LINE_OPTICAL_LOW,
  C.LINE_OPTICAL_OVERLOAD,
  C.LINE_OPTICAL_MARGINAL,
  C.LINE_DSL_SNR_LOW,
  C.LINE_DSL_SNR_MARGINAL,
  C.LINE_DSL_CRC_GROWTH,
  C.LINE_DSL_ATTENUATION_HIGH,
  C.LINE_DOCSIS_POWER,
  C.LINE_DOCSIS_SNR_LOW,
];

/**
 * Finding signatures → root causes. Order breaks score ties, so the table is also the
 * precedence list. Weights: outage/billing first (nothing at home helps), then physical
 * layer, then session/config, then Wi-Fi, then secondary findings.
 */
export const DIAGNOSIS_RULES: readonly Rule[] = [
  {
    cause: 'area_outage',
    all: [C.INCIDENT_AREA_OUTAGE],
    support: [C.LINE_NO_LINK, C.CPE_UNREACHABLE, C.AAA_NO_SESSION],
    weight: 100,
    tier1Fixable: false,
  },
  {
    cause: 'billing_suspended',
    any: [C.ACCOUNT_SUSPENDED, C.AAA_REJECT_DISABLED],
    support: [C.ACCOUNT_SUSPENDED, C.AAA_REJECT_DISABLED],
    weight: 95,
    tier1Fixable: false,
    escalateTo: 'billing',
  },
  {
    cause: 'fiber_los',
    all: [C.LINE_FIBER_LOS],
    support: [C.CPE_UNREACHABLE, C.AAA_NO_SESSION],
    weight: 90,
    tier1Fixable: false,
    escalateTo: 'field',
  },
  {
    cause: 'cpe_powered_off',
    all: [C.LINE_NO_LINK, C.CPE_UNREACHABLE],
    none: [C.INCIDENT_AREA_OUTAGE],
    support: [C.AAA_NO_SESSION],
    weight: 85,
    tier1Fixable: true,
    step: 'step.power_on',
  },
  {
    cause: 'cable_unplugged',
    all: [C.CPE_UNREACHABLE, C.AAA_NO_SESSION],
    any: LINE_UP,
    none: [...LINE_DOWN, C.INCIDENT_AREA_OUTAGE],
    weight: 85,
    tier1Fixable: true,
    step: 'step.check_cables',
  },
  {
    cause: 'ppp_auth_failure',
    any: [C.WAN_PPP_AUTH_FAILURE, C.AAA_REJECT_AUTH],
    support: [C.WAN_PPP_AUTH_FAILURE, C.AAA_REJECT_AUTH],
    weight: 80,
    tier1Fixable: true,
    action: 'pppoe_credentials_resync',
  },
  {
    cause: 'hardware_failure',
    all: [C.CPE_HARDWARE_ERROR],
    weight: 82,
    tier1Fixable: false,
    action: 'cpe_reboot',
    escalateTo: 'field',
  },
  {
    cause: 'optical_power_low',
    any: [C.LINE_OPTICAL_LOW, C.LINE_OPTICAL_OVERLOAD],
    weight: 75,
    tier1Fixable: false,
    escalateTo: 'field',
  },
  {
    cause: 'docsis_power_out_of_range',
    all: [C.LINE_DOCSIS_POWER],
    support: [C.LINE_DOCSIS_SNR_LOW],
    weight: 75,
    tier1Fixable: false,
    escalateTo: 'field',
  },
  {
    cause: 'dsl_low_snr',
    all: [C.LINE_DSL_SNR_LOW],
    support: [C.LINE_DSL_CRC_GROWTH, C.LINE_DSL_ATTENUATION_HIGH],
    weight: 75,
    tier1Fixable: true,
    step: 'step.check_cables',
    escalateTo: 'tier2',
  },
  {
    cause: 'dns_misconfigured',
    all: [C.DNS_MISCONFIGURED],
    support: [C.PING_OK, C.WAN_OK],
    weight: 70,
    tier1Fixable: true,
    action: 'dns_reset',
  },
  {
    cause: 'cpe_hung',
    all: [C.WAN_TRAFFIC_STALLED],
    support: [C.CPE_LONG_UPTIME, C.PING_INTERNET_FAILED],
    weight: 70,
    tier1Fixable: true,
    action: 'cpe_reboot',
  },
  {
    cause: 'firmware_bug_drops',
    all: [C.FIRMWARE_KNOWN_BAD],
    support: [C.WAN_FREQUENT_RECONNECTS],
    weight: 65,
    tier1Fixable: true,
    action: 'cpe_firmware_upgrade',
  },
  {
    cause: 'wifi_radio_disabled',
    all: [C.WIFI_RADIO_DISABLED],
    weight: 60,
    tier1Fixable: true,
    action: 'wifi_radio_enable',
  },
  {
    cause: 'portal_account_locked',
    all: [C.PORTAL_LOCKED],
    weight: 60,
    tier1Fixable: true,
    action: 'account_unlock',
  },
  {
    cause: 'wifi_channel_congestion',
    all: [C.WIFI_CHANNEL_CONGESTED],
    weight: 55,
    tier1Fixable: true,
    action: 'wifi_channel_change',
  },
  {
    cause: 'speed_line_degraded',
    all: [C.SPEED_BELOW_PLAN],
    none: [...LINE_PROBLEMS, ...WAN_BROKEN],
    support: [C.LINE_OK],
    weight: 50,
    tier1Fixable: false,
    escalateTo: 'tier2',
  },
  {
    cause: 'speed_wifi_limited',
    all: [C.SPEED_OK, C.WIFI_CLIENT_ON_24GHZ],
    weight: 48,
    tier1Fixable: true,
    step: 'step.wired_test',
  },
  {
    cause: 'wifi_weak_signal',
    all: [C.WIFI_CLIENT_WEAK_SIGNAL],
    support: [C.WIFI_CLIENT_ON_24GHZ],
    weight: 45,
    tier1Fixable: true,
    step: 'step.move_closer',
  },
  {
    cause: 'ppp_down',
    all: [C.WAN_PPP_DOWN],
    none: [...LINE_DOWN, C.AAA_REJECT_AUTH, C.AAA_REJECT_DISABLED, C.ACCOUNT_SUSPENDED],
    weight: 40,
    tier1Fixable: true,
    action: 'cpe_reboot',
  },
  {
    cause: 'dns_lookup_failed',
    all: [C.DNS_LOOKUP_FAILED],
    none: [C.WAN_TRAFFIC_STALLED, C.PING_INTERNET_FAILED, C.WAN_PPP_DOWN],
    weight: 35,
    tier1Fixable: false,
    escalateTo: 'noc',
  },
  {
    cause: 'dsl_line_noisy',
    any: [C.LINE_DSL_SNR_MARGINAL, C.LINE_DSL_CRC_GROWTH, C.LINE_DSL_ATTENUATION_HIGH],
    none: [C.LINE_DSL_SNR_LOW],
    weight: 30,
    tier1Fixable: true,
    step: 'step.check_cables',
    escalateTo: 'tier2',
  },
  {
    cause: 'optical_power_marginal',
    all: [C.LINE_OPTICAL_MARGINAL],
    weight: 25,
    tier1Fixable: false,
    escalateTo: 'field',
  },
  {
    cause: 'docsis_snr_low',
    all: [C.LINE_DOCSIS_SNR_LOW],
    none: [C.LINE_DOCSIS_POWER],
    weight: 25,
    tier1Fixable: false,
    escalateTo: 'field',
  },
  {
    cause: 'default_admin_password',
    all: [C.SECURITY_DEFAULT_ADMIN_PASSWORD],
    weight: 20,
    tier1Fixable: true,
    action: 'admin_password_change',
  },
  {
    cause: 'unstable_connection',
    all: [C.WAN_FREQUENT_RECONNECTS],
    none: [C.FIRMWARE_KNOWN_BAD],
    weight: 15,
    tier1Fixable: false,
    escalateTo: 'tier2',
  },
  {
    cause: 'open_wifi',
    all: [C.SECURITY_OPEN_WIFI],
    weight: 12,
    tier1Fixable: true,
    action: 'wifi_password_change',
  },
  {
    cause: 'firmware_outdated',
    all: [C.FIRMWARE_OUTDATED],
    none: [C.FIRMWARE_KNOWN_BAD],
    weight: 10,
    tier1Fixable: true,
    action: 'cpe_firmware_upgrade',
  },
];

/** Ranks the root causes the findings support, most likely first. Deterministic for equal input. */
export function diagnose(runs: ProbeRun[]): RootCause[] {
  const byCode = new Map<string, Finding[]>();
  for (const run of runs) {
    for (const f of run.findings) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
  }
  const has = (code: string) => byCode.has(code);

  const ranked: { rc: RootCause; order: number }[] = [];
  DIAGNOSIS_RULES.forEach((rule, order) => {
    if (rule.all && !rule.all.every(has)) return;
    if (rule.any && !rule.any.some(has)) return;
    if (rule.none && rule.none.some(has)) return;
    const supporting = [...new Set(rule.support ?? [])].filter(has);
    const codes = [...new Set([...(rule.all ?? []), ...(rule.any ?? []).filter(has), ...supporting])];
    const rc: RootCause = {
      cause: rule.cause,
      score: rule.weight + SUPPORT_BONUS * supporting.length,
      findings: codes.flatMap((c) => byCode.get(c) ?? []),
      tier1Fixable: rule.tier1Fixable,
    };
    if (rule.action) rc.suggestedAction = rule.action;
    if (rule.step) rc.suggestedStep = rule.step;
    if (rule.escalateTo) rc.escalateTo = rule.escalateTo;
    ranked.push({ rc, order });
  });
  ranked.sort((a, b) => b.rc.score - a.rc.score || a.order - b.order);
  return ranked.map((r) => r.rc);
}
