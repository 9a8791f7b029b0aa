import { z } from 'zod';
import { ACCESS_KINDS } from '../../domain/index.js';
import type {
  AaaSession,
  BillingStatus,
  InstallationAddress,
  LineStatus,
  PortalAccountStatus,
  VisitBooking,
  VisitRequest,
} from '../ports.js';

// The HTTP wire contract of the ISP ports: one list of operations that the client, the reference
// server and the OpenAPI document (docs/isp-http-api.yaml) are all built from.

const dbm = z.number().nullable();
const instant = z.iso.datetime({ offset: true });

export const lineStatusSchema: z.ZodType<LineStatus> = z.discriminatedUnion('access', [
  z.object({
    access: z.literal('fiber'),
    ontRegistered: z.boolean().describe('ONT registered at the OLT'),
    los: z.boolean().describe('loss of signal reported by the OLT for this ONT'),
    rxDbm: dbm.describe('ONT receive power as seen by the OLT, dBm; null when unknown or LOS'),
    dropsLast24h: z.number().int().min(0),
  }),
  z.object({
    access: z.literal('dsl'),
    sync: z.boolean(),
    snrMarginDb: dbm.describe('downstream SNR margin, dB'),
    attenuationDb: dbm,
    crcErrors: z.number().int().min(0).describe('CRC error count now'),
    crcErrorsHourAgo: z.number().int().min(0).describe('CRC error count an hour ago'),
    resyncsLast24h: z.number().int().min(0),
    syncDownKbps: z.number().nullable(),
  }),
  z.object({
    access: z.literal('cable'),
    online: z.boolean(),
    dsPowerDbmv: dbm.describe('downstream receive power, dBmV'),
    usPowerDbmv: dbm.describe('upstream transmit power, dBmV'),
    snrDb: dbm.describe('downstream SNR / MER, dB'),
    resetsLast24h: z.number().int().min(0),
  }),
]);

export const aaaSessionSchema: z.ZodType<AaaSession> = z.object({
  up: z.boolean(),
  ipAddress: z.string().nullable(),
  startedAt: instant.nullable(),
  lastReject: z
    .enum(['auth_failure', 'account_disabled', 'no_carrier'])
    .nullable()
    .describe('reason of the last rejected access request, if the last attempt was rejected'),
  lastRejectAt: instant.nullable(),
});

export const portalStatusSchema: z.ZodType<PortalAccountStatus> = z.object({
  exists: z.boolean(),
  locked: z.boolean(),
  failedLogins: z.number().int().min(0),
  lastLoginAt: instant.nullable(),
});

export const passwordResetSchema = z.object({
  temporaryPassword: z.string().min(1).describe('one-time password the customer must change at next sign-in'),
});

export const billingStatusSchema: z.ZodType<BillingStatus> = z.object({
  exists: z.boolean(),
  state: z.enum(['ok', 'overdue', 'suspended']),
  overdueAmount: z.number().min(0).describe("past-due amount in the currency's main unit"),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .describe('ISO 4217 code'),
  oldestUnpaidDueDate: z.iso.date().nullable(),
});

export const installationAddressSchema: z.ZodType<InstallationAddress> = z.object({
  street: z.string().min(1),
  postalCode: z.string().min(1),
  city: z.string().min(1),
  accessNotes: z.string().nullable().describe('floor, door code, where the fibre box is'),
});

const visitNotes = z
  .array(z.string().min(1).max(300))
  .max(20)
  .describe(
    'what the technician is to know before coming, in English: a call before the visit, a door code, a dog',
  );

export const visitRequestSchema: z.ZodType<VisitRequest> = z.object({
  serviceId: z.string().min(1),
  customerNumber: z.string().min(1),
  caseReference: z
    .string()
    .min(1)
    .describe("the desk's case reference: a second request with it returns the first booking"),
  reason: z.string().min(1),
  customerAvailability: z.string().nullable(),
  preferredWindows: z
    .array(z.object({ start: instant, end: instant }))
    .max(200)
    .optional()
    .describe('the availability read as windows: book inside the first with a free slot, else the nearest'),
  avoidWindows: z
    .array(z.object({ start: instant, end: instant }))
    .max(200)
    .optional()
    .describe('times the customer cannot; a request with other windows than the booking moves it'),
  notes: visitNotes.optional(),
});

export const visitNotesBodySchema = z.object({ notes: visitNotes.min(1) });

export const visitBookingSchema: z.ZodType<VisitBooking> = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('confirmed'),
    bookingId: z.string().min(1),
    window: z.object({ start: instant, end: instant }),
  }),
  z.object({ status: z.literal('requested'), bookingId: z.string().min(1) }),
]);

const serviceId = z.object({ serviceId: z.string().min(1) });
const customerNumber = z.object({ customerNumber: z.string().min(1) });

export interface Operation {
  method: 'GET' | 'POST';
  /** OpenAPI path template, `{name}` for path parameters. */
  path: string;
  summary: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The success answer's body; undefined: 204 without a body. */
  response?: z.ZodType;
  /** Safe to send twice: the client retries it after a timeout or a 5xx. */
  idempotent: boolean;
  /** The port it belongs to (optional ports may be left out by an ISP). */
  port: 'access' | 'aaa' | 'portal' | 'billing' | 'installation' | 'fieldService';
}

export const OPERATIONS = {
  lineStatus: {
    method: 'GET',
    path: '/v1/lines/{serviceId}',
    summary: "The access node's view of a subscriber line",
    description: 'Answers 404 (type ending in /unknown-service) when the service is not known.',
    params: serviceId,
    query: z.object({ access: z.enum(ACCESS_KINDS).describe('the access kind the desk expects') }),
    response: lineStatusSchema,
    idempotent: true,
    port: 'access',
  },
  aaaSession: {
    method: 'GET',
    path: '/v1/aaa/sessions/{username}',
    summary: 'The AAA session and last reject of a PPPoE username',
    description: 'An unknown username is a session that is down with no reject, not an error.',
    params: z.object({ username: z.string().min(1) }),
    response: aaaSessionSchema,
    idempotent: true,
    port: 'aaa',
  },
  aaaDisconnect: {
    method: 'POST',
    path: '/v1/aaa/sessions/{username}/disconnect',
    summary: "Ends the subscriber's session (over RADIUS: a Disconnect-Request, RFC 5176)",
    description:
      '`disconnected: false` when no session was up. The router redials at once. An AAA that cannot end sessions answers 501.',
    params: z.object({ username: z.string().min(1) }),
    response: z.object({ disconnected: z.boolean() }),
    idempotent: true,
    port: 'aaa',
  },
  portalStatus: {
    method: 'GET',
    path: '/v1/portal/accounts/{customerNumber}',
    summary: "The customer's account on the ISP's customer portal",
    description: 'An unknown customer is `exists: false`, not an error.',
    params: customerNumber,
    response: portalStatusSchema,
    idempotent: true,
    port: 'portal',
  },
  portalUnlock: {
    method: 'POST',
    path: '/v1/portal/accounts/{customerNumber}/unlock',
    summary: 'Unlocks the portal account and clears its failed sign-ins',
    params: customerNumber,
    idempotent: true,
    port: 'portal',
  },
  portalResetPassword: {
    method: 'POST',
    path: '/v1/portal/accounts/{customerNumber}/password-reset',
    summary: 'Sets a one-time portal password the customer must change at next sign-in',
    params: customerNumber,
    response: passwordResetSchema,
    idempotent: false,
    port: 'portal',
  },
  billingStatus: {
    method: 'GET',
    path: '/v1/billing/accounts/{customerNumber}',
    summary: "The customer's billing standing",
    description: 'An unknown customer is `exists: false`, not an error.',
    params: customerNumber,
    response: billingStatusSchema,
    idempotent: true,
    port: 'billing',
  },
  installationAddress: {
    method: 'GET',
    path: '/v1/services/{serviceId}/installation-address',
    summary: 'Where the service is installed',
    description: 'Answers 404 (type ending in /unknown-service) when the service is not known.',
    params: serviceId,
    response: installationAddressSchema,
    idempotent: true,
    port: 'installation',
  },
  bookVisit: {
    method: 'POST',
    path: '/v1/field-service/visits',
    summary: 'Books a technician visit for a case',
    description:
      'Answers `confirmed` with the time window when a technician is booked, or `requested` when the field team will agree on a time with the customer. Idempotent per caseReference.',
    body: visitRequestSchema,
    response: visitBookingSchema,
    idempotent: true,
    port: 'fieldService',
  },
  addVisitNotes: {
    method: 'POST',
    path: '/v1/field-service/visits/{bookingId}/notes',
    summary: 'Adds notes for the technician to a booked visit',
    description:
      'Notes the customer gave after the booking (a call before the visit, a door code). A note the booking has already changes nothing, so the call is safe to repeat. A field service that cannot take notes answers 501.',
    params: z.object({ bookingId: z.string().min(1) }),
    body: visitNotesBodySchema,
    idempotent: true,
    port: 'fieldService',
  },
} as const satisfies Record<string, Operation>;

export type OperationId = keyof typeof OPERATIONS;

/** The problem type of a 404 for a service the ISP does not know. */
export const UNKNOWN_SERVICE_TYPE = 'https://frontline.example/problems/isp/unknown-service';
