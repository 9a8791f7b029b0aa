// Ports to the ISP's own systems (OSS/BSS). The simulated ISP implements them for the demo, the
// tests and the benchmark; a real deployment implements them against its access-node manager,
// RADIUS/AAA and customer-portal identity store.
import type { AccessKind } from '../domain/index.js';

export type LineStatus =
  | {
      access: 'fiber';
      /** ONT registered at the OLT. */
      ontRegistered: boolean;
      /** Loss of signal reported by the OLT for this ONT. */
      los: boolean;
      /** ONT receive power as seen by the OLT, dBm (null when unknown / LOS). */
      rxDbm: number | null;
      /** Link drops in the last 24 h. */
      dropsLast24h: number;
    }
  | {
      access: 'dsl';
      sync: boolean;
      /** Downstream SNR margin in dB. */
      snrMarginDb: number | null;
      attenuationDb: number | null;
      /** CRC error count now, and an hour ago (growth matters, not the absolute value). */
      crcErrors: number;
      crcErrorsHourAgo: number;
      resyncsLast24h: number;
      syncDownKbps: number | null;
    }
  | {
      access: 'cable';
      online: boolean;
      /** Downstream receive power, dBmV. */
      dsPowerDbmv: number | null;
      /** Upstream transmit power, dBmV. */
      usPowerDbmv: number | null;
      /** Downstream SNR / MER, dB. */
      snrDb: number | null;
      resetsLast24h: number;
    };

export interface AccessNetworkPort {
  /** The access-node view of a subscriber's line; throws `UnknownServiceError` for an unknown service. */
  lineStatus(serviceId: string, access: AccessKind): Promise<LineStatus>;
}

export type AaaRejectReason = 'auth_failure' | 'account_disabled' | 'no_carrier' | null;

export interface AaaSession {
  up: boolean;
  ipAddress: string | null;
  startedAt: string | null;
  /** The reason of the last rejected access request, if the last attempt was rejected. */
  lastReject: AaaRejectReason;
  lastRejectAt: string | null;
}

export interface AaaPort {
  session(pppoeUsername: string): Promise<AaaSession>;
}

export interface PortalAccountStatus {
  exists: boolean;
  locked: boolean;
  failedLogins: number;
  lastLoginAt: string | null;
}

export interface PortalAccountPort {
  status(customerNumber: string): Promise<PortalAccountStatus>;
  unlock(customerNumber: string): Promise<void>;
  /** Sets a one-time password that the customer must change at next sign-in; returns it. */
  resetPassword(customerNumber: string): Promise<{ temporaryPassword: string }>;
}

export interface IspPorts {
  access: AccessNetworkPort;
  aaa: AaaPort;
  portal: PortalAccountPort;
}

export class UnknownServiceError extends Error {
  constructor(public readonly serviceId: string) {
    super(`unknown service ${serviceId}`);
    this.name = 'UnknownServiceError';
  }
}
