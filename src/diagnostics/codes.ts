// Finding codes: the vocabulary between diagnostics and the runbooks. Names are fixed by
// docs/architecture.md; codes marked "added" are diagnostics' own additions.

export const ACCOUNT_OK = 'account.ok';
export const ACCOUNT_SUSPENDED = 'account.suspended';

export const INCIDENT_NONE = 'incident.none';
export const INCIDENT_AREA_OUTAGE = 'incident.area_outage';

export const AAA_SESSION_UP = 'aaa.session_up';
export const AAA_NO_SESSION = 'aaa.no_session';
export const AAA_REJECT_AUTH = 'aaa.reject_auth';
export const AAA_REJECT_DISABLED = 'aaa.reject_disabled';

export const LINE_OK = 'line.ok';
export const LINE_NO_LINK = 'line.no_link';
export const LINE_FIBER_LOS = 'line.fiber_los';
export const LINE_OPTICAL_LOW = 'line.optical_low';
export const LINE_OPTICAL_MARGINAL = 'line.optical_marginal';
/** added: ONT receive power above the overload limit (−8 dBm). */
export const LINE_OPTICAL_OVERLOAD = 'line.optical_overload';
export const LINE_DSL_SNR_LOW = 'line.dsl_snr_low';
/** added: DSL SNR margin in the "fair" band (above the fault limit, at most 10 dB). */
export const LINE_DSL_SNR_MARGINAL = 'line.dsl_snr_marginal';
export const LINE_DSL_CRC_GROWTH = 'line.dsl_crc_growth';
export const LINE_DSL_ATTENUATION_HIGH = 'line.dsl_attenuation_high';
export const LINE_DOCSIS_POWER = 'line.docsis_power';
export const LINE_DOCSIS_SNR_LOW = 'line.docsis_snr_low';

export const CPE_ONLINE = 'cpe.online';
export const CPE_UNREACHABLE = 'cpe.unreachable';
export const CPE_LONG_UPTIME = 'cpe.long_uptime';
export const CPE_HARDWARE_ERROR = 'cpe.hardware_error';

export const WAN_OK = 'wan.ok';
export const WAN_PPP_AUTH_FAILURE = 'wan.ppp_auth_failure';
export const WAN_PPP_DOWN = 'wan.ppp_down';
export const WAN_TRAFFIC_STALLED = 'wan.traffic_stalled';
export const WAN_FREQUENT_RECONNECTS = 'wan.frequent_reconnects';

export const DNS_OK = 'dns.ok';
export const DNS_MISCONFIGURED = 'dns.misconfigured';
export const DNS_LOOKUP_FAILED = 'dns.lookup_failed';
/** added: the router uses non-ISP resolvers that do answer (not a fault, worth knowing). */
export const DNS_CUSTOM_SERVERS = 'dns.custom_servers';

export const PING_OK = 'ping.ok';
export const PING_INTERNET_FAILED = 'ping.internet_failed';

export const SPEED_OK = 'speed.ok';
export const SPEED_BELOW_PLAN = 'speed.below_plan';

export const WIFI_OK = 'wifi.ok';
export const WIFI_RADIO_DISABLED = 'wifi.radio_disabled';
export const WIFI_CHANNEL_CONGESTED = 'wifi.channel_congested';
/** added: the channel is busy but few neighbours share it (own traffic; a channel change will not help). */
export const WIFI_CHANNEL_BUSY = 'wifi.channel_busy';
export const WIFI_CLIENT_WEAK_SIGNAL = 'wifi.client_weak_signal';
export const WIFI_CLIENT_ON_24GHZ = 'wifi.client_on_24ghz';

export const FIRMWARE_OK = 'firmware.ok';
export const FIRMWARE_KNOWN_BAD = 'firmware.known_bad';
export const FIRMWARE_OUTDATED = 'firmware.outdated';

/** added: none of the security checks found anything. */
export const SECURITY_OK = 'security.ok';
export const SECURITY_DEFAULT_ADMIN_PASSWORD = 'security.default_admin_password';
export const SECURITY_WPS_ENABLED = 'security.wps_enabled';
export const SECURITY_OPEN_WIFI = 'security.open_wifi';

export const PORTAL_OK = 'portal.ok';
export const PORTAL_LOCKED = 'portal.locked';
/** added: the customer has no portal account. */
export const PORTAL_NO_ACCOUNT = 'portal.no_account';

export const FINDING_CODES = [
  ACCOUNT_OK,
  ACCOUNT_SUSPENDED,
  INCIDENT_NONE,
  INCIDENT_AREA_OUTAGE,
  AAA_SESSION_UP,
  AAA_NO_SESSION,
  AAA_REJECT_AUTH,
  AAA_REJECT_DISABLED,
  LINE_OK,
  LINE_NO_LINK,
  LINE_FIBER_LOS,
  LINE_OPTICAL_LOW,
  LINE_OPTICAL_MARGINAL,
  LINE_OPTICAL_OVERLOAD,
  LINE_DSL_SNR_LOW,
  LINE_DSL_SNR_MARGINAL,
  LINE_DSL_CRC_GROWTH,
  LINE_DSL_ATTENUATION_HIGH,
  LINE_DOCSIS_POWER,
  LINE_DOCSIS_SNR_LOW,
  CPE_ONLINE,
  CPE_UNREACHABLE,
  CPE_LONG_UPTIME,
  CPE_HARDWARE_ERROR,
  WAN_OK,
  WAN_PPP_AUTH_FAILURE,
  WAN_PPP_DOWN,
  WAN_TRAFFIC_STALLED,
  WAN_FREQUENT_RECONNECTS,
  DNS_OK,
  DNS_MISCONFIGURED,
  DNS_LOOKUP_FAILED,
  DNS_CUSTOM_SERVERS,
  PING_OK,
  PING_INTERNET_FAILED,
  SPEED_OK,
  SPEED_BELOW_PLAN,
  WIFI_OK,
  WIFI_RADIO_DISABLED,
  WIFI_CHANNEL_CONGESTED,
  WIFI_CHANNEL_BUSY,
  WIFI_CLIENT_WEAK_SIGNAL,
  WIFI_CLIENT_ON_24GHZ,
  FIRMWARE_OK,
  FIRMWARE_KNOWN_BAD,
  FIRMWARE_OUTDATED,
  SECURITY_OK,
  SECURITY_DEFAULT_ADMIN_PASSWORD,
  SECURITY_WPS_ENABLED,
  SECURITY_OPEN_WIFI,
  PORTAL_OK,
  PORTAL_LOCKED,
  PORTAL_NO_ACCOUNT,
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];
