// Root cause → procedure. One row per fault kind of the contract plus the customer-request
// pseudo-causes. The engine reads this table; it has no per-cause branches of its own.
import type { ActionName, StepKey } from '../domain/index.js';
import type { FixStep, Procedure } from './types.js';
import type { ProbeId, RootCause } from './ports.js';

const instruct = (step: StepKey, verify = true): FixStep => ({ kind: 'instruct', step, verify });
/** A step whose text names the cable of the service's access type. */
const instructPerAccess = (step: StepKey): FixStep => ({
  kind: 'instruct',
  step,
  verify: true,
  perAccess: true,
});
const act = (action: ActionName, verify = true): FixStep => ({ kind: 'act', action, verify });

/** The Wi-Fi name the customer asked for beside another request ("yes. and change the name back to X"). */
const RENAME_ASKED: FixStep = {
  kind: 'act',
  action: 'wifi_ssid_change',
  verify: false,
  chain: true,
  onlyWith: 'wifiName',
};

/** A new admin password asked for beside another Wi-Fi request ("and change the admin password too"). */
const ADMIN_ASKED: FixStep = {
  kind: 'act',
  action: 'admin_password_change',
  verify: false,
  chain: true,
  onlyWith: 'adminPasswordRequested',
};

/** The new name, asked when a rename was asked for beside another request without one ("och byta wifi-namnet också"). */
const NAME_ASKED: FixStep = {
  kind: 'ask',
  key: 'config.wifi_name',
  fact: 'wifiName',
  onlyWith: 'renameAsked',
};

const CONNECTIVITY: ProbeId[] = ['line', 'cpe', 'aaa', 'wan'];

const TABLE: Procedure[] = [
  {
    cause: 'cpe_powered_off',
    explain: 'cause.cpe_powered_off',
    steps: [instruct('step.power_on')],
    verify: CONNECTIVITY,
    otherwise: { kind: 'escalate', queue: 'field', askAvailability: true },
  },
  {
    cause: 'cable_unplugged',
    explain: 'cause.cable_unplugged',
    steps: [instructPerAccess('step.check_cables')],
    verify: CONNECTIVITY,
    otherwise: { kind: 'escalate', queue: 'field', askAvailability: true },
  },
  {
    cause: 'fiber_los',
    explain: 'cause.fiber_los',
    steps: [],
    verify: ['line'],
    otherwise: { kind: 'escalate', queue: 'field', askAvailability: true },
  },
  {
    cause: 'optical_power_low',
    explain: 'cause.optical_power_low',
    steps: [],
    verify: ['line'],
    otherwise: { kind: 'escalate', queue: 'field', askAvailability: true },
  },
  {
    cause: 'dsl_low_snr',
    explain: 'cause.dsl_low_snr',
    steps: [instruct('step.check_cables')],
    verify: ['line'],
    otherwise: { kind: 'escalate', queue: 'tier2' },
  },
  {
    cause: 'docsis_power_out_of_range',
    explain: 'cause.docsis_power_out_of_range',
    steps: [],
    verify: ['line'],
    otherwise: { kind: 'escalate', queue: 'field', askAvailability: true },
  },
  {
    cause: 'ppp_auth_failure',
    explain: 'cause.ppp_auth_failure',
    steps: [act('pppoe_credentials_resync')],
    verify: ['aaa', 'wan'],
    otherwise: { kind: 'escalate', queue: 'tier2' },
  },
  {
    cause: 'dns_misconfigured',
    explain: 'cause.dns_misconfigured',
    steps: [act('dns_reset')],
    verify: ['dns'],
    otherwise: { kind: 'escalate', queue: 'tier2' },
  },
  {
    cause: 'cpe_hung',
    explain: 'cause.cpe_hung',
    steps: [{ kind: 'act', action: 'cpe_reboot', verify: true, ifDeclined: 'advice.restart_yourself' }],
    verify: ['cpe', 'wan', 'ping'],
    otherwise: { kind: 'escalate', queue: 'tier2' },
  },
  {
    cause: 'firmware_bug_drops',
    explain: 'cause.firmware_bug_drops',
    steps: [act('cpe_firmware_upgrade')],
    verify: ['cpe', 'firmware'],
    otherwise: { kind: 'escalate', queue: 'tier2' },
  },
  {
    cause: 'wifi_channel_congestion',
    explain: 'cause.wifi_channel_congestion',
    steps: [
      {
        kind: 'act',
        action: 'wifi_channel_change',
        verify: true,
        ifDeclined: 'advice.wifi_channel_declined',
      },
    ],
    verify: ['wifi'],
    otherwise: { kind: 'escalate', queue: 'tier2' },
  },
  {
    cause: 'wifi_weak_signal',
    explain: 'cause.wifi_weak_signal',
    // Moving closer proves the cause; a customer who cannot gets placement advice, not a handoff.
    steps: [
      { kind: 'instruct', step: 'step.move_closer', verify: true, ifCannot: 'advice.wifi_weak_signal' },
    ],
    verify: ['wifi'],
    otherwise: { kind: 'escalate', queue: 'tier2' },
  },
  {
    cause: 'wifi_radio_disabled',
    explain: 'cause.wifi_radio_disabled',
    steps: [act('wifi_radio_enable')],
    verify: ['wifi'],
    otherwise: { kind: 'escalate', queue: 'tier2' },
  },
  {
    cause: 'speed_wifi_limited',
    explain: 'cause.speed_wifi_limited',
    steps: [
      // The router sees the customer's device on its Wi-Fi: no need to ask which way it is connected.
      {
        kind: 'ask',
        key: 'connection.type',
        fact: 'connection',
        knownFrom: { code: 'wifi.client_on_24ghz', value: 'wifi' },
      },
      // No cable or no network port: a speed test on 5 GHz close to the router shows the same.
      {
        kind: 'instruct',
        step: 'step.wired_test',
        verify: false,
        orInstead: { step: 'step.move_closer', message: 'ask.step.move_closer.near_router' },
      },
      { kind: 'advise', message: 'advice.wifi_limited' },
    ],
    verify: [],
    // The router's own test reaches the plan: the Wi-Fi limits the speed, and advice is the fix (contract).
    notFixedAdvice: { message: 'advice.wifi_limited.untested', whileFinding: 'speed.ok' },
    otherwise: { kind: 'escalate', queue: 'tier2' },
  },
  {
    cause: 'speed_line_degraded',
    explain: 'cause.speed_line_degraded',
    steps: [],
    verify: ['speed'],
    otherwise: { kind: 'escalate', queue: 'tier2' },
  },
  {
    cause: 'area_outage',
    explain: 'cause.area_outage',
    steps: [],
    verify: [],
    otherwise: { kind: 'outage' },
  },
  {
    cause: 'billing_suspended',
    explain: 'cause.billing_suspended',
    steps: [],
    verify: [],
    otherwise: { kind: 'route', queue: 'billing' },
  },
  {
    cause: 'portal_account_locked',
    explain: 'cause.portal_account_locked',
    steps: [act('account_unlock')],
    verify: ['portal'],
    otherwise: { kind: 'escalate', queue: 'agents' },
    requiresVerification: true,
  },
  {
    cause: 'default_admin_password',
    explain: 'cause.default_admin_password',
    // Asked for while the check shows the password was already changed: say so, and offer a new one all the same.
    explainUnfound: 'cause.admin_password_not_default',
    steps: [act('admin_password_change')],
    verify: ['security'],
    otherwise: { kind: 'inform', message: 'inform.nothing_more' },
    requiresVerification: true,
  },
  {
    cause: 'hardware_failure',
    explain: 'cause.hardware_failure',
    steps: [act('cpe_reboot')],
    verify: ['cpe'],
    otherwise: { kind: 'escalate', queue: 'field', askAvailability: true },
  },
  // Requests: the customer asks for something; nothing needs to be broken.
  {
    cause: 'wifi_password_forgotten',
    explain: 'cause.wifi_password_forgotten',
    explainWhen: { wifiFreeloader: 'cause.wifi_freeloader' },
    // Devices hold the old key: the customer reconnects them before we ask whether it works.
    // No new key wanted: the sticker's key is the alternative (if it was never changed).
    // A rename asked beside it is done in the same case, before the devices join (once) the new name with the new key.
    // (Renamed first: the devices learn the new name and the new key together.)
    steps: [
      NAME_ASKED,
      { ...RENAME_ASKED, askedAs: 'consent.wifi_password_change.and_name' },
      {
        kind: 'act',
        action: 'wifi_password_change',
        verify: false,
        chain: true,
        ifDeclined: 'advice.wifi_key_sticker',
      },
      RENAME_ASKED,
      ADMIN_ASKED,
      {
        kind: 'instruct',
        step: 'step.rejoin_wifi',
        verify: false,
        confirmAfter: true,
        afterRename: 'ask.step.rejoin_wifi.new_name_and_key',
      },
    ],
    verify: [],
    otherwise: { kind: 'escalate', queue: 'agents' },
    requiresVerification: true,
  },
  {
    cause: 'portal_password_reset',
    explain: 'cause.portal_password_reset',
    steps: [act('account_password_reset', false)],
    verify: [],
    otherwise: { kind: 'escalate', queue: 'agents' },
    requiresVerification: true,
  },
  {
    cause: 'reboot_request',
    explain: 'cause.reboot_request',
    steps: [act('cpe_reboot')],
    verify: ['cpe', 'wan'],
    otherwise: { kind: 'escalate', queue: 'tier2' },
    requiresVerification: true,
  },
  {
    cause: 'factory_reset_request',
    explain: 'cause.factory_reset_request',
    steps: [act('cpe_reboot'), { kind: 'act', action: 'cpe_factory_reset', lastResort: true, verify: true }],
    verify: ['cpe', 'wan'],
    otherwise: { kind: 'escalate', queue: 'tier2' },
    requiresVerification: true,
  },
  {
    cause: 'port_forward_request',
    explain: 'cause.port_forward_request',
    steps: [{ kind: 'ask', key: 'config.port_forward', fact: 'portForward' }, act('port_forward_add', false)],
    verify: [],
    otherwise: { kind: 'escalate', queue: 'tier2' },
    requiresVerification: true,
  },
  {
    cause: 'beyond_tier1_request',
    explain: 'cause.beyond_tier1_request',
    steps: [],
    verify: [],
    otherwise: { kind: 'escalate', queue: 'tier2' },
  },
  { cause: 'billing_request', steps: [], verify: [], otherwise: { kind: 'route', queue: 'billing' } },
  // Cancelling, upgrading, downgrading or moving the subscription: the account holder only.
  {
    cause: 'sales_request',
    steps: [],
    verify: [],
    otherwise: { kind: 'route', queue: 'sales' },
    requiresVerification: true,
  },
  {
    cause: 'wifi_rename_request',
    explain: 'cause.wifi_rename_request',
    // Devices know the network by its old name: the customer reconnects them before we ask whether it works.
    steps: [
      { kind: 'ask', key: 'config.wifi_name', fact: 'wifiName' },
      { kind: 'act', action: 'wifi_ssid_change', verify: false, chain: true },
      ADMIN_ASKED,
      {
        kind: 'instruct',
        step: 'step.rejoin_wifi',
        verify: false,
        confirmAfter: true,
        message: 'ask.step.rejoin_wifi.new_name',
      },
    ],
    verify: [],
    otherwise: { kind: 'escalate', queue: 'agents' },
    requiresVerification: true,
    withdrawable: true,
  },
  {
    // "give the 5 GHz its own name", "kan ni dela upp banden?": the 5 GHz radio only gets the usual name with "-5G"
    // (wifi.ts fiveGhzOwnName), asked first (consent.wifi_change.five_ghz); a no changes nothing.
    cause: 'five_ghz_name_request',
    steps: [
      { kind: 'act', action: 'wifi_ssid_change', verify: false, ifDeclined: 'advice.five_ghz_name_kept' },
    ],
    verify: [],
    otherwise: { kind: 'escalate', queue: 'agents' },
    requiresVerification: true,
    withdrawable: true,
  },
  {
    // "I think my router is hacked": lock the door (new Wi-Fi key, new admin password), then the security team.
    cause: 'security_worry',
    explain: 'cause.security_worry',
    // A new network name asked for along the way is set too, before the devices reconnect if it came in time.
    steps: [
      { kind: 'act', action: 'wifi_password_change', verify: false, chain: true },
      RENAME_ASKED,
      { kind: 'instruct', step: 'step.rejoin_wifi', verify: false },
      { kind: 'act', action: 'admin_password_change', verify: false, chain: true },
      RENAME_ASKED,
    ],
    verify: [],
    otherwise: { kind: 'escalate', queue: 'security' },
    requiresVerification: true,
    declinedStays: true,
  },
  {
    // One device has the problem and the others work: the line and the router are fine — advice for that device.
    cause: 'one_device',
    explain: 'cause.one_device',
    steps: [{ kind: 'advise', message: 'advice.one_device' }],
    verify: [],
    otherwise: { kind: 'inform', message: 'inform.one_device' },
  },
  {
    cause: 'other_service_request',
    explain: 'cause.other_service',
    steps: [],
    verify: [],
    otherwise: { kind: 'route', queue: 'agents' },
  },
  { cause: 'human_request', steps: [], verify: [], otherwise: { kind: 'escalate', queue: 'agents' } },
  {
    cause: 'firmware_current',
    steps: [],
    verify: [],
    otherwise: { kind: 'inform', message: 'inform.firmware_current' },
  },
  // Nothing found: the generic Tier-1 moves, then the second line.
  {
    cause: 'nothing_found_connection',
    explain: 'cause.nothing_found',
    // "jag har redan startat om den två gånger": a restart the customer already did is not asked for again.
    steps: [{ kind: 'instruct', step: 'step.power_cycle', verify: true, doneBefore: 'restarted' }],
    verify: CONNECTIVITY,
    otherwise: { kind: 'escalate', queue: 'tier2' },
  },
  {
    cause: 'nothing_found_speed',
    explain: 'cause.nothing_found_speed',
    steps: [
      { kind: 'ask', key: 'connection.type', fact: 'connection' },
      { kind: 'instruct', step: 'step.wired_test', verify: false },
      { kind: 'advise', message: 'advice.wifi_limited' },
    ],
    verify: [],
    otherwise: { kind: 'escalate', queue: 'tier2' },
  },
  {
    cause: 'nothing_found_wifi',
    explain: 'cause.nothing_found',
    steps: [
      { kind: 'instruct', step: 'step.rejoin_wifi', verify: false, ifCannot: 'advice.wifi_weak_signal' },
    ],
    verify: [],
    otherwise: { kind: 'escalate', queue: 'tier2' },
  },
  {
    cause: 'nothing_found_other',
    explain: 'cause.nothing_found',
    steps: [],
    verify: [],
    otherwise: { kind: 'escalate', queue: 'agents' },
  },
];

export const PROCEDURES: ReadonlyMap<string, Procedure> = new Map(TABLE.map((p) => [p.cause, p]));

/** Causes handled as a secondary offer after the main problem (they never block the customer). */
export const SECONDARY_CAUSES: ReadonlySet<string> = new Set(['default_admin_password']);

/** A procedure for a cause the table does not know, built from the diagnosis' own suggestion. */
export function procedureFor(
  cause: string,
  hint?: Pick<RootCause, 'suggestedAction' | 'suggestedStep' | 'escalateTo'>,
): Procedure {
  const known = PROCEDURES.get(cause);
  if (known) return known;
  const steps: FixStep[] = [];
  if (hint?.suggestedStep) steps.push(instruct(hint.suggestedStep));
  if (hint?.suggestedAction) steps.push(act(hint.suggestedAction));
  const queue = hint?.escalateTo ?? 'tier2';
  const otherwise: Procedure['otherwise'] =
    queue === 'billing' || queue === 'sales' ? { kind: 'route', queue } : { kind: 'escalate', queue };
  return { cause, steps, verify: ['line', 'cpe', 'wan'], otherwise };
}
