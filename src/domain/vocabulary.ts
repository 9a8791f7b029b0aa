// Fixed vocabularies shared by every capability. Names follow ../shared/contracts exactly.

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const SEGMENTS = ['residential', 'business'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const ACCESS_KINDS = ['fiber', 'dsl', 'cable'] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

export const ACCOUNT_STATUSES = ['active', 'suspended_nonpayment'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const CHANNELS = ['chat', 'email', 'voice', 'api', 'console'] as const;
export type Channel = (typeof CHANNELS)[number];

export const QUEUES = ['agents', 'tier2', 'noc', 'field', 'billing', 'sales', 'security'] as const;
export type Queue = (typeof QUEUES)[number];

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const INTENTS = [
  'no_connection',
  'slow_speed',
  'intermittent',
  'sites_unreachable',
  'wifi_problem',
  'wifi_password',
  'router_config',
  'router_reset',
  'firmware_update',
  'login_problem',
  'password_reset',
  'outage_check',
  'billing',
  'account_change',
  'human_agent',
  'other',
] as const;
export type Intent = (typeof INTENTS)[number];

/** Actions recorded on tickets; names used by scenario `fixedBy` and `forbid`. */
export const ACTIONS = [
  'cpe_reboot',
  'cpe_factory_reset',
  'cpe_firmware_upgrade',
  'wifi_password_change',
  'wifi_ssid_change',
  'wifi_channel_change',
  'wifi_radio_enable',
  'dns_reset',
  'pppoe_credentials_resync',
  'admin_password_change',
  'port_forward_add',
  'account_unlock',
  'account_password_reset',
] as const;
export type ActionName = (typeof ACTIONS)[number];

/** Actions that change the customer's account or device: identity verification is required. */
export const ACCOUNT_CHANGING_ACTIONS: readonly ActionName[] = ACTIONS;

/** Actions that need the customer's explicit consent, with the ask key that obtains it. */
export const CONSENT_FOR_ACTION: Partial<Record<ActionName, ConsentKey>> = {
  cpe_reboot: 'consent.reboot',
  cpe_factory_reset: 'consent.factory_reset',
  cpe_firmware_upgrade: 'consent.firmware_update',
  wifi_password_change: 'consent.wifi_change',
  wifi_ssid_change: 'consent.wifi_change',
  wifi_channel_change: 'consent.wifi_change',
  wifi_radio_enable: 'consent.wifi_change',
  dns_reset: 'consent.config_change',
  pppoe_credentials_resync: 'consent.config_change',
  admin_password_change: 'consent.config_change',
  port_forward_add: 'consent.config_change',
  // A new password locks the old one out: an account change the customer agrees to first.
  account_password_reset: 'consent.config_change',
};

export const CONSENT_KEYS = [
  'consent.reboot',
  'consent.factory_reset',
  'consent.firmware_update',
  'consent.wifi_change',
  'consent.config_change',
] as const;
export type ConsentKey = (typeof CONSENT_KEYS)[number];

export const STEP_KEYS = [
  'step.power_on',
  'step.power_cycle',
  'step.check_cables',
  'step.move_closer',
  'step.wired_test',
  'step.rejoin_wifi',
] as const;
export type StepKey = (typeof STEP_KEYS)[number];

export const ASK_KEYS = [
  'identity.customer_number',
  'identity.pin',
  'lights.power',
  'lights.internet',
  'lights.wifi',
  'scope.devices',
  'connection.type',
  'device.restarted',
  'wifi.location',
  'config.port_forward',
  'config.wifi_name',
  'contact.availability',
  ...CONSENT_KEYS,
  ...STEP_KEYS,
  'resolution.confirm',
  // Desk-internal keys (not in the scenario vocabulary; a simulated customer answers "I don't know").
  'clarify.intent',
  'csat.score',
] as const;
export type AskKey = (typeof ASK_KEYS)[number];

export const FAULT_KINDS = [
  'cpe_powered_off',
  'cable_unplugged',
  'fiber_los',
  'optical_power_low',
  'dsl_low_snr',
  'docsis_power_out_of_range',
  'ppp_auth_failure',
  'dns_misconfigured',
  'cpe_hung',
  'firmware_bug_drops',
  'wifi_channel_congestion',
  'wifi_weak_signal',
  'wifi_radio_disabled',
  'wifi_password_forgotten',
  'speed_wifi_limited',
  'speed_line_degraded',
  'area_outage',
  'billing_suspended',
  'portal_account_locked',
  'default_admin_password',
  'hardware_failure',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

// `withdrawn`: a case the desk opened that the customer never asked for or no longer needs, closed at their word.
export const OUTCOMES = [
  'resolved',
  'escalated',
  'outage_informed',
  'routed',
  'refused',
  'withdrawn',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const MOODS = ['neutral', 'frustrated', 'angry'] as const;
export type Mood = (typeof MOODS)[number];
