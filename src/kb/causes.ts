import type { FaultKind } from '../domain/index.js';

/** The customer article that explains each fault kind (same slug in every language). */
export const ARTICLE_FOR_CAUSE: Record<FaultKind, string> = {
  cpe_powered_off: 'no-connection',
  cable_unplugged: 'no-connection',
  fiber_los: 'technician-visit',
  optical_power_low: 'technician-visit',
  dsl_low_snr: 'connection-drops',
  docsis_power_out_of_range: 'technician-visit',
  ppp_auth_failure: 'no-connection',
  dns_misconfigured: 'dns',
  cpe_hung: 'restart-router',
  firmware_bug_drops: 'firmware-updates',
  wifi_channel_congestion: 'wifi-troubleshooting',
  wifi_weak_signal: 'router-placement',
  wifi_radio_disabled: 'wifi-troubleshooting',
  wifi_password_forgotten: 'wifi-password',
  speed_wifi_limited: 'speed-test',
  speed_line_degraded: 'speed-test',
  area_outage: 'outages',
  billing_suspended: 'invoices-payment',
  portal_account_locked: 'portal-login',
  default_admin_password: 'router-security',
  hardware_failure: 'technician-visit',
};
