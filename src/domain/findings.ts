export type Severity = 'ok' | 'warn' | 'fault';

export interface Evidence {
  /** Observed values, e.g. `{ rxDbm: -29.1 }`. */
  values: Record<string, unknown>;
  /** The thresholds they were judged against, e.g. `{ minDbm: -27, maxDbm: -8 }`. */
  thresholds?: Record<string, unknown>;
  /** Where the values came from: `acs:Device.Optical.Interface.1.OpticalSignalLevel`, `isp:access-node`, … */
  source: string;
}

export interface Finding {
  /** Stable code, e.g. `line.optical.rx_low`, `wan.ppp.auth_failure`, `account.suspended`. */
  code: string;
  severity: Severity;
  evidence: Evidence;
  explanation: { sv: string; en: string };
}
