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
  /**
   * Ends the subscriber's session (over RADIUS: a Disconnect-Request, RFC 5176); true when one was
   * ended, false when none was up. The router redials at once. An AAA that cannot do it leaves it out.
   */
  disconnect?(pppoeUsername: string): Promise<boolean>;
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

export interface BillingStatus {
  /** The billing system knows this customer. */
  exists: boolean;
  /** `overdue`: an invoice is past due; `suspended`: the service is closed for non-payment. */
  state: 'ok' | 'overdue' | 'suspended';
  /** What is past due, in the currency's main unit (e.g. kronor), 0 when nothing is. */
  overdueAmount: number;
  currency: string;
  /** Due date of the oldest unpaid invoice (ISO date), null when nothing is due. */
  oldestUnpaidDueDate: string | null;
}

export interface BillingPort {
  status(customerNumber: string): Promise<BillingStatus>;
}

export interface InstallationAddress {
  street: string;
  postalCode: string;
  city: string;
  /** Floor, door code, where the fibre box is: what a technician needs to get in. */
  accessNotes: string | null;
}

export interface InstallationPort {
  /** The address the service is installed at; throws `UnknownServiceError` for an unknown service. */
  address(serviceId: string): Promise<InstallationAddress>;
}

export interface TimeWindow {
  /** ISO-8601 instants. */
  start: string;
  end: string;
}

export interface VisitRequest {
  serviceId: string;
  customerNumber: string;
  /**
   * The desk's case reference; a second request with the same reference returns the first booking,
   * unless its windows differ: then the booking is moved.
   */
  caseReference: string;
  /** What the technician is to fix, in English (the finding or cause). */
  reason: string;
  /** When the customer said they can be reached or let a technician in, in their words. */
  customerAvailability: string | null;
  /**
   * The same, read: a visit is booked inside the first of these windows that has a free slot, or
   * else at the nearest free time; optional (without it, the first free slot).
   */
  preferredWindows?: TimeWindow[];
  /** Times the customer cannot (and a booking they asked to move): never booked. */
  avoidWindows?: TimeWindow[];
  /**
   * What the technician is to know before coming, one note each, in English ("call the customer before the
   * visit, on +46701234567", "door code: 1234", "access: we have a dog"); optional.
   */
  notes?: string[];
}

/**
 * `confirmed`: a technician is booked in `window`. `requested`: the field team has the request
 * and will agree on a time with the customer (no time yet).
 */
export type VisitBooking =
  { status: 'confirmed'; bookingId: string; window: TimeWindow } | { status: 'requested'; bookingId: string };

export interface FieldServicePort {
  book(request: VisitRequest): Promise<VisitBooking>;
  /**
   * Adds notes for the technician to a booking made earlier (a call wished for before the visit, a door
   * code given after it was booked); a note the booking has already changes nothing. A field service
   * without it leaves it out: the notes are then on the desk's case only.
   */
  addNotes?(bookingId: string, notes: string[]): Promise<void>;
}

/**
 * The ISP's systems. Billing, installation address and field service are optional: an ISP
 * without them (or without an adapter for them) still runs the desk, which then says what it
 * could not do rather than what it would have done.
 */
export interface IspPorts {
  access: AccessNetworkPort;
  aaa: AaaPort;
  portal: PortalAccountPort;
  billing?: BillingPort;
  installation?: InstallationPort;
  fieldService?: FieldServicePort;
}

export class UnknownServiceError extends Error {
  constructor(public readonly serviceId: string) {
    super(`unknown service ${serviceId}`);
    this.name = 'UnknownServiceError';
  }
}
