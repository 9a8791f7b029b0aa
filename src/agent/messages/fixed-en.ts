// English: what was found, in the past tense, in the summary of a RESOLVED case, per root cause of the
// contract ("The router cannot look up web addresses right now" after the fix read as if still broken).
// The summary's actions say what fixed it; an unresolved or escalated case keeps the findings' present tense.
import { keyedBy } from './keyed.js';

export const FIXED_CAUSES_EN = {
  cpe_powered_off: 'Your router was switched off, so it had no contact with our network.',
  cable_unplugged:
    'A cable to your router was loose or unplugged, so the router could not connect to our network.',
  fiber_los: 'The light in the fibre cable did not reach you: there was a fault on the fibre line.',
  optical_power_low: 'The fibre signal to your home was too weak, which caused drop-outs.',
  dsl_low_snr:
    'The phone line was too noisy, so the connection kept dropping; often a socket, a splitter or a cable is the cause.',
  docsis_power_out_of_range: 'The signal in the cable network was out of range, which caused drop-outs.',
  ppp_auth_failure: 'Your router had the wrong login details for our network, so it could not get online.',
  dns_misconfigured:
    'Your router could not look up web addresses because its DNS setting (its address book for web addresses) was wrong.',
  cpe_hung: 'Your router had frozen: it said it was connected, but no traffic got through.',
  firmware_bug_drops: 'Your router’s software had a known bug that made the connection drop.',
  wifi_channel_congestion:
    'Your Wi-Fi shared a crowded channel with the neighbours’ networks, which made it slow and jerky.',
  wifi_weak_signal: 'Your device had a weak Wi-Fi signal: it was too far from the router or behind walls.',
  wifi_radio_disabled: 'Your router’s Wi-Fi was switched off, so wireless devices found no network.',
  wifi_password_forgotten: 'Nothing was wrong with your connection: you needed your Wi-Fi password.',
  speed_wifi_limited:
    'The speed to your router was as it should be; the Wi-Fi, on the slower 2.4 GHz band, limited the speed on your device.',
  speed_line_degraded: 'The speed to your router was far below your plan, although the line looked normal.',
  area_outage: 'There was an outage in your area; the fault was on our side, not yours.',
  billing_suspended:
    'Your subscription was paused because of an unpaid invoice, which is why the internet was switched off.',
  portal_account_locked: 'Your account on {portal} was locked after too many failed sign-in attempts.',
  default_admin_password:
    'Your router’s admin password was still the factory default, which made it easy for others to change its settings.',
  hardware_failure: 'Your router reported a fault in its hardware.',
} as const;

export const fixedEn = {
  ...keyedBy('summary.fixed.', FIXED_CAUSES_EN),
  // A linked second case while another case has a fault of the line: no "nothing was wrong" beside it.
  'summary.fixed.held.wifi_password_forgotten': 'You needed a new Wi-Fi password.',
};
